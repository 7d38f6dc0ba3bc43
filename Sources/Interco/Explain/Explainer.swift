/// Builds plain explanations of the model's records in one language: what a right lets an actor
/// do and what that kind of access means, what a file holds and who reaches it, what cites a
/// source. It only reads the model; commands format the result.
public struct Explainer: Sendable {
    /// The model explained.
    public let model: Model
    /// The language of the words.
    public let language: Language
    private let resolver: NameResolver

    /// An explainer over `model`, writing in `language`.
    public init(_ model: Model, language: Language) {
        self.model = model
        self.language = language
        resolver = NameResolver(model)
    }

    /// Every record `text` names: by id in any section, or an actor by a name or an aka. Empty
    /// when nothing matches.
    public func explanations(of text: String) -> [Explanation] {
        var sorts = resolver.sorts(of: text)
        var id = text
        if sorts.isEmpty, let actor = resolver.actor(text) {
            sorts = [.actor]
            id = model.actors[actor].id.value
        }
        return sorts.flatMap { sort -> [Explanation] in
            switch sort {
            case .right: model.rights.filter { $0.id?.value == id }.map(right)
            case .flow: model.flows.filter { $0.id?.value == id }.map(flow)
            case .file: model.files.filter { $0.id.value == id }.prefix(1).map(file)
            case .actor: model.actors.filter { $0.id.value == id }.prefix(1).map(actor)
            case .category: model.categories.filter { $0.id.value == id }.prefix(1).map(category)
            case .population: model.populations.filter { $0.id.value == id }.prefix(1).map(population)
            case .source: model.sources.filter { $0.id.value == id }.prefix(1).map(source)
            }
        }
    }

    /// What to add to "unknown id": the closest id of any sort, with what it is.
    public func hint(for text: String) -> String {
        guard let near = Suggestion.closest(to: text, in: RecordSort.allCases.flatMap(resolver.ids)),
              let sort = resolver.sorts(of: near).first else { return "" }
        return " (did you mean '\(near)', \(sort.phrase)?)"
    }

    // MARK: Records

    func right(_ right: Right) -> Explanation {
        let id = right.id?.value ?? right.label
        let subject = actorName(right.actor.value)
        var fields = [item(w("actor", "acteur"), subject, id: right.actor.value),
                      item(w("reaches", "atteint"), model.files.first { $0.id.value == right.reaches.value }?.name.text(language)
                              ?? actorName(right.reaches.value), id: right.reaches.value),
                      item(w("kind", "type"), right.kind.label(language), code: right.kind.rawValue)]
        if !right.data.isEmpty { fields.append(item(w("data", "données"), categories(right.data))) }
        if !right.purposes.isEmpty { fields.append(item(w("purpose", "finalité"), right.purposes.joined(separator: separator))) }
        var sections = [section("what", w("What it lets the actor do", "Ce que ce droit permet"),
                                paragraphs: [sentence(right)] + (right.internal ? [w(
                                    "This is the holder's own staff's access to its own file.",
                                    "C'est l'accès du personnel du détenteur à son propre fichier.")] : []),
                                items: fields)]
        sections.append(section("kind", AccessWords.question(right.kind).text(language).typeset(language),
                                paragraphs: [AccessWords.meaning(right.kind).text(language).typeset(language)]))
        sections.append(basis(right.basis, note: right.basisNote.text(language), internal: right.internal))
        sections.append(dates(right.since, right.until, unknown: right.sinceUnknown))
        sections.append(standing(right.status, right.confidence))
        let file = model.files.first { $0.id.value == right.reaches.value }
        if !right.safeguards.isEmpty {
            sections.append(safeguards(right.safeguards, heading: w("Safeguards", "Garanties")))
        } else if let file, !file.safeguards.isEmpty {
            sections.append(safeguards(file.safeguards, heading: w("Safeguards of the file", "Garanties du fichier")))
        }
        sections.append(sources(right.sources, roles: right.sourceRoles))
        if let note = right.note.text(language) { sections.append(section("note", w("Note", "Note"), paragraphs: [note])) }
        let holder = file.map { actorName($0.heldBy.value) } ?? self.actorName(right.reaches.value)
        sections.append(recourse(holder == subject ? subject : subject + ", " + holder))
        let title = w("Right ", "Droit ") + id + " · " + right.actor.value + " → " + right.reaches.value
            + " (" + right.kind.label(language) + ")"
        return Explanation(sort: .right, id: id, language: language, title: title, sections: sections)
    }

