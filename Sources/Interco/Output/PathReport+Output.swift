extension PathReport {
    /// A path as an indented block: one numbered hop per line, then its justification.
    /// `total`: how many paths count in all, when known.
    func textBlock(number: Int, of total: String?) -> String {
        var lines: [String] = []
        let match = self.match.map { ", match \($0.rawValue)" } ?? ""
        lines.append("\(actor): path \(number)\(total.map { " of \($0)" } ?? "") (\(rights) right\(rights == 1 ? "" : "s")\(match), \(status.rawValue))")
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
            let identity: [String] = [actor, String(pathNumber), String(step + 1), hop.type.rawValue, hop.from, hop.to,
                                      hop.id ?? "", hop.kind, hop.data.joined(separator: " ")]
            let standing: [String] = [hop.basisText ?? "", hop.sinceText, hop.until ?? "", hop.status.rawValue,
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
        case .holds: "holds \(to)"
        case .heldBy: "\(to), held by \(from)"
        case .flow: "\(to) → \(from) by flow\(id.map { " " + $0 } ?? "") (data copied into \(from))"
        case .right: "right\(id.map { " " + $0 } ?? ""): \(from) —\(kind)→ \(to)"
        }
    }

    /// Lines under the headline: data, basis, dates and status, sources, note.
    func details() -> [String] {
        var lines: [String] = []
        var scope: [String] = []
        if !data.isEmpty { scope.append("data: " + data.joined(separator: ", ")) }
        if type == .right || type == .flow {
            scope.append(purpose.map { "purpose: \($0)" } ?? "purpose not stated")
        }
        if !scope.isEmpty { lines.append(scope.joined(separator: " · ")) }
        if let basis = basisText { lines.append("basis: " + basis + (self.basis == nil ? basisNote.map { " (\($0))" } ?? "" : "")) }
        var standing = ["since " + (sinceUnknown ? "unknown" : since ?? "—")]
        if let until { standing.append("until " + until) }
        standing.append("status " + status.rawValue)
        if let confidence { standing.append("confidence \(confidence.rawValue) (\(confidence.code))") }
        lines.append(standing.joined(separator: " · "))
        for role in [SourceRole.supports, .contradicts, .context] {
            let cited = sourceList(separator: ", ", role: role)
            if !cited.isEmpty { lines.append(role.heading + ": " + cited) }
        }
        lines += safeguards
        if let note { lines.append("note: " + note) }
        return lines
    }

    /// The hop as JSON: every field, nulls included, so the shape is stable.
    var json: JSONValue {
        .object([
            "type": .string(type.rawValue), "from": .string(from), "to": .string(to), "id": .text(id), "kind": .string(kind),
            "data": .texts(data), "basis": .text(basis), "since": .text(since), "until": .text(until),
            "status": .string(status.rawValue), "confidence": .text(confidence?.rawValue), "purpose": .text(purpose),
            "purpose_stated": .bool(purpose != nil), "note": .text(note),
            "basis_identified": .bool(basis != nil || type == .holds || type == .heldBy), "basis_note": .text(basisNote),
            "internal": .bool(self.internal), "since_unknown": .bool(sinceUnknown), "safeguards": .texts(safeguards),
            "sources": .array(sources.map {
                .object(["id": .string($0.id.value), "title": .string($0.title), "url": .text($0.url),
                         "role": .string((sourceRoles[$0.id.value] ?? .supports).rawValue)])
            }),
        ])
    }

    /// `id <url>` for each source; with a role, only the sources of that role, else every source with its role
    /// after it when it does not simply support the hop.
    func sourceList(separator: String, role: SourceRole? = nil) -> String {
        sources.compactMap { source -> String? in
            let sourceRole = sourceRoles[source.id.value] ?? .supports
            if let role, role != sourceRole { return nil }
            let text = source.url.map { "\(source.id.value) <\($0)>" } ?? source.id.value
            return role == nil && sourceRole != .supports ? "\(text) (\(sourceRole.rawValue))" : text
        }.joined(separator: separator)
    }

    /// The basis of a right or flow, or what stands in for it when none is identified; nil on a holding.
    var basisText: String? {
        if let basis { return basis }
        guard type == .right || type == .flow else { return nil }
        return self.internal ? "internal: the holder's own staff" : "no legal basis identified"
    }

    /// `since` as shown in tables: the date, `unknown`, or nothing.
    var sinceText: String { since ?? (sinceUnknown ? "unknown" : "") }
}
