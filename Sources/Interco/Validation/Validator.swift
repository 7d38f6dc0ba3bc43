/// Runs the whole-model rules, each in its own file with its own messages.
public enum Validator {
    /// Every problem of the model that needs more than one entry to see.
    ///
    /// - Parameter complete: false when some file could not be read to its end; rules that would
    ///   then report missing ids as dangling are skipped.
    public static func validate(_ model: Model, complete: Bool = true) -> [Diagnostic] {
        let table = IDTable(model)
        var diagnostics = table.duplicates
        diagnostics += DateRangeRule.check(model)
        diagnostics += CycleRule.check(model)
        diagnostics += SourcelessRule.check(model)
        if complete {
            diagnostics += ReferenceRule.check(model, table: table)
            diagnostics += EmptyTargetRule.check(model, table: table)
            diagnostics += UnusedSourceRule.check(model)
        }
        return diagnostics
    }
}

/// Every id of the model with its sort and first definition; duplicates are reported.
struct IDTable {
    private(set) var entries: [String: (sort: RecordSort, location: SourceLocation)] = [:]
    private(set) var duplicates: [Diagnostic] = []

    init(_ model: Model) {
        for source in model.sources { add(source.id, .source) }
        for category in model.categories { add(category.id, .category) }
        for population in model.populations { add(population.id, .population) }
        for actor in model.actors { add(actor.id, .actor) }
        for file in model.files { add(file.id, .file) }
        for right in model.rights { if let id = right.id { add(id, .right) } }
        for flow in model.flows { if let id = flow.id { add(id, .flow) } }
    }

    private mutating func add(_ id: Located<String>, _ sort: RecordSort) {
        if let first = entries[id.value] {
            duplicates.append(Diagnostic(.error, at: id.location,
                                         "duplicate id '\(id.value)': already defined as \(first.sort.phrase) at \(first.location)"))
        } else {
            entries[id.value] = (sort, id.location)
        }
    }

    /// The sort of record `id` names, if any.
    func sort(of id: String) -> RecordSort? { entries[id]?.sort }

    /// The ids of the given sorts, for suggestions.
    func ids(of sorts: Set<RecordSort>) -> [String] {
        entries.filter { sorts.contains($0.value.sort) }.map(\.key)
    }
}