    func flow(_ flow: Flow) -> Explanation {
        let id = flow.id?.value ?? flow.label
        let data = flow.data.isEmpty ? w("everything the file holds", "tout ce que contient le fichier") : categories(flow.data)
        let what = w("Data are copied from the file ", "Des données sont copiées du fichier ") + fileName(flow.from.value)
            + w(" into the file ", " vers le fichier ") + fileName(flow.into.value) + colon + data
            + purposes(flow.purposes) + "."
        var sections = [section("what", w("What it does", "Ce que fait ce flux"), paragraphs: [what])]
        sections.append(basis(flow.basis, note: flow.basisNote.text(language), internal: false))
        sections.append(dates(flow.since, flow.until, unknown: flow.sinceUnknown))
        sections.append(standing(flow.status, flow.confidence))
        sections.append(sources(flow.sources, roles: flow.sourceRoles))
        if let note = flow.note.text(language) { sections.append(section("note", w("Note", "Note"), paragraphs: [note])) }
        let holders = [flow.from.value, flow.into.value].compactMap { id in model.files.first { $0.id.value == id } }
            .map { actorName($0.heldBy.value) }
        sections.append(recourse(unique(holders).joined(separator: ", ")))
        return Explanation(sort: .flow, id: id, language: language,
                           title: w("Flow ", "Flux ") + id + " · " + flow.from.value + " → " + flow.into.value, sections: sections)
    }

    func file(_ file: DataFile) -> Explanation {
        let id = file.id.value
        var fields = [item(w("name", "nom"), file.name.text(language)), item(w("held by", "détenu par"), actorName(file.heldBy.value), id: file.heldBy.value),
                      item(w("data", "données"), categories(file.data)),
                      item(w("about", "personnes concernées"), file.about.isEmpty ? w("everyone", "tout le monde") : populations(file.about))]
        if let kind = file.kind { fields.insert(item(w("kind", "type"), kind.label(language), code: kind.rawValue), at: 1) }
        var sections = [section("fields", w("What it is", "Ce que c'est"), paragraphs: file.description.text(language).map { [$0] } ?? [], items: fields)]
        sections.append(dates(file.since, file.until, unknown: file.sinceUnknown))
        sections.append(standing(file.status, file.confidence))
        if !file.safeguards.isEmpty { sections.append(safeguards(file.safeguards, heading: w("Safeguards", "Garanties"))) }
        let rights = model.rights.filter { $0.reaches.value == id }.map(rightItem)
        let flows = model.flows.filter { $0.from.value == id || $0.into.value == id }.map(flowItem)
        sections.append(section("referenced", w("Rights and flows that reach it", "Droits et flux qui l'atteignent"),
                                paragraphs: rights.isEmpty && flows.isEmpty ? [w("None in the model.", "Aucun dans le modèle.")] : [],
                                items: rights + flows))
        sections.append(sources(file.sources, roles: file.sourceRoles))
        sections.append(recourse(actorName(file.heldBy.value)))
        return Explanation(sort: .file, id: id, language: language, title: w("File ", "Fichier ") + id + " · " + file.name.text(language),
                           sections: sections)
    }

