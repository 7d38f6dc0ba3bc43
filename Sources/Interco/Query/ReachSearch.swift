/// The search behind `who-can-reach` and `reach`: a backward dynamic programme over (actor,
/// rights still to use) states, each holding the tallies of the continuations from there by the
/// data they carry, on top of `ChainSearch` for flows. Its cost is the model's size times
/// `maxHops` times the number of distinct carried sets, whatever the number of paths. Carried
/// sets are interned (`CarriedDataTable`), so a state is three small numbers and a tally kept
/// inline, and narrowing a set by a limit is computed once per pair.
///
/// Optima over walks (which may pass an actor or a file twice) equal optima over paths: cutting
/// the loop out of a walk leaves a path that carries at least as much, holds no later, is no
/// weaker and uses fewer rights, so the path chosen for a summary (fewest rights among the
/// best) is never a walk. What can differ when a walk comes back to its start: the kinds of
/// first hops (a group gives its kind when one of its walks avoids the start, which the actors
/// every walk passes tell: `WalkGroup.avoids`), and, when the start is a third party, walks that
/// end at the start itself, which have no path to stand for: each group knows its optima
/// without the walks ending at any one third party (`WalkGroup.optima(withoutEndingAt:)`). So
/// one backward pass answers every start. Layers that avoid a start (`overrides(avoiding:)`)
/// remain for `reach`'s one start and for what a group cannot tell. Counts are of routes: a
/// route that passes an actor twice (possible from `--max-hops 2`, through its start) is
/// counted; a listing never shows one.
final class ReachSearch {
    /// A group of continuations as callers see it: the data it carries, and where.
    struct Key: Hashable {
        var data: CarriedData
        /// The file entered (held, reached by a right, or held by the body reached); for a third
        /// party holding no file, -2 - its actor number; -1 when not tracked.
        var entry: Int
        /// The file the data lies in, or -1.
        var origin: Int
    }

    /// A state of the search: the carried set's number in `table`, entry and origin as in `Key`.
    struct State: Hashable {
        var data: Int32
        var entry: Int32
        var origin: Int32
    }

    typealias Entry = (state: State, group: WalkGroup)

    let finder: PathFinder
    let universe: CategoryUniverse
    let relevant: CarriedData
    let table: CarriedDataTable
    /// Each right's limit as a set number (`CarriedDataTable.noLimit` when it has no `data`).
    let rightLimits: [Int32]
    let rightRanks: [HopRank]
    /// What holding each file (or reaching the body holding it) stands on: the file's record.
    let fileRanks: [HopRank]
    let chains: ChainSearch
    /// `continuations[j][actor]`: after a right reached `actor`, the continuations using exactly `j` more rights.
    var continuations: [[[Entry]]] = []
    let trackPlaces: Bool
    /// Counting rights to each actor.
    let rightsInto: [[Int]]
    let thirdParty: Int32
    let index: AccessIndex
    let rightsOf: [[Int]]
    let rightTarget: [AccessIndex.Target?]
    let rightCounts: [Bool]
    let rightActor: [Int]
    let fileInScope: [Bool]

    /// Prepares the search; with `keepLayers` (for `forEachStart`), builds and keeps every layer.
    init(finder: PathFinder, universe: CategoryUniverse, relevant: CarriedData, trackPlaces: Bool, keepLayers: Bool = true) {
        self.finder = finder
        self.universe = universe
        self.relevant = relevant
        self.trackPlaces = trackPlaces
        let index = finder.index
        self.index = index
        rightsOf = index.rightsOf
        rightTarget = index.rightTarget
        rightCounts = finder.rightCounts
        rightActor = index.rightActor
        fileInScope = finder.fileInScope
        let table = CarriedDataTable(relevant: relevant)
        self.table = table
        var cache: [[Int]: Int32] = [:]
        func number(_ set: [Int]) -> Int32 {
            if let known = cache[set] { return known }
            let computed = table.number(universe.bits(set, index))
            cache[set] = computed
            return computed
        }
        rightLimits = index.rightData.map { $0.map(number) ?? CarriedDataTable.noLimit }
        rightRanks = index.model.rights.indices.map { HopRank(finder.standing(.right($0))) }
        fileRanks = index.model.files.indices.map { HopRank(finder.standing(.holds(file: $0))) }
        chains = ChainSearch(finder: finder, table: table, trackOrigin: trackPlaces, fileData: index.fileData.map(number),
                             flowLimits: index.flowData.map { $0.map(number) ?? CarriedDataTable.noLimit })
        let actorCount = index.actorIDs.count
        var rightsInto = [[Int]](repeating: [], count: actorCount)
        for right in index.rightTarget.indices where finder.rightCounts[right] && index.rightActor[right] >= 0 {
            if case .actor(let other)? = index.rightTarget[right] { rightsInto[other].append(right) }
        }
        self.rightsInto = rightsInto
        self.thirdParty = table.number(universe.bits(nil, index))
        guard keepLayers else { return }
        var layers: [[[Entry]]] = []
        var merger = Merger()
        for j in 0..<finder.filters.maxHops {
            layers.append(index.actorIDs.indices.map {
                continuation(of: $0, rights: j, below: layers.last ?? [], override: nil, avoiding: -1, &merger)
            })
        }
        continuations = layers
    }

