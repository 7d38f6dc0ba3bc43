/// Every reference names a defined id of the right sort: `held_by` an actor, `reaches` a file or
/// an actor, `data` a category, `sources` a source, and so on.
///
/// It runs over every reference of the model, so it reads fields in place (copying a right
/// retains a dozen strings) and builds its message only when a reference is wrong.
enum ReferenceRule {
    static func check(_ model: Model, table: IDTable) -> [Diagnostic] {
        var checker = Checker(table: table)
        for index in model.categories.indices { checker.check(model.categories[index].parent, "parent", .category) }
        for index in model.populations.indices { checker.check(model.populations[index].parent, "parent", .population) }
        for index in model.actors.indices {
            checker.check(model.actors[index].partOf, "part_of", .actor)
            checker.check(model.actors[index].sources, "sources", .source)
        }
        for index in model.files.indices {
            checker.check(model.files[index].heldBy, "held_by", .actor)
            checker.check(model.files[index].data, "data", .category)
            checker.check(model.files[index].about, "about", .population)
            checker.check(model.files[index].sources, "sources", .source)
            checker.check(model.files[index].safeguards.sourceIDs, "safeguards", .source)
        }
        for index in model.rights.indices {
            checker.check(model.rights[index].actor, "actor", .actor)
            checker.check(model.rights[index].reaches, "reaches", .file, .actor)
            checker.check(model.rights[index].data, "data", .category)
            checker.check(model.rights[index].sources, "sources", .source)
            checker.check(model.rights[index].safeguards.sourceIDs, "safeguards", .source)
        }
        for index in model.flows.indices {
            checker.check(model.flows[index].from, "from", .file)
            checker.check(model.flows[index].into, "into", .file)
            checker.check(model.flows[index].data, "data", .category)
            checker.check(model.flows[index].sources, "sources", .source)
        }
        checker.suggester.annotate(&checker.diagnostics)
        return checker.diagnostics
    }

    private struct Checker {
        let table: IDTable
        var diagnostics: [Diagnostic] = []
        var suggester = Suggestion.Suggester<Set<RecordSort>>()

        mutating func check(_ reference: Located<String>?, _ field: String, _ sort: RecordSort, _ other: RecordSort? = nil) {
            guard let reference, !reference.value.isEmpty else { return }
            let actual = table.sort(of: reference.value)
            if let actual, actual == sort || actual == other { return }
            let sorts: Set<RecordSort> = other.map { [sort, $0] } ?? [sort]
            let expected = sorts.sorted { $0.rawValue < $1.rawValue }.map(\.phrase).joined(separator: " or ")
            if let actual {
                diagnostics.append(Diagnostic(.error, at: reference.location,
                                              "'\(field)' must name \(expected), but '\(reference.value)' is \(actual.phrase)"))
                return
            }
            let kind = sorts == [.source] ? "undefined source" : "unknown id"
            diagnostics.append(Diagnostic(.error, at: reference.location,
                                          "\(kind) '\(reference.value)' in '\(field)' (expected \(expected))"
                                              + suggester.phrase(for: reference.value, kind: sorts, position: diagnostics.count) {
                                                  [table] in table.ids(of: sorts)
                                              }))
        }

        mutating func check(_ references: [Located<String>], _ field: String, _ sort: RecordSort) {
            for reference in references { check(reference, field, sort) }
        }
    }
}
