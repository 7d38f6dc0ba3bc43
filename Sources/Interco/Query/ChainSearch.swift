/// The flow part of every path, computed once per query: for each file, the chains of flows
/// that start there (followed backwards, to where the data comes from), grouped by the data
/// they carry and, for `reach`, by the file the data lies in (its origin).
///
/// A chain ends at any file on the way and reaches that file's own data, limited by the flows
/// taken. States are (file, carried data, origin); a flow only narrows the data, so a cycle of
/// states carries the same data all round. Such a cycle is one strongly connected component
/// and is counted as one step: the number of chains is the number of routes through the
/// condensation (the exact number of simple chains when flows form no cycle). Earliest day and
/// best confidence are minima over walks, which equal those over simple chains (cutting a loop
/// out of a walk can only widen what it carries, make it hold earlier, and never weaken it).
/// Carried sets are numbers of a `CarriedDataTable`.
struct ChainSearch {
    struct Key: Hashable {
        /// The carried set's number.
        var data: Int32
        /// The file the data lies in, or -1 when not tracked.
        var origin: Int32
    }

    /// Per file: the chains starting there, by what they carry.
    var chains: [[(key: Key, tally: Tally)]]

    /// - Parameters:
    ///   - table: the carried sets; chains carrying none of its relevant bits are dropped.
    ///   - trackOrigin: keep chains ending in different files apart.
    ///   - fileData, flowLimits: each file's data and each flow's limit (`CarriedDataTable.noLimit`
    ///     for none), as numbers of the table.
    init(finder: PathFinder, table: CarriedDataTable, trackOrigin: Bool, fileData: [Int32], flowLimits: [Int32]) {
        let index = finder.index
        let fileCount = index.fileIDs.count
        var stateOf = [[Key: Int]](repeating: [:], count: fileCount)
        var states: [(file: Int, key: Key)] = []
        var pending: [Int] = []
        func add(_ file: Int, _ key: Key) -> Int {
            if let state = stateOf[file][key] { return state }
            states.append((file, key))
            stateOf[file][key] = states.count - 1
            pending.append(states.count - 1)
            return states.count - 1
        }
        var seeds = Set<Int>()
        for file in 0..<fileCount where finder.fileExists[file] {
            let data = fileData[file]
            guard table.live[Int(data)] else { continue }
            seeds.insert(add(file, Key(data: data, origin: trackOrigin ? Int32(file) : -1)))
        }
        // Every state, by propagation along the flows (a flow from G into F: chains from F go on to G).
        var edges: [(from: Int, to: Int, flow: Int)] = []
        while let state = pending.popLast() {
            let (file, key) = states[state]
            for flow in finder.flowsFrom[file] {
                let data = table.narrow(key.data, by: flowLimits[flow])
                guard table.live[Int(data)] else { continue }
                let target = add(index.flowInto[flow], Key(data: data, origin: key.origin))
                edges.append((target, state, flow))
            }
        }
        // Dependencies: a state's chains go on through the states it depends on.
        var dependsOn = [[(state: Int, flow: Int)]](repeating: [], count: states.count)
        for edge in edges { dependsOn[edge.from].append((edge.to, edge.flow)) }
        let flowStanding = index.model.flows.indices.map { HopRank(finder.standing(.flow($0))) }

        var tally = [Tally?](repeating: nil, count: states.count)
        var componentOf = [Int](repeating: -1, count: states.count)
        // Tarjan lists a component after every one it depends on.
        for (number, component) in StronglyConnected.components(dependsOn.map { $0.map(\.state) }).enumerated() {
            for state in component { componentOf[state] = number }
            var count = 0
            var values: [Int: Tally] = [:]
            for state in component {
                var value = seeds.contains(state) ? Tally.start : Tally.none
                for (other, flow) in dependsOn[state] where componentOf[other] != number {
                    value.merge(tally[other]!.extended(by: flowStanding[flow]))
                }
                count = Tally.add(count, value.count)
                values[state] = value
            }
            // Inside a cycle: earliest day and best confidence to their fixed point.
            if component.count > 1 || dependsOn[component[0]].contains(where: { $0.state == component[0] }) {
                var changed = true
                while changed {
                    changed = false
                    for state in component {
                        for (other, flow) in dependsOn[state] where componentOf[other] == number {
                            var merged = values[state]!
                            merged.merge(values[other]!.extended(by: flowStanding[flow]))
                            if !merged.sameOptima(values[state]!) {
                                values[state] = merged
                                changed = true
                            }
                        }
                    }
                }
            }
            for state in component {
                var value = values[state]!
                value.count = count
                tally[state] = value
            }
        }
        chains = [[(key: Key, tally: Tally)]](repeating: [], count: fileCount)
        for (state, entry) in states.enumerated() { chains[entry.file].append((entry.key, tally[state]!)) }
        for file in 0..<fileCount {
            chains[file].sort { $0.key.origin != $1.key.origin ? $0.key.origin < $1.key.origin
                                : table.sets[Int($0.key.data)].words.lexicographicallyPrecedes(table.sets[Int($1.key.data)].words) }
        }
    }
}
