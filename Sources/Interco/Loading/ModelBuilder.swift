/// Builds model records from the items the reading layer hands over, one file at a time.
///
/// It checks what one entry can tell on its own (keys, types, ids, dates, vocabulary); rules
/// that need the whole model (references, duplicates, cycles) live in `Validation/`.
struct ModelBuilder {
    /// The sections of the format and the keys each entry may use.
    static let sections: [String: [String]] = [
        "sources": ["id", "title", "url", "publisher", "date", "pages", "note"],
        "data": ["id", "name", "parent", "sensitive", "description"],
        "populations": ["id", "name", "parent", "description"],
        "actors": ["id", "name", "kind", "part_of", "aka", "description", "sources"],
        "files": ["id", "name", "held_by", "data", "kind", "about", "since", "until", "status", "confidence", "description",
                  "sources", "retention", "people", "cnil", "access_log"],
        "rights": ["id", "actor", "reaches", "kind", "data", "purpose", "basis", "basis_note", "internal", "since", "until",
                   "status", "confidence", "sources", "note", "retention", "people", "cnil", "access_log"],
        "flows": ["id", "from", "into", "data", "purpose", "basis", "basis_note", "since", "until", "status", "confidence",
                  "sources", "note"],
    ]

    private(set) var model = Model()
    private(set) var diagnostics: [Diagnostic] = []
    /// Most entries accepted; past it, entries are counted but not kept.
    var maxEntries = ReadingLimits.standard.maxEntries
    private var entries = 0
    private var overLimit = false
    private var file = SourceFileID("")
    private var section: String?
    private var sectionsSeen: [String: Int] = [:]

    /// Starts a new file.
    mutating func begin(file: String) {
        self.file = SourceFileID(file)
        section = nil
        sectionsSeen = [:]
    }

    /// Takes one event of the reading layer.
    mutating func consume(_ event: YAMLEventReader.Event) {
        switch event {
        case .section(let key):
            guard Self.sections[key.text] != nil else {
                error(key.mark, "unknown top-level key '\(key.text)'\(Suggestion.phrase(for: key.text, in: Self.sections.keys)); "
                          + "expected one of: \(Self.sections.keys.sorted().joined(separator: ", "))")
                section = nil
                return
            }
            if let line = sectionsSeen[key.text] {
                error(key.mark, "top-level key '\(key.text)' is given twice in this file (first at line \(line))")
            }
            sectionsSeen[key.text] = key.mark.line
            section = key.text
        case .item(let node):
            guard let section else { return }
            entries += 1
            guard entries <= maxEntries else {
                if !overLimit {
                    overLimit = true
                    error(node.mark, "the model has more than \(maxEntries) entries (the entry limit); split it or raise the limit")
                }
                return
            }
            add(node, to: section)
        case .sectionNotAList(let key, let value):
            if case .scalar(let name) = key, Self.sections[name.text] != nil {
                if case .scalar(let scalar) = value, scalar.isNull { return }  // `rights:` with nothing yet
                error(value.mark, "'\(name.text)' must be a list of entries (each starting with '- '), found \(value.typeDescription)")
            } else if case .scalar(let name) = key {
                error(name.mark, "unknown top-level key '\(name.text)'\(Suggestion.phrase(for: name.text, in: Self.sections.keys))")
            } else {
                error(key.mark, "top-level keys must be text, found \(key.typeDescription)")
            }
            section = nil
        case .topLevelNotAMapping(let node):
            error(node.mark, "the top level of a model file must be a mapping of sections "
                      + "(sources, data, populations, actors, files, rights, flows), found \(node.typeDescription)")
        }
    }

    /// Records a problem that stopped reading a file.
    mutating func fail(_ mark: YAMLMark, _ message: String) {
        error(mark, message)
    }