    func actor(_ actor: Actor) -> Explanation {
        let id = actor.id.value
        var fields = [item(w("name", "nom"), actor.name.text(language)), item(w("kind", "type"), actor.kind.label(language), code: actor.kind.rawValue)]
        if let partOf = actor.partOf { fields.append(item(w("part of", "fait partie de"), actorName(partOf.value), id: partOf.value)) }
        if !actor.aka.isEmpty { fields.append(item(w("also called", "aussi appelé"), actor.aka.joined(separator: separator))) }
        var sections = [section("fields", w("What it is", "Ce que c'est"), paragraphs: actor.description.text(language).map { [$0] } ?? [], items: fields)]
        let units = model.actors.filter { $0.partOf?.value == id }.map { item(nil, $0.name.text(language), id: $0.id.value) }
        if !units.isEmpty { sections.append(section("units", w("Its units", "Ses services"), items: units)) }
        let files = model.files.filter { $0.heldBy.value == id }.map { item(nil, $0.name.text(language), id: $0.id.value) }
        sections.append(section("files", w("Files it holds", "Fichiers qu'il détient"),
                                paragraphs: files.isEmpty ? [w("None in the model.", "Aucun dans le modèle.")] : [], items: files))
        let rights = model.rights.filter { $0.actor.value == id }.map(rightItem)
        sections.append(section("rights", w("Its rights", "Ses droits"),
                                paragraphs: rights.isEmpty ? [w("None in the model.", "Aucun dans le modèle.")] : [], items: rights))
        let demanded = model.rights.filter { $0.reaches.value == id }.map(rightItem)
        if !demanded.isEmpty {
            sections.append(section("reached-by", w("Rights that reach it (as a third party)", "Droits qui l'atteignent (comme tiers)"),
                                    items: demanded))
        }
        sections.append(sources(actor.sources, roles: [:]))
        if !files.isEmpty || !rights.isEmpty { sections.append(recourse(actor.name.text(language))) }
        return Explanation(sort: .actor, id: id, language: language, title: w("Actor ", "Acteur ") + id + " · " + actor.name.text(language),
                           sections: sections)
    }

    func category(_ category: DataCategory) -> Explanation {
        let id = category.id.value
        var fields = [item(w("name", "nom"), category.name.text(language))]
        if let parent = category.parent { fields.append(item(w("part of", "fait partie de"), categoryName(parent.value), id: parent.value)) }
        let children = model.categories.filter { $0.parent?.value == id }
        if !children.isEmpty { fields.append(item(w("parts", "comprend"), children.map { $0.name.text(language) + " (" + $0.id.value + ")" }.joined(separator: separator))) }
        var paragraphs = category.description.text(language).map { [$0] } ?? []
        if category.sensitive {
            paragraphs.append(w("A special category of GDPR article 9: processing it is forbidden unless one of that article's exceptions applies.",
                                "Une catégorie particulière de l'article 9 du RGPD : son traitement est interdit sauf si l'une des exceptions de cet article s'applique."))
        }
        var sections = [section("fields", w("What it is", "Ce que c'est"), paragraphs: paragraphs, items: fields)]
        let files = model.files.filter { $0.data.contains { $0.value == id } }.map { item(nil, $0.name.text(language), id: $0.id.value) }
        sections.append(section("files", w("Files that declare it", "Fichiers qui la déclarent"),
                                paragraphs: files.isEmpty ? [w("None in the model.", "Aucun dans le modèle.")] : [], items: files))
        let rights = model.rights.filter { $0.data.contains { $0.value == id } }.map(rightItem)
        if !rights.isEmpty { sections.append(section("rights", w("Rights limited to it", "Droits limités à elle"), items: rights)) }
        return Explanation(sort: .category, id: id, language: language,
                           title: w("Data category ", "Catégorie de données ") + id + " · " + category.name.text(language), sections: sections)
    }

    func population(_ population: Population) -> Explanation {
        let id = population.id.value
        var fields = [item(w("name", "nom"), population.name.text(language))]
        if let parent = population.parent {
            fields.append(item(w("part of", "fait partie de"), populationName(parent.value), id: parent.value))
        }
        var sections = [section("fields", w("Who they are", "Qui elles sont"), paragraphs: population.description.text(language).map { [$0] } ?? [],
                                items: fields)]
        let files = model.files.filter { $0.about.contains { $0.value == id } }.map { item(nil, $0.name.text(language), id: $0.id.value) }
        sections.append(section("files", w("Files about them", "Fichiers qui les concernent"),
                                paragraphs: files.isEmpty ? [w("None in the model.", "Aucun dans le modèle.")] : [], items: files))
        return Explanation(sort: .population, id: id, language: language,
                           title: w("Population ", "Population ") + id + " · " + population.name.text(language), sections: sections)
    }

