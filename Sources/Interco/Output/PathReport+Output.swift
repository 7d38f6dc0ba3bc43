extension PathReport {
    /// The line that opens a path: `agency: path 1 of 3 (1 right, match exact, in force)`.
    func headline(number: Int, of total: String?, _ language: Language) -> String {
        AnswerWords.pathHeader(language, actor, String(number), total.map { AnswerWords.pathOf(language, $0) } ?? "",
                               AnswerWords.count(rights, one: .oneRight, many: .rights, language),
                               match.map { AnswerWords.pathMatch(language, $0.label(language)) } ?? "", status.label(language))
    }

    /// A path as an indented block: one numbered hop per line, then its justification.
    /// `total`: how many paths count in all, when known.
    func textBlock(number: Int, of total: String?, _ language: Language = .en) -> String {
        var lines = [headline(number: number, of: total, language)]
        for (step, hop) in hops.enumerated() {
            lines.append("  \(step + 1). \(hop.headline(language))")
            for detail in hop.details(language, escape: { $0 }, source: HopExplanation.textReference) { lines.append("       " + detail) }
        }
        lines.append("  " + AnswerWords.reaches(language, reached.joined(separator: ", ")))
        return lines.map { Table.singleLine($0) }.joined(separator: "\n") + "\n"
    }

    /// A path for a report: its headline in bold, its hops as a numbered list, each with its
    /// justification as a nested list, sources as clickable `[id](url)` links.
    func markdownBlock(number: Int, of total: String?, _ language: Language = .en) -> String {
        var lines = ["**" + Table.markdownText(headline(number: number, of: total, language)) + "**", ""]
        for (step, hop) in hops.enumerated() {
            lines.append("\(step + 1). " + Table.markdownText(hop.headline(language)))
            for detail in hop.details(language, escape: { Table.markdownText($0) }, source: HopExplanation.markdownLink) {
                lines.append("   - " + detail)
            }
        }
        lines += ["", Table.markdownText(AnswerWords.reaches(language, reached.joined(separator: ", ")))]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The path as JSON.
    var json: JSONValue {
        .object([
            "actor": .string(actor), "rights": .int(rights), "reaches": .texts(reached),
            "match": .text(match?.rawValue), "status": .string(status.rawValue),
            "hops": .array(hops.map(\.json)),
        ])
    }

    /// One CSV row per hop of several paths, paths numbered per actor, in the model's codes.
    static func hopTable(_ paths: [PathReport]) -> Table {
        var counters: [String: Int] = [:]
        return Table(headers: hopHeaders, rows: paths.flatMap { path -> [[String]] in
            counters[path.actor, default: 0] += 1
            return path.hopRows(pathNumber: counters[path.actor]!)
        })
    }

    /// One table row per hop, for CSV: lists joined by "; ", dates as full ISO days with their
    /// precision, a flow from where the data comes to where it goes.
    func hopRows(pathNumber: Int) -> [[String]] {
        hops.enumerated().map { step, hop -> [String] in
            let (from, to) = hop.dataDirection
            let identity: [String] = [actor, String(pathNumber), String(step + 1), hop.type.rawValue, from, to,
                                      hop.id ?? "", hop.kind, hop.data.joined(separator: "; ")]
            let standing: [String] = [hop.basisText ?? "", hop.since.map(MachineDate.day) ?? "", hop.since.map(MachineDate.precision) ?? "",
                                      hop.sinceUnknown ? "true" : "false", hop.until.map(MachineDate.day) ?? "",
                                      hop.until.map(MachineDate.precision) ?? "", hop.status.rawValue, hop.confidence?.rawValue ?? "",
                                      hop.purpose ?? ""]
            let sources: [String] = [hop.sources.map(\.id.value).joined(separator: "; "),
                                     hop.sources.map { $0.url ?? "" }.joined(separator: "; "),
                                     hop.sources.map { (hop.sourceRoles[$0.id.value] ?? .supports).rawValue }.joined(separator: "; ")]
            return identity + standing + sources + [reached.joined(separator: "; "), match?.rawValue ?? ""]
        }
    }

    /// Headers of `hopRows`.
    static let hopHeaders = ["actor", "path", "step", "hop", "from", "to", "id", "kind", "data", "basis", "since",
                             "since_precision", "since_unknown", "until", "until_precision", "status", "confidence", "purpose",
                             "sources", "source_urls", "source_roles", "reaches", "match"]
}

extension HopExplanation {
    /// Where the hop starts and ends in the direction the data goes: a flow is walked backwards
    /// by a path (from the file the data arrived in), but goes from the flow's `from` into its `into`.
    var dataDirection: (from: String, to: String) { type == .flow ? (to, from) : (from, to) }

    /// `right r-08a: france-travail.fraud —droit de communication→ banks`.
    func headline(_ language: Language) -> String {
        switch type {
        case .holds: AnswerWords.holdsHop(language, to)
        case .heldBy: AnswerWords.heldByHop(language, to, from)
        case .flow: AnswerWords.flowHop(language, to, from, id.map { " " + $0 } ?? "")
        case .right: AnswerWords.rightHop(language, id.map { " " + $0 } ?? "", from, RightKind(rawValue: kind)?.label(language) ?? kind, to)
        }
    }

    /// Lines under the headline: data, purpose, basis, dates and status, sources, safeguards, note.
    /// `escape` makes a model text safe for the format; `source` writes a cited source.
    func details(_ language: Language, escape: (String) -> String, source: (Source) -> String) -> [String] {
        var lines: [String] = []
        var scope: [String] = []
        if !data.isEmpty { scope.append(AnswerWords.data(language, escape(data.joined(separator: ", ")))) }
        if type == .right || type == .flow {
            scope.append(purpose.map { AnswerWords.purpose(language, escape($0)) } ?? AnswerWords.purposeNotStated(language))
        }
        if !scope.isEmpty { lines.append(scope.joined(separator: " · ")) }
        if let basis = basisWords(language) {
            let why = self.basis == nil ? basisNote.map { " (\($0))" } ?? "" : ""
            lines.append(AnswerWords.basisLine(language, escape(basis + why)))
        }
        var standing = [sinceUnknown ? AnswerWords.sinceUnknown(language)
            : since.flatMap { try? ModelDate.parse($0).get() }.map { AnswerWords.since($0, language) } ?? AnswerWords.sinceNotStated(language)]
        if let until = until.flatMap({ try? ModelDate.parse($0).get() }) { standing.append(AnswerWords.until(until, language)) }
        standing.append(AnswerWords.statusValue(language, status.label(language)))
        if let confidence { standing.append(AnswerWords.confidenceValue(language, confidence.label(language), confidence.code)) }
        lines.append(standing.joined(separator: " · "))
        for (role, heading) in [(SourceRole.supports, AnswerWords.sources), (.contradicts, .contradictingSources), (.context, .contextSources)] {
            let cited = sources.filter { (sourceRoles[$0.id.value] ?? .supports) == role }
            if !cited.isEmpty { lines.append(heading(language, cited.map(source).joined(separator: ", "))) }
        }
        lines += safeguards.lines(language).map(escape)
        if let note { lines.append(AnswerWords.note(language, escape(note))) }
        return lines
    }

    /// `id <url>`, as text answers cite a source.
    static func textReference(_ source: Source) -> String {
        source.url.map { "\(source.id.value) <\($0)>" } ?? source.id.value
    }

    /// `[id](url)`, a clickable link when the url is http(s) (`SafeURL`, with parentheses encoded
    /// so that they cannot end the link); the escaped id alone otherwise.
    static func markdownLink(_ source: Source) -> String {
        let text = Table.markdownText(source.id.value)
        guard let url = source.url.flatMap(SafeURL.sanitize) else { return text }
        return "[" + text + "](" + url.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29") + ")"
    }

    /// The hop as JSON: every field, nulls included, so that the shape is stable; dates as full
    /// ISO days with their precision; a flow's `from` and `to` in the direction of the data.
    var json: JSONValue {
        let (from, to) = dataDirection
        var members: [String: JSONValue] = [
            "type": .string(type.rawValue), "from": .string(from), "to": .string(to), "id": .text(id), "kind": .string(kind),
            "data": .texts(data), "basis": .text(basis),
            "status": .string(status.rawValue), "confidence": .text(confidence?.rawValue), "purpose": .text(purpose),
            "purpose_stated": .bool(purpose != nil), "note": .text(note),
            "basis_identified": .bool(basis != nil || type == .holds || type == .heldBy), "basis_note": .text(basisNote),
            "internal": .bool(self.internal), "since_unknown": .bool(sinceUnknown), "safeguards": .texts(safeguards.lines(.en)),
            "sources": .array(sources.map {
                .object(["id": .string($0.id.value), "title": .string($0.title.text(.en)), "url": .text($0.url),
                         "role": .string((sourceRoles[$0.id.value] ?? .supports).rawValue)])
            }),
        ]
        MachineDate.add(&members, "since", since)
        MachineDate.add(&members, "until", until)
        return .object(members)
    }

    /// The basis of a right or flow, or what stands in for it when none is identified (in the
    /// stable English of machine formats); nil on a holding.
    var basisText: String? { basisWords(.en) }

    /// `basisText` in `language`.
    func basisWords(_ language: Language) -> String? {
        if let basis { return basis }
        guard type == .right || type == .flow else { return nil }
        return (self.internal ? AnswerWords.internalAccess : .noBasis)(language)
    }
}