    /// Every group of every start, as `forEachStart` gives them but in another order, from one
    /// pass that keeps two layers at a time: each layer is handed to the starts holding a right
    /// to its actors as it is built, then dropped once the next one is. `body` gets the start,
    /// the first hop, the rights, what the group carries and its walks.
    func forEveryStart(_ body: (Int, Hop, Int, Key, WalkGroup) -> Void) {
        for actor in index.actorIDs.indices {
            for file in finder.startingHoldings(actor) {
                let rank = fileRanks[file]
                for chain in chains.chains[file] {
                    body(actor, .holds(file: file), 0,
                         key(State(data: chain.key.data, entry: trackPlaces ? Int32(file) : -1, origin: chain.key.origin)),
                         WalkGroup(chain.tally).extended(by: rank, reaching: -1))
                }
            }
            for right in rightsOf[actor] where rightCounts[right] {
                guard case .file? = rightTarget[right] else { continue }
                forEachThrough(right, rightsAfter: 0, from: actor, below: [], override: nil, avoiding: actor) { state, group in
                    body(actor, .right(right), 1, key(state), group)
                }
            }
        }
        var below: [[Entry]] = []
        var merger = Merger()
        let hops = finder.filters.maxHops
        for j in 0..<hops {
            var layer: [[Entry]] = []
            if j < hops - 1 { layer.reserveCapacity(index.actorIDs.count) }
            for actor in index.actorIDs.indices {
                let value = continuation(of: actor, rights: j, below: below, override: nil, avoiding: -1, &merger)
                for right in rightsInto[actor] where rightActor[right] != actor {
                    let start = rightActor[right]
                    let limit = rightLimits[right]
                    let rank = rightRanks[right]
                    for entry in value {
                        var state = entry.state
                        state.data = table.narrow(state.data, by: limit)
                        guard table.live[Int(state.data)] else { continue }
                        body(start, .right(right), 1 + j, key(state), entry.group.extended(by: rank, reaching: actor))
                    }
                }
                if j < hops - 1 { layer.append(value) }
            }
            below = layer
        }
    }

    /// Merges tallies by state, keeping the order states first come in.
    struct Merger {
        var slot: [State: Int] = [:]
        var entries: [Entry] = []

        mutating func add(_ state: State, _ group: WalkGroup) {
            if let known = slot[state] {
                entries[known].group.merge(group)
            } else {
                slot[state] = entries.count
                entries.append((state, group))
            }
        }

        /// The merged entries; the merger is empty again.
        mutating func finish() -> [Entry] {
            let result = Array(entries)
            entries.removeAll(keepingCapacity: true)
            slot.removeAll(keepingCapacity: true)
            return result
        }
    }

    /// The continuations after a right reached `actor` that use exactly `rights` more rights,
    /// never entering `avoiding`.
    /// `below` is the layer of `j - 1` more rights, `override` replaces some of its actors' values.
    func continuation(of actor: Int, rights j: Int, below: [[Entry]], override: [Int: [Entry]]?, avoiding: Int,
                      _ merger: inout Merger) -> [Entry] {
        guard j > 0 else {
            guard let held = finder.heldFiles(actor) else {
                return [(State(data: thirdParty, entry: trackPlaces ? Int32(-2 - actor) : -1, origin: -1), .ending(at: actor))]
            }
            for file in held {
                let rank = fileRanks[file]
                for chain in chains.chains[file] {
                    merger.add(State(data: chain.key.data, entry: trackPlaces ? Int32(file) : -1, origin: chain.key.origin),
                               WalkGroup(chain.tally).extended(by: rank, reaching: -1))
                }
            }
            return merger.finish()
        }
        for right in rightsOf[actor] where rightCounts[right] {
            forEachThrough(right, rightsAfter: j - 1, from: actor, below: below, override: override, avoiding: avoiding) {
                merger.add($0, $1)
            }
        }
        return merger.finish()
    }