    func source(_ source: Source) -> Explanation {
        let id = source.id.value
        var fields = [item(w("title", "titre"), source.title.text(language))]
        if let publisher = source.publisher.text(language) { fields.append(item(w("publisher", "éditeur"), publisher)) }
        if let date = source.date { fields.append(item(w("date", "date"), date.prose(language), code: date.description)) }
        if let pages = source.pages { fields.append(item(w("pages", "pages"), pages)) }
        if let url = source.url { fields.append(Explanation.Item(label: w("address", "adresse"), url, url: url)) }
        var sections = [section("fields", w("What it is", "Ce que c'est"), paragraphs: source.note.text(language).map { [$0] } ?? [], items: fields)]
        var citing: [Explanation.Item] = []
        func cites(_ list: [Located<String>]) -> Bool { list.contains { $0.value == id } }
        citing += model.actors.filter { cites($0.sources) }.map { item(w("actor", "acteur"), $0.name.text(language), id: $0.id.value) }
        citing += model.files.filter { cites($0.sources) || cites($0.safeguards.sourceIDs) }
            .map { item(w("file", "fichier"), $0.name.text(language), id: $0.id.value) }
        citing += model.rights.filter { cites($0.sources) || cites($0.safeguards.sourceIDs) }
            .map { item(w("right", "droit"), rightPhrase($0), id: $0.id?.value) }
        citing += model.flows.filter { cites($0.sources) }.map { item(w("flow", "flux"), $0.from.value + " → " + $0.into.value, id: $0.id?.value) }
        sections.append(section("cited-by", w("Cited by", "Cité par"),
                                paragraphs: citing.isEmpty ? [w("Nothing in the model.", "Rien dans le modèle.")] : [], items: citing))
        return Explanation(sort: .source, id: id, language: language, title: w("Source ", "Source ") + id + " · " + source.title.text(language),
                           sections: sections)
    }

    // MARK: Sections

    /// One sentence: what the right lets the actor do, with the data and the purpose.
    func sentence(_ right: Right) -> String {
        let subject = language == .fr
            ? "L'acteur « " + actorName(right.actor.value) + " » (" + right.actor.value + ")"
            : actorName(right.actor.value) + " (" + right.actor.value + ")"
        let target = model.files.first { $0.id.value == right.reaches.value }
        let targetText: String
        if let target {
            targetText = language == .fr
                ? "« " + target.name.text(language) + " » (" + target.id.value + "), détenu par " + actorName(target.heldBy.value)
                : "\"" + target.name.text(language) + "\" (" + target.id.value + "), held by " + actorName(target.heldBy.value)
        } else {
            targetText = language == .fr
                ? "« " + actorName(right.reaches.value) + " » (" + right.reaches.value + ")"
                : actorName(right.reaches.value) + " (" + right.reaches.value + ")"
        }
        let isFile = target != nil
        let verb: String
        switch (right.kind, language) {
        case (.consultation, .en): verb = "consult " + (isFile ? "the file " : "the files of ") + targetText
        case (.consultation, .fr): verb = "consulter " + (isFile ? "le fichier " : "les fichiers de ") + targetText
        case (.communication, .en): verb = "demand documents and information from " + (isFile ? "the holder of the file " : "") + targetText
        case (.communication, .fr): verb = "exiger des documents et des informations " + (isFile ? "du détenteur du fichier " : "de ") + targetText
        case (.transmission, .en): verb = "receive data sent from " + (isFile ? "the file " : "") + targetText
        case (.transmission, .fr): verb = "recevoir des données envoyées " + (isFile ? "depuis le fichier " : "par ") + targetText
        case (.interconnection, .en): verb = "match its files with " + (isFile ? "the file " : "those of ") + targetText
        case (.interconnection, .fr): verb = "rapprocher ses fichiers " + (isFile ? "du fichier " : "de ceux de ") + targetText
        case (.processing, .en): verb = "process the data of " + (isFile ? "the file " : "") + targetText
        case (.processing, .fr): verb = "traiter les données " + (isFile ? "du fichier " : "de ") + targetText
        }
        let data = right.data.isEmpty
            ? w(", all the data it holds", ", toutes les données qu'il détient")
            : w(", about: ", ", portant sur : ") + categories(right.data)
        let what = verb + data + purposes(right.purposes)
        let modal: (String, String) = switch (right.status, language) {
        case (.inForce, .en): (" can ", "")
        case (.inForce, .fr): (" peut ", "")
        case (.experimental, .en): (" can ", ", as an experiment")
        case (.experimental, .fr): (" peut ", ", à titre expérimental")
        case (.planned, .en): (" is to be able to ", " (planned)")
        case (.planned, .fr): (" pourra ", " (prévu)")
        case (.alleged, .en): (" can, according to some sources, ", "")
        case (.alleged, .fr): (" peut, selon certaines sources, ", "")
        case (.censured, .en): (" could ", ", until the right was censured")
        case (.censured, .fr): (" pouvait ", ", jusqu'à la censure de ce droit")
        case (.repealed, .en): (" could ", ", until the right was repealed")
        case (.repealed, .fr): (" pouvait ", ", jusqu'à l'abrogation de ce droit")
        case (.ended, .en): (" could ", ", until the right ended")
        case (.ended, .fr): (" pouvait ", ", jusqu'à la fin de ce droit")
        }
        return subject + modal.0.typeset(language) + what + modal.1.typeset(language) + "."
    }

