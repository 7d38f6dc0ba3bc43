/// The words timelines write for people, in both languages (French ones get their typography
/// from `Typography.apply` where they are sentences).
enum TimelineWords {
    enum Word {
        case date, actors, categories, change, fact, status, basis, sources, ended, noEvent, noChange, file, right, flow
        case title

        var text: Localized {
            switch self {
            case .date: Localized(en: "date", fr: "date")
            case .actors: Localized(en: "actors", fr: "acteurs")
            case .categories: Localized(en: "categories", fr: "catégories")
            case .change: Localized(en: "change", fr: "changement")
            case .fact: Localized(en: "fact", fr: "fait")
            case .status: Localized(en: "status", fr: "statut")
            case .basis: Localized(en: "basis", fr: "base légale")
            case .sources: Localized(en: "sources", fr: "sources")
            case .ended: Localized(en: "no longer in force", fr: "plus en vigueur")
            case .noEvent: Localized(en: "(no dated fact found on the paths listed)", fr: "(aucun fait daté trouvé sur les chemins listés)")
            case .noChange: Localized(en: "No dated event changes this answer under these filters.",
                                      fr: "Aucun événement daté ne change cette réponse avec ces filtres.")
            case .file: Localized(en: "file", fr: "fichier")
            case .right: Localized(en: "right", fr: "droit")
            case .flow: Localized(en: "flow", fr: "flux")
            case .title: Localized(en: "Timeline", fr: "Chronologie")
            }
        }

        func callAsFunction(_ language: Language) -> String { text.text(language) }
    }

    static func what(_ subject: Timeline.Subject, _ language: Language) -> String {
        switch subject {
        case .category(let category):
            return Localized(en: "who can reach '\(category.id.value)' (\(category.name.text(language)))",
                             fr: "qui peut atteindre «\u{A0}\(category.id.value)\u{A0}» (\(category.name.text(language)))").text(language)
        case .actor(let actor):
            return Localized(en: "what '\(actor.id.value)' (\(actor.name.text(language))) reaches",
                             fr: "ce que «\u{A0}\(actor.id.value)\u{A0}» (\(actor.name.text(language))) atteint").text(language)
        case .fact(let fact, let id):
            return Localized(en: "\(sortWord(fact)(language)) '\(id)'", fr: "\(sortWord(fact)(language)) «\u{A0}\(id)\u{A0}»").text(language)
        }
    }

    static func sortWord(_ fact: FactReference) -> Word {
        switch fact {
        case .file: .file
        case .right: .right
        case .flow: .flow
        }
    }

    /// "Before any dated event: 1 actor (banks)."
    static func start(_ members: [String], actors: Bool, _ language: Language) -> String {
        let count = members.count
        let noun: Localized = actors
            ? Localized(en: count == 1 ? "actor" : "actors", fr: count <= 1 ? "acteur" : "acteurs")
            : Localized(en: count == 1 ? "category" : "categories", fr: count <= 1 ? "catégorie" : "catégories")
        let list = members.isEmpty ? "" : " (" + members.joined(separator: ", ") + ")"
        return Localized(en: "Before any dated event: \(count) \(noun.text(language))\(list).",
                         fr: "Avant tout événement daté : \(count) \(noun.text(language))\(list).").text(language)
    }

    /// The line naming the facts counted at every date.
    static func undated(_ names: [String], _ language: Language) -> String {
        Localized(en: "Counted at every date although their start is unknown or not stated: \(names.joined(separator: ", ")).",
                  fr: "Comptés à toutes les dates, leur début étant inconnu ou non précisé : \(names.joined(separator: ", ")).")
            .text(language)
    }
}

/// Version of the JSON shape of timelines; raised on any incompatible change.
public let timelineJSONSchemaVersion = 1

extension Timeline {
    /// The actors or categories counted: actors for a category, categories for an actor.
    var countsActors: Bool {
        if case .actor = subject { return false }
        return true
    }

    var isFact: Bool {
        if case .fact = subject { return true }
        return false
    }

