/// Every id of the model with its sort and first definition; duplicates are reported.
struct IDTable {
    private(set) var entries: [String: (sort: Section, location: SourceLocation)] = [:]
    private(set) var duplicates: [Diagnostic] = []
    /// Ids taken as defined without an entry (see `Validator.validate`).
    let assumed: Set<String>

    init(_ model: Model, assuming assumed: Set<String> = []) {
        self.assumed = assumed
        entries.reserveCapacity(model.sources.count + model.categories.count + model.populations.count
            + model.actors.count + model.files.count + model.rights.count + model.flows.count)
        for index in model.sources.indices { add(model.sources[index].id, .sources) }
        for index in model.categories.indices { add(model.categories[index].id, .data) }
        for index in model.populations.indices { add(model.populations[index].id, .populations) }
        for index in model.actors.indices { add(model.actors[index].id, .actors) }
        for index in model.files.indices { add(model.files[index].id, .files) }
        for index in model.rights.indices { if let id = model.rights[index].id { add(id, .rights) } }
        for index in model.flows.indices { if let id = model.flows[index].id { add(id, .flows) } }
    }

    private mutating func add(_ id: Located<String>, _ sort: Section) {
        if let first = entries[id.value] {
            duplicates.append(DuplicateIDRule.diagnostic(id, first: first.location, as: first.sort))
        } else {
            entries[id.value] = (sort, id.location)
        }
    }

    /// The sort of record `id` names, if any.
    func sort(of id: String) -> Section? { entries[id]?.sort }

    /// Where `id` is defined, if it is.
    func location(of id: String) -> SourceLocation? { entries[id]?.location }

    /// The ids of the given sorts, for suggestions. Assumed ids (of unknown sort) are candidates too.
    func ids(of sorts: Set<Section>) -> [String] {
        entries.filter { sorts.contains($0.value.sort) }.map(\.key) + assumed.sorted()
    }
}

/// An id names one entry of the whole model, whatever its section.
enum DuplicateIDRule {
    static let code: Diagnostic.Code = "duplicate-id"
    static func diagnostic(_ id: Located<String>, first: SourceLocation, as sort: Section) -> Diagnostic {
        Diagnostic(.error, code, at: id.location, "duplicate id \(quoted(id.value)): already defined as \(sort.phrase)",
                   notes: [.init(at: first, "first defined here")])
    }
}