    func basis(_ basis: String?, note: String?, internal isInternal: Bool) -> Explanation.Section {
        var paragraphs: [String] = []
        if let basis {
            paragraphs.append(basis)
        } else if isInternal {
            paragraphs.append(w("Internal access: the holder's own staff; no separate legal basis is given.",
                                "Accès interne : le personnel du détenteur ; aucune base légale distincte n'est indiquée."))
        } else {
            paragraphs.append(w("No legal basis identified.", "Aucune base légale identifiée."))
        }
        if let note { paragraphs.append(note) }
        return section("basis", w("Legal basis", "Base légale"), paragraphs: paragraphs)
    }

    func dates(_ since: Located<ModelDate>?, _ until: Located<ModelDate>?, unknown: Bool) -> Explanation.Section {
        var text: String
        switch since?.value {
        case let date?: text = w("Since ", "Depuis ") + (language == .fr && date.day != nil ? "le " : "") + date.prose(language)
        case nil where unknown: text = w("Since a date the sources do not give", "Depuis une date que les sources ne donnent pas")
        case nil: text = w("Start not stated", "Début non précisé")
        }
        if let until = until?.value {
            text += w(", until ", ", jusqu'") + (language == .fr ? (until.day != nil ? "au " : "en ") : "") + until.prose(language)
                + w(" (that day excluded)", " (ce jour exclu)")
        }
        var items: [Explanation.Item] = []
        if let since { items.append(item(w("since", "depuis"), since.value.description, code: since.value.description)) }
        if let until { items.append(item(w("until", "jusqu'au"), until.value.description, code: until.value.description)) }
        return section("dates", w("Dates", "Dates"), paragraphs: [text + "."], items: items)
    }

    func standing(_ status: Status, _ confidence: Confidence?) -> Explanation.Section {
        var items = [item(w("status", "statut"), status.label(language) + " — " + AccessWords.meaning(status).text(language).typeset(language),
                          code: status.rawValue)]
        if let confidence {
            items.append(item(w("confidence", "confiance"),
                              confidence.label(language) + " (" + confidence.code + ") — "
                                  + AccessWords.meaning(confidence).text(language).typeset(language),
                              code: confidence.rawValue))
        } else {
            items.append(item(w("confidence", "confiance"), w("not stated", "non précisée")))
        }
        return section("standing", w("Status and confidence", "Statut et confiance"), items: items)
    }

    func safeguards(_ safeguards: Safeguards, heading: String) -> Explanation.Section {
        var items: [Explanation.Item] = []
        if let retention = safeguards.retention {
            items.append(item(w("retention", "conservation"), retention.value + " [" + retention.source.value + "]"))
        }
        if let people = safeguards.people {
            let date = people.date.map { " (" + $0.prose(language) + ")" } ?? ""
            let note = people.note.text(language).map { ", " + $0 } ?? ""
            items.append(item(w("people concerned", "personnes concernées"), PeopleCount.grouped(people.number) + date + note + " [" + people.source.value + "]"))
        }
        if let cnil = safeguards.cnil {
            items.append(Explanation.Item(label: "CNIL", sourceTitle(cnil.value), id: cnil.value, url: sourceURL(cnil.value)))
        }
        if let log = safeguards.accessLog {
            items.append(item(w("accesses logged", "accès journalisés"), (log.value ? w("yes", "oui") : w("no", "non"))
                              + " [" + log.source.value + "]"))
        }
        return section("safeguards", heading, items: items)
    }

