/// Builds model records from the items the reading layer hands over, one file at a time.
///
/// It checks what one entry can tell on its own (keys, types, ids, dates, vocabulary); rules
/// that need the whole model (references, duplicates, cycles) live in `Validation/`.
struct ModelBuilder {
    private(set) var model = Model()
    private(set) var diagnostics: [Diagnostic] = []
    /// Most entries accepted; past it, entries are counted but not kept.
    var maxEntries = ReadingLimits.standard.maxEntries
    /// False to count warnings in `warningsLeftOut` instead of keeping them.
    var keepsWarnings = true
    private(set) var warningsLeftOut = 0
    private var entries = 0
    private var overLimit = false
    private var file = SourceFileID("")
    private var section: Section?
    private var sectionsSeen: [Section: YAMLMark] = [:]
    /// What the model held when the current file began, to forget the file if it breaks.
    private var start = (sources: 0, categories: 0, populations: 0, actors: 0, files: 0, rights: 0, flows: 0,
                         questions: 0, diagnostics: 0, entries: 0, warningsLeftOut: 0)

    /// Starts a new file of `size` bytes.
    ///
    /// A large file is mostly rights: room for as many as its size could hold (a right takes
    /// well over 128 bytes of YAML) is reserved at once, so that the array is never copied to
    /// grow. Growing by doubling had the old and the new array alive together, the peak of
    /// reading a 650 000-right model; capacity reserved and never written costs no memory.
    mutating func begin(file: String, size: Int = 0) {
        if size >= ModelLoader.pipelineThreshold {
            model.rights.reserveCapacity(model.rights.count + min(size / 128, maxEntries))
        }
        self.file = SourceFileID(file)
        section = nil
        sectionsSeen = [:]
        start = (model.sources.count, model.categories.count, model.populations.count, model.actors.count,
                 model.files.count, model.rights.count, model.flows.count, model.questions.count, diagnostics.count, entries, warningsLeftOut)
    }

    /// Takes one event of the reading layer.
    mutating func consume(_ event: YAMLEventReader.Event) {
        switch event {
        case .section(let key):
            guard let named = Section(rawValue: key.text) else {
                diagnostics.append(SectionRule.unknown(key.text, at: here(key.mark)))
                section = nil
                return
            }
            if let first = sectionsSeen[named] {
                diagnostics.append(SectionRule.duplicate(key.text, at: here(key.mark), first: here(first)))
            }
            sectionsSeen[named] = key.mark
            section = named
        case .item(let node):
            guard let section else { return }
            entries += 1
            guard entries <= maxEntries else {
                if !overLimit {
                    overLimit = true
                    diagnostics.append(EntryLimitRule.diagnostic(at: here(node.mark), limit: maxEntries))
                }
                return
            }
            add(node, to: section)
        case .sectionNotAList(let key, let value):
            if case .scalar(let name) = key, Section(rawValue: name.text) != nil {
                if case .scalar(let scalar) = value, scalar.isNull { return }  // `rights:` with nothing yet
                diagnostics.append(SectionRule.notAList(name.text, at: here(value.mark), found: value.typeDescription))
            } else if case .scalar(let name) = key {
                diagnostics.append(SectionRule.unknown(name.text, at: here(name.mark)))
            } else {
                diagnostics.append(SectionRule.keyNotText(at: here(key.mark), found: key.typeDescription))
            }
            section = nil
        case .topLevelNotAMapping(let node):
            diagnostics.append(SectionRule.topLevel(at: here(node.mark), found: node.typeDescription))
        }
    }

    /// Records a problem that stopped reading the current file, and forgets what was read of
    /// it: its entries, and what was said about them, are not checked (the problem says so).
    mutating func abandon(because problem: Diagnostic) {
        model.sources.removeLast(model.sources.count - start.sources)
        model.categories.removeLast(model.categories.count - start.categories)
        model.populations.removeLast(model.populations.count - start.populations)
        model.actors.removeLast(model.actors.count - start.actors)
        model.files.removeLast(model.files.count - start.files)
        model.rights.removeLast(model.rights.count - start.rights)
        model.flows.removeLast(model.flows.count - start.flows)
        model.questions.removeLast(model.questions.count - start.questions)
        diagnostics.removeLast(diagnostics.count - start.diagnostics)
        warningsLeftOut = start.warningsLeftOut
        entries = start.entries
        diagnostics.append(problem)
    }

    /// Keeps a warning, or counts it when warnings are not kept.
    private mutating func warn(_ warning: Diagnostic) {
        if keepsWarnings { diagnostics.append(warning) } else { warningsLeftOut += 1 }
    }

    /// The location of `mark` in the current file.
    func here(_ mark: YAMLMark) -> SourceLocation { mark.location(in: file) }