    private mutating func error(_ mark: YAMLMark, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: mark.location(in: file), message))
    }

    private mutating func add(_ node: YAMLNode, to section: String) {
        let entity: String = switch section {
        case "sources": "source"
        case "data": "data category"
        case "populations": "population"
        case "actors": "actor"
        case "files": "file"
        case "rights": "right"
        default: "flow"
        }
        guard var fields = FieldReader(node, entity: entity, allowed: Self.sections[section]!, file: file,
                                       diagnostics: &diagnostics)
        else { return }
        defer { diagnostics += fields.diagnostics }
        switch section {
        case "sources":
            let id = fields.id("id", required: true)
            let title = fields.text("title", required: true)
            let source = Source(id: id ?? Located("", at: fields.location), title: title ?? "", url: fields.url("url"),
                                publisher: fields.text("publisher"), date: fields.date("date")?.value,
                                pages: fields.text("pages"), note: fields.text("note"), location: fields.location)
            if id != nil { model.sources.append(source) }
        case "data":
            let id = fields.id("id", required: true)
            let name = fields.text("name", required: true)
            let category = DataCategory(id: id ?? Located("", at: fields.location), name: name ?? "",
                                        parent: fields.id("parent"), sensitive: fields.bool("sensitive") ?? false,
                                        description: fields.text("description"), location: fields.location)
            if id != nil { model.categories.append(category) }
        case "populations":
            let id = fields.id("id", required: true)
            let name = fields.text("name", required: true)
            let population = Population(id: id ?? Located("", at: fields.location), name: name ?? "",
                                        parent: fields.id("parent"), description: fields.text("description"),
                                        location: fields.location)
            if id != nil { model.populations.append(population) }
        case "actors":
            let id = fields.id("id", required: true)
            let name = fields.text("name", required: true)
            let kind: ActorKind? = fields.vocabulary("kind", required: true)
            let actor = Actor(id: id ?? Located("", at: fields.location), name: name ?? "", kind: kind ?? .state,
                              partOf: fields.id("part_of"), aka: fields.textList("aka"),
                              description: fields.text("description"), sources: fields.idList("sources"),
                              location: fields.location)
            if id != nil { model.actors.append(actor) }
        case "files":
            let id = fields.id("id", required: true)
            let name = fields.text("name", required: true)
            let heldBy = fields.id("held_by", required: true)
            let data = fields.idList("data", required: true)
            let start = fields.start("since")
            let cited = fields.citations("sources")
            let file = DataFile(id: id ?? Located("", at: fields.location), name: name ?? "",
                                heldBy: heldBy ?? Located("", at: fields.location), data: data,
                                kind: fields.vocabulary("kind"), about: fields.idList("about"),
                                since: start.date, until: fields.date("until"),
                                status: fields.vocabulary("status") ?? .inForce,
                                confidence: fields.vocabulary("confidence"), description: fields.text("description"),
                                sources: cited.ids, location: fields.location, sinceUnknown: start.unknown,
                                sourceRoles: cited.roles, safeguards: fields.safeguards())
            if let warning = UndatedRule.check("file '\(file.id.value)'", written: fields.pair("since") != nil, unknown: start.unknown,
                                               note: file.description, noteName: "description", at: fields.location) {
                diagnostics.append(warning)
            }
            if id != nil { model.files.append(file) }
        case "rights":
            let actor = fields.id("actor", required: true)
            let reaches = fields.id("reaches", required: true)
            let kind: RightKind? = fields.vocabulary("kind", required: true)
            let status: Status? = fields.vocabulary("status")
            let start = fields.start("since")
            let cited = fields.citations("sources")
            let right = Right(id: fields.id("id"), actor: actor ?? Located("", at: fields.location),
                              reaches: reaches ?? Located("", at: fields.location), kind: kind ?? .consultation,
                              data: fields.idList("data", limit: true), purposes: fields.idOrList("purpose"),
                              basis: fields.text("basis"), since: start.date, until: fields.date("until"),
                              status: status ?? .inForce, confidence: fields.vocabulary("confidence"),
                              sources: cited.ids, note: fields.text("note"), location: fields.location,
                              sinceUnknown: start.unknown, sourceRoles: cited.roles, basisNote: fields.text("basis_note"),
                              internal: fields.bool("internal") ?? false, safeguards: fields.safeguards())
            if let warning = UndatedRule.check("right \(right.label)", written: fields.pair("since") != nil, unknown: start.unknown,
                                               note: right.note, noteName: "note", at: fields.location) {
                diagnostics.append(warning)
            }
            if actor != nil && reaches != nil { model.rights.append(right) }
        default:
            let from = fields.id("from", required: true)
            let into = fields.id("into", required: true)
            let status: Status? = fields.vocabulary("status")
            let start = fields.start("since")
            let cited = fields.citations("sources")
            let flow = Flow(id: fields.id("id"), from: from ?? Located("", at: fields.location),
                            into: into ?? Located("", at: fields.location), data: fields.idList("data", limit: true),
                            purposes: fields.idOrList("purpose"), basis: fields.text("basis"),
                            since: start.date, until: fields.date("until"), status: status ?? .inForce,
                            confidence: fields.vocabulary("confidence"), sources: cited.ids,
                            note: fields.text("note"), location: fields.location, sinceUnknown: start.unknown,
                            sourceRoles: cited.roles, basisNote: fields.text("basis_note"))
            if let warning = UndatedRule.check("flow \(flow.label)", written: fields.pair("since") != nil, unknown: start.unknown,
                                               note: flow.note, noteName: "note", at: fields.location) {
                diagnostics.append(warning)
            }
            if from != nil && into != nil { model.flows.append(flow) }
        }
    }
}
