/// Version of the JSON shape of `interco diff`; raised on any incompatible change.
public let diffJSONSchemaVersion = 1

/// The words of `interco diff` written for people, in both languages.
enum DiffWords {
    static let before = Localized(en: "before", fr: "avant")
    static let after = Localized(en: "after", fr: "après")
    static let none = Localized(en: "none", fr: "aucun")
    static let facts = Localized(en: "Facts that changed", fr: "Faits qui ont changé")
    static let gained = Localized(en: "Actor × category pairs gained", fr: "Couples acteur × catégorie gagnés")
    static let lost = Localized(en: "Actor × category pairs lost", fr: "Couples acteur × catégorie perdus")
    static let nothing = Localized(en: "None.", fr: "Aucun.")
    static let pairNote = Localized(
        en: "A pair is an actor reaching the category or a wider one under the filters; the path is one that makes it (shortest first).",
        fr: "Un couple est un acteur qui atteint la catégorie ou une catégorie plus large sous ces filtres ; le chemin est l'un de ceux qui le font (le plus court d'abord).")
    static let headers: [Localized] = [
        Localized(en: "date", fr: "date"), Localized(en: "change", fr: "changement"), Localized(en: "fact", fr: "fait"),
        Localized(en: "before", fr: "avant"), Localized(en: "after", fr: "après"), Localized(en: "basis", fr: "base légale"),
        Localized(en: "events", fr: "événements"), Localized(en: "sources", fr: "sources"),
    ]
    static let pairHeaders: [Localized] = [
        Localized(en: "actor", fr: "acteur"), Localized(en: "name", fr: "nom"), Localized(en: "category", fr: "catégorie"),
        Localized(en: "path", fr: "chemin"),
    ]

    static func change(_ change: ModelDiff.Change) -> Localized {
        switch change {
        case .appeared: Localized(en: "appeared", fr: "apparu")
        case .ended: Localized(en: "ended", fr: "terminé")
        case .status: Localized(en: "status changed", fr: "statut changé")
        case .basis: Localized(en: "basis changed", fr: "base changée")
        }
    }

    static func section(_ section: Section) -> Localized {
        switch section {
        case .files: Localized(en: "file", fr: "fichier")
        case .flows: Localized(en: "flow", fr: "flux")
        default: Localized(en: "right", fr: "droit")
        }
    }

    /// "What changed from 1 January 2019 to 1 January 2024" or, between models, "… from A to B".
    static func title(_ diff: ModelDiff, _ language: Language) -> String {
        func side(_ context: QueryContext) -> String {
            switch context.filters.day {
            case .on(let date): date.prose(language)
            case .any: QueryWording.of(language).anyDay
            }
        }
        if diff.from.model == diff.to.model {
            // French: « entre 2019 et le 1er juillet 2022 » (a day takes its article, a year or month none).
            func french(_ context: QueryContext) -> String {
                if case .on(let date) = context.filters.day, date.day != nil { return "le " + side(context) }
                return side(context)
            }
            let title = Localized(en: "What changed from \(side(diff.from)) to \(side(diff.to))",
                                  fr: "Ce qui a changé entre \(french(diff.from)) et \(french(diff.to))")
            return title.text(language)
        }
        let title = Localized(en: "What changed from \(diff.from.model.description) to \(diff.to.model.description)",
                              fr: "Ce qui a changé de \(diff.from.model.description) à \(diff.to.model.description)")
        return title.text(language)
    }
}

extension ModelDiff.Fact {
    /// `in-force`, `2023-12-14 censured`… for one side; `none` without a state.
    func state(_ event: HistoryEvent?, _ language: Language) -> String {
        event.map { $0.status.value.label(language) } ?? DiffWords.none.text(language)
    }

    /// `2023-11-14 planned; 2023-12-14 censured`.
    func eventList(_ language: Language) -> String {
        events.map { ($0.date.map { "\($0.value)" } ?? "?") + " " + $0.status.value.label(language) }.joined(separator: "; ")
    }

    /// The basis that changed (`old → new`), or the one it rests on after.
    var basisText: String {
        if change == .basis, let basisBefore, let basisAfter { return basisBefore + " → " + basisAfter }
        return basisAfter ?? basisBefore ?? ""
    }

    func cells(_ language: Language) -> [String] {
        [date?.description ?? "", DiffWords.change(change).text(language), DiffWords.section(section).text(language) + " " + name,
         state(before, language), state(after, language), basisText, eventList(language), sources.joined(separator: ", ")]
    }

    /// The fact for programs; notes in `language`.
    func json(_ language: Language) -> JSONValue {
        func state(_ event: HistoryEvent?) -> JSONValue {
            event.map { .object(["date": .text($0.date?.value.description), "status": .string($0.status.value.rawValue)]) } ?? .null
        }
        return .object([
            "section": .string(section.rawValue), "name": .string(name), "change": .string(change.rawValue),
            "date": .text(date?.description), "before": state(before), "after": state(after),
            "basis_before": .text(basisBefore), "basis_after": .text(basisAfter),
            "events": .array(events.map { event in
                .object(["date": .text(event.date?.value.description), "status": .string(event.status.value.rawValue),
                         "basis": .text(event.basis?.value), "note": .text(event.note.text(language)),
                         "sources": .texts(event.sources.map(\.value))])
            }),
            "sources": .texts(sources), "removed": .bool(removed),
        ])
    }
}