    private mutating func add(_ node: YAMLNode, to section: Section) {
        guard var fields = FieldReader(node, entity: section.entity, allowed: section.keys, file: file,
                                       diagnostics: &diagnostics)
        else { return }
        defer { diagnostics += fields.diagnostics }
        switch section {
        case .sources:
            let id = fields.id("id", required: true)
            let title = fields.localized("title", required: true)
            let source = Source(id: id ?? Located("", at: fields.location), title: title ?? Localized(""), url: fields.url("url"),
                                publisher: fields.localized("publisher"), date: fields.date("date")?.value,
                                pages: fields.text("pages"), note: fields.localized("note"), location: fields.location)
            if id != nil { model.sources.append(source) }
        case .data:
            let id = fields.id("id", required: true)
            let name = fields.localized("name", required: true)
            let category = DataCategory(id: id ?? Located("", at: fields.location), name: name ?? Localized(""),
                                        parent: fields.id("parent"), sensitive: fields.bool("sensitive") ?? false,
                                        description: fields.localized("description"), location: fields.location)
            if id != nil { model.categories.append(category) }
        case .populations:
            let id = fields.id("id", required: true)
            let name = fields.localized("name", required: true)
            let population = Population(id: id ?? Located("", at: fields.location), name: name ?? Localized(""),
                                        parent: fields.id("parent"), description: fields.localized("description"),
                                        location: fields.location)
            if id != nil { model.populations.append(population) }
        case .actors:
            let id = fields.id("id", required: true)
            let name = fields.localized("name", required: true)
            let kind: ActorKind? = fields.vocabulary("kind", required: true)
            let actor = Actor(id: id ?? Located("", at: fields.location), name: name ?? Localized(""), kind: kind ?? .state,
                              partOf: fields.id("part_of"), aka: fields.textList("aka"),
                              description: fields.localized("description"), sources: fields.idList("sources"),
                              location: fields.location)
            if id != nil { model.actors.append(actor) }
        case .files:
            let id = fields.id("id", required: true)
            let name = fields.localized("name", required: true)
            let heldBy = fields.id("held_by", required: true)
            let data = fields.idList("data", required: true)
            let file = DataFile(id: id ?? Located("", at: fields.location), name: name ?? Localized(""),
                                heldBy: heldBy ?? Located("", at: fields.location), data: data,
                                kind: fields.vocabulary("kind"), about: fields.idList("about"),
                                standing: fields.standing(withBasis: false), description: fields.localized("description"),
                                location: fields.location, safeguards: fields.safeguards())
            if let warning = UndatedRule.check("file \(quoted(file.id.value))", written: fields.pair("since") != nil || fields.pair("history") != nil,
                                               unknown: file.sinceUnknown, note: file.description, noteName: "description",
                                               at: fields.location) {
                warn(warning)
            }
            if id != nil { model.files.append(file) }
        case .rights:
            let actor = fields.id("actor", required: true)
            let reaches = fields.id("reaches", required: true)
            let kind: RightKind? = fields.vocabulary("kind", required: true)
            let right = Right(id: fields.id("id"), actor: actor ?? Located("", at: fields.location),
                              reaches: reaches ?? Located("", at: fields.location), kind: kind ?? .consultation,
                              data: fields.idList("data", limit: true), purposes: fields.idOrList("purpose"),
                              basis: fields.text("basis"), standing: fields.standing(), note: fields.localized("note"),
                              location: fields.location, basisNote: fields.localized("basis_note"),
                              internal: fields.bool("internal") ?? false, safeguards: fields.safeguards())
            if let warning = UndatedRule.check("right \(SafeText.escaped(right.label))", written: fields.pair("since") != nil || fields.pair("history") != nil,
                                               unknown: right.sinceUnknown, note: right.note, noteName: "note", at: fields.location) {
                warn(warning)
            }
            if actor != nil && reaches != nil { model.rights.append(right) }
        case .flows:
            let from = fields.id("from", required: true)
            let into = fields.id("into", required: true)
            let flow = Flow(id: fields.id("id"), from: from ?? Located("", at: fields.location),
                            into: into ?? Located("", at: fields.location), data: fields.idList("data", limit: true),
                            purposes: fields.idOrList("purpose"), basis: fields.text("basis"),
                            standing: fields.standing(), note: fields.localized("note"), location: fields.location,
                            basisNote: fields.localized("basis_note"))
            if let warning = UndatedRule.check("flow \(SafeText.escaped(flow.label))", written: fields.pair("since") != nil || fields.pair("history") != nil,
                                               unknown: flow.sinceUnknown, note: flow.note, noteName: "note", at: fields.location) {
                warn(warning)
            }
            if from != nil && into != nil { model.flows.append(flow) }
        case .questions:
            let id = fields.id("id", required: true)
            let title = fields.bothLanguages("title", required: true)
            let command: Question.Command? = fields.vocabulary("command", required: true)
            let question = Question(id: id ?? Located("", at: fields.location), title: title ?? Localized(en: "", fr: ""),
                                    command: command ?? .list, arguments: fields.locatedTexts("arguments"),
                                    filters: fields.questionFilters("filters"), description: fields.text("description"),
                                    location: fields.location)
            if id != nil && title != nil && command != nil { model.questions.append(question) }
        }
    }
}
