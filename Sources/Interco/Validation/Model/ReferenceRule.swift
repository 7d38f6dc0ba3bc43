/// Every reference names a defined id of the right sort: `held_by` an actor, `reaches` a file or
/// an actor, `data` a category, `sources` a source, and so on.
///
/// It runs over every reference of the model, so it reads fields in place (copying a right
/// retains a dozen strings) and builds its message only when a reference is wrong.
enum ReferenceRule {
    static let unknownCode: Diagnostic.Code = "unknown-id"
    static let undefinedSourceCode: Diagnostic.Code = "undefined-source"
    static let wrongSortCode: Diagnostic.Code = "wrong-sort"

    static func check(_ model: Model, table: IDTable) -> [Diagnostic] {
        var checker = Checker(table: table)
        for index in model.categories.indices { checker.check(model.categories[index].parent, "parent", .data) }
        for index in model.populations.indices { checker.check(model.populations[index].parent, "parent", .populations) }
        for index in model.actors.indices {
            checker.check(model.actors[index].partOf, "part_of", .actors)
            checker.check(model.actors[index].sources, "sources", .sources)
        }
        for index in model.files.indices {
            checker.check(model.files[index].heldBy, "held_by", .actors)
            checker.check(model.files[index].data, "data", .data)
            checker.check(model.files[index].about, "about", .populations)
            checker.check(model.files[index].sources, "sources", .sources)
            checker.check(model.files[index].safeguards.sourceIDs, "safeguards", .sources)
            for event in model.files[index].history { checker.check(event.sources, "history", .sources) }
        }
        for index in model.rights.indices {
            checker.check(model.rights[index].actor, "actor", .actors)
            checker.check(model.rights[index].reaches, "reaches", .files, .actors)
            checker.check(model.rights[index].data, "data", .data)
            checker.check(model.rights[index].sources, "sources", .sources)
            checker.check(model.rights[index].safeguards.sourceIDs, "safeguards", .sources)
            for event in model.rights[index].history { checker.check(event.sources, "history", .sources) }
        }
        for index in model.flows.indices {
            checker.check(model.flows[index].from, "from", .files)
            checker.check(model.flows[index].into, "into", .files)
            checker.check(model.flows[index].data, "data", .data)
            checker.check(model.flows[index].sources, "sources", .sources)
            for event in model.flows[index].history { checker.check(event.sources, "history", .sources) }
        }
        checker.suggester.annotate(&checker.diagnostics)
        return checker.diagnostics
    }

    private struct Checker {
        let table: IDTable
        var diagnostics: [Diagnostic] = []
        var suggester = Suggestion.Suggester<Set<Section>>()

        mutating func check(_ reference: Located<String>?, _ field: String, _ sort: Section, _ other: Section? = nil) {
            guard let reference, !reference.value.isEmpty else { return }
            let actual = table.sort(of: reference.value)
            if let actual, actual == sort || actual == other { return }
            let sorts: Set<Section> = other.map { [sort, $0] } ?? [sort]
            let expected = sorts.sorted { $0.rawValue < $1.rawValue }.map(\.phrase).joined(separator: " or ")
            if let actual {
                diagnostics.append(Diagnostic(.error, wrongSortCode, at: reference.location,
                                              "'\(field)' must name \(expected), but \(quoted(reference.value)) is \(actual.phrase)",
                                              notes: table.location(of: reference.value).map { [.init(at: $0, "defined here")] } ?? []))
                return
            }
            if table.assumed.contains(reference.value) { return }
            let source = sorts == [.sources]
            diagnostics.append(Diagnostic(.error, source ? undefinedSourceCode : unknownCode, at: reference.location,
                                          "\(source ? "undefined source" : "unknown id") \(quoted(reference.value)) in '\(field)' "
                                              + "(expected \(expected))"
                                              + suggester.phrase(for: reference.value, kind: sorts, position: diagnostics.count) {
                                                  [table] in table.ids(of: sorts)
                                              }))
        }

        mutating func check(_ references: [Located<String>], _ field: String, _ sort: Section) {
            for reference in references { check(reference, field, sort) }
        }
    }
}
