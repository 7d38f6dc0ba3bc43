extension PathReport {
    /// A path as an indented block: one numbered hop per line, then its justification.
    func textBlock(number: Int, of total: Int) -> String {
        var lines: [String] = []
        let match = self.match.map { ", match \($0.rawValue)" } ?? ""
        lines.append("\(actor): path \(number) of \(total) (\(rights) right\(rights == 1 ? "" : "s")\(match), \(status.rawValue))")
        for (step, hop) in hops.enumerated() {
            lines.append("  \(step + 1). \(hop.headline)")
            for detail in hop.details() { lines.append("       " + detail) }
        }
        lines.append("  reaches: " + reached.joined(separator: ", "))
        return lines.map { Table.singleLine($0) }.joined(separator: "\n") + "\n"
    }

    /// The path as JSON.
    var json: JSONValue {
        .object([
            "actor": .string(actor), "rights": .int(rights), "reaches": .texts(reached),
            "match": .text(match?.rawValue), "status": .string(status.rawValue),
            "hops": .array(hops.map(\.json)),
        ])
    }

    /// One table row per hop, for CSV and Markdown.
    func hopRows(pathNumber: Int) -> [[String]] {
        hops.enumerated().map { step, hop -> [String] in
            let identity: [String] = [actor, String(pathNumber), String(step + 1), hop.type, hop.from, hop.to,
                                      hop.id ?? "", hop.kind, hop.data.joined(separator: " ")]
            let standing: [String] = [hop.basis ?? "", hop.since ?? "", hop.until ?? "", hop.status.rawValue,
                                      hop.confidence?.rawValue ?? "", hop.purpose ?? ""]
            let end: [String] = [hop.sourceList(separator: " "), reached.joined(separator: " "), match?.rawValue ?? ""]
            return identity + standing + end
        }
    }

    /// Headers of `hopRows`.
    static let hopHeaders = ["actor", "path", "step", "hop", "from", "to", "id", "kind", "data", "basis", "since", "until",
                             "status", "confidence", "purpose", "sources", "reaches", "match"]
}

extension HopExplanation {
    /// `right r-08a: france-travail.fraud —communication→ banks`.
    var headline: String {
        switch type {
        case "holds": "holds \(to)"
        case "held-by": "\(to), held by \(from)"
        case "flow": "\(to) → \(from) by flow\(id.map { " " + $0 } ?? "") (data copied into \(from))"
        default: "right\(id.map { " " + $0 } ?? ""): \(from) —\(kind)→ \(to)"
        }
    }

    /// Lines under the headline: data, basis, dates and status, sources, note.
    func details() -> [String] {
        var lines: [String] = []
        var scope: [String] = []
        if !data.isEmpty { scope.append("data: " + data.joined(separator: ", ")) }
        if type == "right" || type == "flow" {
            scope.append(purpose.map { "purpose: \($0)" } ?? "purpose not stated")
        }
        if !scope.isEmpty { lines.append(scope.joined(separator: " · ")) }
        if let basis { lines.append("basis: " + basis) }
        var standing = ["since " + (since ?? "—")]
        if let until { standing.append("until " + until) }
        standing.append("status " + status.rawValue)
        if let confidence { standing.append("confidence \(confidence.rawValue) (\(confidence.code))") }
        lines.append(standing.joined(separator: " · "))
        if !sources.isEmpty {
            lines.append("sources: " + sourceList(separator: ", "))
        }
        if let note { lines.append("note: " + note) }
        return lines
    }

    /// The hop as JSON: every field, nulls included, so the shape is stable.
    var json: JSONValue {
        .object([
            "type": .string(type), "from": .string(from), "to": .string(to), "id": .text(id), "kind": .string(kind),
            "data": .texts(data), "basis": .text(basis), "since": .text(since), "until": .text(until),
            "status": .string(status.rawValue), "confidence": .text(confidence?.rawValue), "purpose": .text(purpose),
            "purpose_stated": .bool(purpose != nil), "note": .text(note),
            "sources": .array(sources.map { .object(["id": .string($0.id.value), "title": .string($0.title), "url": .text($0.url)]) }),
        ])
    }

    /// `id <url>` for each source.
    func sourceList(separator: String) -> String {
        sources.map { source in source.url.map { "\(source.id.value) <\($0)>" } ?? source.id.value }.joined(separator: separator)
    }

    /// The basis, or what stands for it on a holding, for one-line summaries.
    var shortJustification: String { basis ?? (type == "holds" || type == "held-by" ? "holds the file" : "") }
}