    func sources(_ ids: [Located<String>], roles: [String: SourceRole]) -> Explanation.Section {
        let items = ids.map { id -> Explanation.Item in
            let role = roles[id.value] ?? .supports
            return Explanation.Item(label: AccessWords.label(role).text(language), sourceTitle(id.value), code: role.rawValue,
                                    id: id.value, url: sourceURL(id.value))
        }
        return section("sources", w("Sources", "Sources"),
                       paragraphs: items.isEmpty ? [w("No source cited.", "Aucune source citée.")] : [], items: items)
    }

    func recourse(_ bodies: String) -> Explanation.Section {
        section("recourse", w("What you can do", "Ce que vous pouvez faire"),
                paragraphs: [AccessWords.recourse(bodies).text(language).typeset(language)])
    }

    // MARK: Words

    /// `: ` with its French no-break space.
    private var colon: String { Typography.colon(language) }
    /// `; ` between the items of a list, with its French narrow no-break space.
    private var separator: String { language == .fr ? "\u{202F}; " : "; " }

    private func w(_ en: String, _ fr: String) -> String { Localized(en: en, fr: fr).text(language).typeset(language) }

    private func section(_ key: String, _ heading: String, paragraphs: [String] = [], items: [Explanation.Item] = []) -> Explanation.Section {
        Explanation.Section(key: key, heading: heading, paragraphs: paragraphs, items: items)
    }

    /// An item; one naming a record starts with its id, so that it can be typed back.
    private func item(_ label: String?, _ text: String, code: String? = nil, id: String? = nil) -> Explanation.Item {
        let shown = id.map { text.hasPrefix($0) ? text : $0 + " · " + text } ?? text
        return Explanation.Item(label: label, shown, code: code, id: id)
    }

    private func rightItem(_ right: Right) -> Explanation.Item {
        item(w("right", "droit"), rightPhrase(right), code: right.status.rawValue, id: right.id?.value)
    }

    private func rightPhrase(_ right: Right) -> String {
        (right.id.map { $0.value + " · " } ?? "") + right.actor.value + " → " + right.reaches.value + " ("
            + right.kind.label(language) + ", " + right.status.label(language) + ")"
    }

    private func flowItem(_ flow: Flow) -> Explanation.Item {
        item(w("flow", "flux"), (flow.id.map { $0.value + " · " } ?? "") + flow.from.value + " → " + flow.into.value
                + " (" + flow.status.label(language) + ")", code: flow.status.rawValue, id: flow.id?.value)
    }

    private func actorName(_ id: String) -> String { model.actors.first { $0.id.value == id }?.name.text(language) ?? id }
    private func fileName(_ id: String) -> String { (model.files.first { $0.id.value == id }?.name.text(language)).map { $0 + " (" + id + ")" } ?? id }
    private func categoryName(_ id: String) -> String { model.categories.first { $0.id.value == id }?.name.text(language) ?? id }
    private func populationName(_ id: String) -> String { model.populations.first { $0.id.value == id }?.name.text(language) ?? id }
    private func sourceTitle(_ id: String) -> String { model.sources.first { $0.id.value == id }.map { id + " · " + $0.title.text(language) } ?? id }
    private func sourceURL(_ id: String) -> String? { model.sources.first { $0.id.value == id }?.url }

    private func categories(_ ids: [Located<String>]) -> String {
        ids.map { categoryName($0.value) + " (" + $0.value + ")" }.joined(separator: separator)
    }

    private func populations(_ ids: [Located<String>]) -> String {
        ids.map { populationName($0.value) + " (" + $0.value + ")" }.joined(separator: separator)
    }

    private func purposes(_ purposes: [String]) -> String {
        purposes.isEmpty ? w(" (purpose not stated)", " (finalité non précisée)")
            : w(", for: ", ", pour la finalité : ") + purposes.joined(separator: ", ")
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

extension String {
    /// The text with French typography when `language` is French (for interco's own words only).
    func typeset(_ language: Language) -> String {
        Typography.apply(self, language)
    }
}