    /// `+ a, b · − c · ~ d`: gained, lost, and reaching with another status.
    static func changeText(_ step: Step) -> String {
        var parts: [String] = []
        if !step.gained.isEmpty { parts.append("+ " + step.gained.joined(separator: ", ")) }
        if !step.lost.isEmpty { parts.append("− " + step.lost.joined(separator: ", ")) }
        if !step.changed.isEmpty { parts.append("~ " + step.changed.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    func statusText(_ event: TimelineEvent, _ language: Language) -> String {
        event.status?.label(language) ?? TimelineWords.Word.ended(language)
    }

    /// One row per event, the step's date, count and change on its first row only.
    func table(_ language: Language) -> Table {
        typealias W = TimelineWords.Word
        var headers = [W.date(language)]
        if !isFact { headers += [(countsActors ? W.actors : W.categories)(language), W.change(language)] }
        headers += [W.fact(language), W.status(language), W.basis(language), W.sources(language)]
        var rows: [[String]] = []
        for step in steps {
            let lead = [step.date.description] + (isFact ? [] : [String(step.count ?? 0), Self.changeText(step)])
            if step.events.isEmpty {
                rows.append(lead + [W.noEvent(language), "", "", ""])
            }
            for (number, event) in step.events.enumerated() {
                let first = number == 0 ? lead : lead.map { _ in "" }
                rows.append(first + [TimelineWords.sortWord(event.fact)(language) + " " + event.id, statusText(event, language),
                                     event.basis ?? "", event.sources.map(\.id.value).joined(separator: ", ")])
            }
        }
        return Table(headers: headers, rows: rows)
    }

    /// The timeline in `format`, its words in `language`.
    public func rendered(_ format: QueryOutputFormat, language: Language = .en) -> String {
        typealias W = TimelineWords.Word
        let title = W.title(language) + Typography.colon(language) + TimelineWords.what(subject, language)
        let contextLine = context.line(.of(language))
        let startLine = isFact ? nil : Typography.apply(TimelineWords.start(start, actors: countsActors, language), language)
        let undatedLine = undated.isEmpty ? nil : Typography.apply(TimelineWords.undated(undated, language), language)
        switch format {
        case .json:
            return json(language)
        case .csv, .csvRaw:
            return csvTable.csv(raw: format == .csvRaw)
        case .markdown:
            var body = "**" + Table.markdownText(title) + "**" + Typography.colon(language) + Table.markdownText(contextLine) + "\n\n"
            if let startLine { body += Table.markdownText(startLine) + "\n\n" }
            body += steps.isEmpty ? Table.markdownText(W.noChange(language)) + "\n" : table(language).markdown()
            if let undatedLine { body += "\n" + Table.markdownText(undatedLine) + "\n" }
            return body
        case .text:
            var body = SafeText.escaped(title, limit: nil) + "\n" + SafeText.escaped(contextLine, limit: nil) + "\n\n"
            if let startLine { body += SafeText.escaped(startLine, limit: nil) + "\n\n" }
            body += steps.isEmpty ? W.noChange(language) + "\n"
                : table(language).text(truncating: [W.basis(language): 60, W.sources(language): 40])
            if let undatedLine { body += "\n" + SafeText.escaped(undatedLine, limit: nil) + "\n" }
            return body
        }
    }

    /// One row per event, every cell filled, stable English headers and codes.
    var csvTable: Table {
        var rows: [[String]] = []
        for step in steps {
            let lead = [step.date.description, step.count.map(String.init) ?? "", step.gained.joined(separator: "; "),
                        step.lost.joined(separator: "; "), step.changed.joined(separator: "; ")]
            if step.events.isEmpty { rows.append(lead + ["", "", "", "", "", ""]) }
            for event in step.events {
                rows.append(lead + [event.fact.sort, event.id, event.status?.rawValue ?? "ended", event.basis ?? "",
                                    event.sources.map(\.id.value).joined(separator: "; "),
                                    event.sources.map { $0.url ?? "" }.joined(separator: "; ")])
            }
        }
        return Table(headers: ["date", "count", "gained", "lost", "changed", "fact_type", "fact_id", "status", "basis", "sources",
                               "source_urls"], rows: rows)
    }

    var subjectJSON: (type: String, id: String) {
        switch subject {
        case .category(let category): ("category", category.id.value)
        case .actor(let actor): ("actor", actor.id.value)
        case .fact(let fact, let id): (fact.sort, id)
        }
    }

    /// `{schema_version, query, subject, start, steps: [{date, count, gained, lost, changed, events}], undated}`.
    func json(_ language: Language) -> String {
        let subject = subjectJSON
        let steps: [JSONValue] = steps.map { step in
            .object([
                "date": .string(step.date.description), "count": step.count.map(JSONValue.int) ?? .null,
                "gained": .texts(step.gained), "lost": .texts(step.lost), "changed": .texts(step.changed),
                "events": .array(step.events.map { event in
                    .object(["date": .string(event.date.description), "type": .string(event.fact.sort), "id": .string(event.id),
                             "status": .text(event.status?.rawValue), "ended": .bool(event.status == nil), "basis": .text(event.basis),
                             "sources": .array(event.sources.map {
                                 .object(["id": .string($0.id.value), "title": .string($0.title.text(language)), "url": .text($0.url)])
                             })])
                }),
            ])
        }
        return JSONValue.object([
            "schema_version": .int(timelineJSONSchemaVersion),
            "query": context.json(command: "timeline", arguments: ["subject": subject.id, "subject_type": subject.type]),
            "subject": .object(["type": .string(subject.type), "id": .string(subject.id)]),
            "start": isFact ? .null : .texts(start), "start_count": isFact ? .null : .int(start.count),
            "steps": .array(steps), "undated": .texts(undated),
        ]).rendered()
    }
}
