/// `parent` (categories, populations) and `part_of` (actors) form trees: a cycle is an error,
/// reported once, at the entry of the cycle that comes first in the files.
enum CycleRule {
    static let code: Diagnostic.Code = "cycle"

    static func check(_ model: Model) -> [Diagnostic] {
        cycles(model.categories.map { ($0.id, $0.parent) }, field: "parent", noun: "data categories")
            + cycles(model.populations.map { ($0.id, $0.parent) }, field: "parent", noun: "populations")
            + cycles(model.actors.map { ($0.id, $0.partOf) }, field: "part_of", noun: "actors")
    }

    private static func cycles(_ links: [(Located<String>, Located<String>?)], field: String, noun: String) -> [Diagnostic] {
        var parent: [String: Located<String>] = [:]
        var location: [String: SourceLocation] = [:]
        for (id, up) in links {
            if let up, parent[id.value] == nil { parent[id.value] = up }
            if location[id.value] == nil { location[id.value] = id.location }
        }
        var state: [String: Int] = [:]  // 1: on the current walk, 2: done
        var diagnostics: [Diagnostic] = []
        for (id, _) in links where state[id.value] == nil {
            var walk: [String] = []
            var current: String? = id.value
            while let node = current, state[node] == nil {
                state[node] = 1
                walk.append(node)
                current = parent[node]?.value
            }
            if let node = current, state[node] == 1, let start = walk.firstIndex(of: node) {
                let cycle = Array(walk[start...])
                let first = cycle.min { location[$0]! < location[$1]! }!
                let start = cycle.firstIndex(of: first)!
                let rest = Array(cycle[(start + 1)...] + cycle[..<start])
                diagnostics.append(Diagnostic(.error, code, at: parent[first]!.location,
                                              "cycle in '\(field)' of \(noun): "
                                                  + (cycle + [cycle[0]]).map { SafeText.escaped($0) }.joined(separator: " → "),
                                              notes: rest.map { .init(at: parent[$0]!.location, "the cycle goes on here") }))
            }
            for node in walk { state[node] = 2 }
        }
        return diagnostics
    }
}