    /// Replacements of the continuation layers for paths starting at `start`, which may not come
    /// back to it: only the actors whose continuations could pass through it are recomputed,
    /// and the layers themselves are shared.
    func overrides(avoiding start: Int) -> [[Int: [Entry]]] {
        var overrides = [[Int: [Entry]]](repeating: [:], count: continuations.count)
        guard finder.filters.maxHops >= 2 else { return overrides }
        for j in overrides.indices { overrides[j][start] = [] }
        var changed: Set<Int> = [start]
        var merger = Merger()
        for j in 1..<continuations.count {
            var next = Set<Int>()
            for other in changed {
                for right in rightsInto[other] where index.rightActor[right] != start { next.insert(index.rightActor[right]) }
            }
            changed = [start]
            for actor in next.sorted() {
                let value = continuation(of: actor, rights: j, below: continuations[j - 1], override: overrides[j - 1], avoiding: start, &merger)
                // Counts aside (routes may pass the start), an unchanged value changes nothing further.
                if !Self.sameOptima(value, overrides[j][actor] ?? continuations[j][actor]) { changed.insert(actor) }
                overrides[j][actor] = value
            }
        }
        return overrides
    }

    /// True when two continuations carry the same data with the same days and confidences.
    static func sameOptima(_ a: [Entry], _ b: [Entry]) -> Bool {
        guard a.count == b.count else { return false }
        var byState = [State: Tally](minimumCapacity: b.count)
        for entry in b { byState[entry.state] = entry.group.tally }
        return a.allSatisfy { entry in byState[entry.state].map { $0.sameOptima(entry.group.tally) } ?? false }
    }

    /// Every continuation that starts with `right` (of `actor`) and then uses exactly
    /// `rightsAfter` more rights (their layer `below`, some of it replaced by `override`),
    /// extended by the right.
    func forEachThrough(_ right: Int, rightsAfter: Int, from actor: Int, below: [[Entry]], override: [Int: [Entry]]?,
                        avoiding: Int, _ body: (State, WalkGroup) -> Void) {
        let limit = rightLimits[right]
        let rank = rightRanks[right]
        switch rightTarget[right] {
        case .file(let file)?:
            guard rightsAfter == 0, fileInScope[file] else { return }
            for chain in chains.chains[file] {
                let data = table.narrow(chain.key.data, by: limit)
                guard table.live[Int(data)] else { continue }
                body(State(data: data, entry: trackPlaces ? Int32(file) : -1, origin: chain.key.origin),
                     WalkGroup(chain.tally).extended(by: rank, reaching: -1))
            }
        case .actor(let other)?:
            guard other != actor, other != avoiding else { return }
            for entry in override?[other] ?? below[other] {
                var state = entry.state
                state.data = table.narrow(state.data, by: limit)
                guard table.live[Int(state.data)] else { continue }
                body(state, entry.group.extended(by: rank, reaching: other))
            }
        case nil:
            return
        }
    }

    /// A state as callers see it.
    func key(_ state: State) -> Key {
        Key(data: table.sets[Int(state.data)], entry: Int(state.entry), origin: Int(state.origin))
    }

    /// Every path (route) from `actor`, by first hop in a stable order: holdings, then rights
    /// in model order; for each, its rights, what it carries and its walks.
    func forEachStart(_ actor: Int, avoidingStart: Bool = false, _ body: (Hop, Int, Key, WalkGroup) -> Void) {
        for file in finder.startingHoldings(actor) {
            let rank = fileRanks[file]
            for chain in chains.chains[file] {
                body(.holds(file: file), 0, key(State(data: chain.key.data, entry: trackPlaces ? Int32(file) : -1, origin: chain.key.origin)),
                     WalkGroup(chain.tally).extended(by: rank, reaching: -1))
            }
        }
        let overrides = avoidingStart ? overrides(avoiding: actor) : nil
        for right in rightsOf[actor] where rightCounts[right] {
            for j in 0..<continuations.count {
                forEachThrough(right, rightsAfter: j, from: actor, below: continuations[j], override: overrides?[j], avoiding: actor) { state, group in
                    body(.right(right), 1 + j, key(state), group)
                }
            }
        }
    }
}