extension ModelDiff.Pair {
    /// `france-travail.fraud —communication r-08a→ banks ⇒ bank-customer-records`: the path in one
    /// line of ids, the kinds of its rights in `language` (nil: their codes, for CSV).
    func pathText(_ language: Language?) -> String {
        guard let path else { return "" }
        var text = path.actor
        for hop in path.hops {
            switch hop.type {
            case .right: text += " —\(language.flatMap { RightKind(rawValue: hop.kind)?.label($0) } ?? hop.kind)\(hop.id.map { " " + $0 } ?? "")→ \(hop.to)"
            case .holds, .heldBy: text += " ⇒ \(hop.to)"
            case .flow: text += " ⇐ \(hop.to)\(hop.id.map { " (" + $0 + ")" } ?? "")"
            }
        }
        return text
    }

    func cells(_ language: Language) -> [String] { [actor, actorName.text(language), category, pathText(language)] }

    func json(_ language: Language) -> JSONValue {
        .object(["actor": .string(actor), "actor_name": .string(actorName.text(language)), "category": .string(category),
                 "path": path?.json ?? .null])
    }
}

extension ModelDiff {
    /// The diff in `format`, words for people in `language` (JSON and CSV keep English codes).
    public func rendered(_ format: QueryOutputFormat, language: Language) -> String {
        let words = QueryWording.of(language)
        let factTable = Table(headers: DiffWords.headers.map { $0.text(language) }, rows: facts.map { $0.cells(language) })
        let pairHeaders = DiffWords.pairHeaders.map { $0.text(language) }
        let gainedTable = Table(headers: pairHeaders, rows: gained.map { $0.cells(language) })
        let lostTable = Table(headers: pairHeaders, rows: lost.map { $0.cells(language) })
        let sides = Typography.apply(DiffWords.before.text(language) + ": ", language) + from.line(words) + "\n"
            + Typography.apply(DiffWords.after.text(language) + ": ", language) + to.line(words) + "\n"
        func heading(_ words: Localized, _ count: Int) -> String { words.text(language) + " (\(count))" }
        switch format {
        case .json:
            return JSONValue.object([
                "schema_version": .int(diffJSONSchemaVersion),
                "from": from.json(command: "diff", arguments: [:]), "to": to.json(command: "diff", arguments: [:]),
                "facts": .array(facts.map { $0.json(language) }), "gained": .array(gained.map { $0.json(language) }), "lost": .array(lost.map { $0.json(language) }),
            ]).rendered()
        case .csv, .csvRaw:
            let headers = ["record", "date", "change", "section", "name", "status_before", "status_after", "basis_before",
                           "basis_after", "events", "sources", "actor", "category", "path"]
            let factRows = facts.map { fact -> [String] in
                ["fact", fact.date?.description ?? "", fact.change.rawValue, fact.section.rawValue, fact.name,
                 fact.before?.status.value.rawValue ?? "", fact.after?.status.value.rawValue ?? "", fact.basisBefore ?? "",
                 fact.basisAfter ?? "",
                 fact.events.map { ($0.date.map { "\($0.value)" } ?? "?") + " " + $0.status.value.rawValue }.joined(separator: "; "),
                 fact.sources.joined(separator: "; "), "", "", ""]
            }
            func pairRows(_ record: String, _ pairs: [Pair]) -> [[String]] {
                pairs.map { [record, "", "", "", "", "", "", "", "", "", "", $0.actor, $0.category, $0.pathText(nil)] }
            }
            return Table(headers: headers, rows: factRows + pairRows("gained", gained) + pairRows("lost", lost))
                .csv(raw: format == .csvRaw)
        case .markdown:
            func section(_ title: Localized, _ table: Table, _ count: Int) -> String {
                "### " + Table.markdownText(heading(title, count)) + "\n\n" + (count == 0 ? DiffWords.nothing.text(language) + "\n" : table.markdown())
            }
            return "**" + Table.markdownText(DiffWords.title(self, language)) + "**\n\n"
                + Table.markdownText(sides).replacingOccurrences(of: "\n", with: "  \n") + "\n"
                + section(DiffWords.facts, factTable, facts.count) + "\n" + section(DiffWords.gained, gainedTable, gained.count)
                + "\n" + section(DiffWords.lost, lostTable, lost.count) + "\n" + Typography.apply(DiffWords.pairNote.text(language), language) + "\n"
        case .text:
            func section(_ title: Localized, _ table: Table, _ count: Int, truncating: [String: Int] = [:]) -> String {
                heading(title, count) + "\n" + (count == 0 ? DiffWords.nothing.text(language) + "\n" : table.text(truncating: truncating))
            }
            let basis = DiffWords.headers[5].text(language)
            return Table.singleLine(DiffWords.title(self, language) + "\n" + sides, keepingBreaks: true) + "\n"
                + section(DiffWords.facts, factTable, facts.count, truncating: [basis: 60, DiffWords.headers[7].text(language): 60]) + "\n"
                + section(DiffWords.gained, gainedTable, gained.count, truncating: [pairHeaders[1]: 40]) + "\n"
                + section(DiffWords.lost, lostTable, lost.count, truncating: [pairHeaders[1]: 40]) + "\n"
                + Typography.apply(DiffWords.pairNote.text(language), language) + "\n"
        }
    }
}
