import Foundation

/// Runs the whole-model rules, each in its own file with its own messages.
public enum Validator {
    /// Every problem of the model that needs more than one entry to see.
    ///
    /// - Parameter complete: false when some file could not be read to its end; rules that would
    ///   then report missing ids as dangling are skipped.
    public static func validate(_ model: Model, complete: Bool = true) -> [Diagnostic] {
        let table = IDTable(model)
        var rules: [@Sendable () -> [Diagnostic]] = [
            { DateRangeRule.check(model) }, { CycleRule.check(model) }, { SourcelessRule.check(model) },
            { SelfRightRule.check(model) }, { BasisRule.check(model) }, { SupportRule.check(model) },
        ]
        if complete {
            rules += [
                { ReferenceRule.check(model, table: table) }, { EmptyTargetRule.check(model, table: table) },
                { UnusedSourceRule.check(model) },
            ]
        }
        // The rules read the model and write nothing: on a large model they run side by side.
        let allRules = rules
        let results = RuleResults(count: allRules.count)
        if model.rights.count + model.files.count > 50_000 {
            DispatchQueue.concurrentPerform(iterations: allRules.count) { results.set($0, allRules[$0]()) }
        } else {
            for (index, rule) in allRules.enumerated() { results.set(index, rule()) }
        }
        return table.duplicates + results.all
    }
}

/// Diagnostics of rules run concurrently, kept in rule order so that output stays deterministic.
private final class RuleResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [[Diagnostic]]

    init(count: Int) { results = Array(repeating: [], count: count) }

    func set(_ index: Int, _ diagnostics: [Diagnostic]) {
        lock.lock()
        results[index] = diagnostics
        lock.unlock()
    }

    var all: [Diagnostic] { results.flatMap { $0 } }
}

/// Every id of the model with its sort and first definition; duplicates are reported.
struct IDTable {
    private(set) var entries: [String: (sort: RecordSort, location: SourceLocation)] = [:]
    private(set) var duplicates: [Diagnostic] = []

    init(_ model: Model) {
        entries.reserveCapacity(model.sources.count + model.categories.count + model.populations.count
            + model.actors.count + model.files.count + model.rights.count + model.flows.count)
        for index in model.sources.indices { add(model.sources[index].id, .source) }
        for index in model.categories.indices { add(model.categories[index].id, .category) }
        for index in model.populations.indices { add(model.populations[index].id, .population) }
        for index in model.actors.indices { add(model.actors[index].id, .actor) }
        for index in model.files.indices { add(model.files[index].id, .file) }
        for index in model.rights.indices { if let id = model.rights[index].id { add(id, .right) } }
        for index in model.flows.indices { if let id = model.flows[index].id { add(id, .flow) } }
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