/// The summary of a row, accumulated path group by path group (see `RowSummary`).
struct RowAccumulator {
    var kinds = Set<String>()
    var fewestRights = Int.max
    var count = 0
    /// Per status level: earliest since, best confidence, and the leading first hop
    /// (earliest since, then fewest rights, then first in order).
    var since = [Int](repeating: .max, count: Tally.levels)
    var confidence = [Int](repeating: .max, count: Tally.levels)
    var leading = [(since: Int, rights: Int, hop: Hop)?](repeating: nil, count: Tally.levels)

    /// Adds a group of paths (or of walks that stand for paths): its count, its kind, and the
    /// days, confidences and rights of its paths.
    mutating func add(first hop: Hop, rights: Int, tally: Tally, kind: String) {
        add(first: hop, rights: rights, count: tally.count, optima: tally, kind: kind, avoidsStart: true)
    }

    /// Adds a group of walks: `count` of them, `optima` over those that stand for paths, and its
    /// kind when one of them avoids the start (and so is a path once loops are cut out).
    mutating func add(first hop: Hop, rights: Int, count walks: Int, optima: Tally, kind: String, avoidsStart: Bool) {
        count = Tally.add(count, walks)
        guard optima.since[Tally.levels - 1] != .max else { return }
        if avoidsStart, !kinds.contains(kind) { kinds.insert(kind) }
        fewestRights = min(fewestRights, rights)
        for s in 0..<Tally.levels where optima.since[s] != .max {
            since[s] = min(since[s], optima.since[s])
            confidence[s] = min(confidence[s], optima.confidence[s])
            // Equal days and rights: the first hop first in model order (holdings, then rights).
            if let best = leading[s], (best.since, best.rights) < (optima.since[s], rights)
                || ((best.since, best.rights) == (optima.since[s], rights) && !hop.sortKey.lexicographicallyPrecedes(best.hop.sortKey)) { continue }
            leading[s] = (optima.since[s], rights, hop)
        }
    }

    var isEmpty: Bool { kinds.isEmpty }
}

extension PathFinder {
    /// `holds`, or the right's kind.
    func kind(ofFirst hop: Hop) -> String {
        if case .right(let right) = hop { return index.model.rights[right].kind.rawValue }
        return HopKind.holds.rawValue
    }

    /// The finished summary of an accumulated row.
    func summary(_ row: RowAccumulator, dates: [Int: String]) -> RowSummary? {
        guard let level = row.since.firstIndex(where: { $0 != .max }), let leading = row.leading[level] else { return nil }
        let rank = row.confidence[level]
        let explained = index.explain(AccessPath(actor: 0, hops: [leading.hop], reached: []), filters: filters, language: language).hops[0]
        return RowSummary(how: row.kinds.sorted(), fewestRights: row.fewestRights, status: Status.allCases[level],
                          confidence: rank < Confidence.allCases.count && rank >= 0 ? Confidence.allCases[rank] : nil,
                          since: row.since[level] == .min ? nil : dates[row.since[level]],
                          basis: explained.basisText, basisID: explained.id, basisHop: explained.type, pathCount: row.count,
                          basisIdentified: explained.basis != nil || explained.type == .holds, basisNote: explained.basisNote,
                          sinceUnknown: explained.sinceUnknown, undatedName: explained.sinceUnknown ? explained.id ?? explained.to : nil,
                          basisInternal: explained.internal)
    }

    /// The text of every date of the model by its first day (the first record's spelling wins).
    func dateTexts() -> [Int: String] {
        var texts: [Int: String] = [:]
        func note(_ date: Located<ModelDate>?) {
            if let date, texts[date.value.firstDay] == nil { texts[date.value.firstDay] = date.value.description }
        }
        func note(_ standing: Standing) {
            note(standing.since)
            note(standing.until)
            for event in standing.history { note(event.date) }
        }
        for file in index.model.files { note(file.standing) }
        for right in index.model.rights { note(right.standing) }
        for flow in index.model.flows { note(flow.standing) }
        return texts
    }
}
