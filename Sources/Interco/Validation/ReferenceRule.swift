/// Every reference names a defined id of the right sort: `held_by` an actor, `reaches` a file or
/// an actor, `data` a category, `sources` a source, and so on.
enum ReferenceRule {
    static func check(_ model: Model, table: IDTable) -> [Diagnostic] {
        var checker = Checker(table: table)
        for category in model.categories { checker.check(category.parent, field: "parent", [.category]) }
        for population in model.populations { checker.check(population.parent, field: "parent", [.population]) }
        for actor in model.actors {
            checker.check(actor.partOf, field: "part_of", [.actor])
            checker.check(actor.sources, field: "sources", [.source])
        }
        for file in model.files {
            checker.check(file.heldBy, field: "held_by", [.actor])
            checker.check(file.data, field: "data", [.category])
            checker.check(file.about, field: "about", [.population])
            checker.check(file.sources, field: "sources", [.source])
        }
        for right in model.rights {
            checker.check(right.actor, field: "actor", [.actor])
            checker.check(right.reaches, field: "reaches", [.file, .actor])
            checker.check(right.data, field: "data", [.category])
            checker.check(right.sources, field: "sources", [.source])
        }
        for flow in model.flows {
            checker.check(flow.from, field: "from", [.file])
            checker.check(flow.into, field: "into", [.file])
            checker.check(flow.data, field: "data", [.category])
            checker.check(flow.sources, field: "sources", [.source])
        }
        return checker.diagnostics
    }

    private struct Checker {
        let table: IDTable
        var diagnostics: [Diagnostic] = []
        var candidates: [Set<RecordSort>: [String]] = [:]

        mutating func check(_ reference: Located<String>?, field: String, _ sorts: Set<RecordSort>) {
            guard let reference, !reference.value.isEmpty else { return }
            let expected = sorts.sorted { $0.rawValue < $1.rawValue }.map(\.phrase).joined(separator: " or ")
            if let actual = table.sort(of: reference.value) {
                if !sorts.contains(actual) {
                    diagnostics.append(Diagnostic(.error, at: reference.location,
                                                  "'\(field)' must name \(expected), but '\(reference.value)' is \(actual.phrase)"))
                }
                return
            }
            if candidates[sorts] == nil { candidates[sorts] = table.ids(of: sorts) }
            let kind = sorts == [.source] ? "undefined source" : "unknown id"
            diagnostics.append(Diagnostic(.error, at: reference.location,
                                          "\(kind) '\(reference.value)' in '\(field)' (expected \(expected))"
                                              + Suggestion.phrase(for: reference.value, in: candidates[sorts]!)))
        }

        mutating func check(_ references: [Located<String>], field: String, _ sorts: Set<RecordSort>) {
            for reference in references { check(reference, field: field, sorts) }
        }
    }
}
