/// The search behind `who-can-reach` and `reach`: a backward dynamic programme over (actor,
/// rights still to use) states, each holding the tallies of the continuations from there by the
/// data they carry, on top of `ChainSearch` for flows. Its cost is the model's size times
/// `maxHops` times the number of distinct carried sets, whatever the number of paths.
///
/// Optima over walks (which may pass an actor or a file twice) equal optima over paths: cutting
/// the loop out of a walk leaves a path that carries at least as much, holds no later, is no
/// weaker and uses fewer rights, so the path chosen for a summary (fewest rights among the
/// best) is never a walk. Only the set of first-hop kinds can differ, when a walk comes back to
/// its start: those are checked on layers that avoid the start (`layers(avoiding:)`), only
/// when needed. Counts are of routes: a route that passes an actor twice (possible from
/// `--max-hops 2`, through its start) is counted; a listing never shows one.
struct ReachSearch {
    struct Key: Hashable {
        var data: CarriedData
        /// The file entered (held, reached by a right, or held by the body reached); for a third
        /// party holding no file, -2 - its actor number; -1 when not tracked.
        var entry: Int
        /// The file the data lies in, or -1.
        var origin: Int
    }

    let finder: PathFinder
    let universe: CategoryUniverse
    let relevant: CarriedData
    let rightBits: [CarriedData]
    let chains: ChainSearch
    /// `continuations[j][actor]`: after a right reached `actor`, the continuations using exactly `j` more rights.
    var continuations: [[[Key: Tally]]] = []
    let trackPlaces: Bool
    /// Counting rights to each actor.
    let rightsInto: [[Int]]
    let thirdParty: CarriedData

    var index: AccessIndex { finder.index }

    init(finder: PathFinder, universe: CategoryUniverse, relevant: CarriedData, trackPlaces: Bool) {
        self.finder = finder
        self.universe = universe
        self.relevant = relevant
        self.trackPlaces = trackPlaces
        let index = finder.index
        var cache: [[Int]?: CarriedData] = [:]
        func bits(_ set: [Int]?) -> CarriedData {
            if let known = cache[set] { return known }
            let computed = universe.bits(set, index)
            cache[set] = computed
            return computed
        }
        rightBits = index.rightData.indices.map { finder.rightCounts[$0] ? bits(index.rightData[$0]) : CarriedData(wordCount: universe.wordCount) }
        chains = ChainSearch(finder: finder, relevant: relevant, trackOrigin: trackPlaces,
                             fileBits: index.fileData.map { bits($0) },
                             flowBits: index.flowData.indices.map { finder.flowCounts[$0] ? bits(index.flowData[$0]) : CarriedData(wordCount: universe.wordCount) })
        let actorCount = index.actorIDs.count
        var rightsInto = [[Int]](repeating: [], count: actorCount)
        for right in index.rightTarget.indices where finder.rightCounts[right] && index.rightActor[right] >= 0 {
            if case .actor(let other)? = index.rightTarget[right] { rightsInto[other].append(right) }
        }
        self.rightsInto = rightsInto
        self.thirdParty = bits(nil)
        var layers: [[[Key: Tally]]] = []
        for j in 0..<finder.filters.maxHops {
            layers.append(index.actorIDs.indices.map { continuation(of: $0, rights: j, layers: layers, avoiding: -1) })
        }
        continuations = layers
    }

    /// The continuations after a right reached `actor` that use exactly `rights` more rights,
    /// never entering `avoiding`.
    func continuation(of actor: Int, rights j: Int, layers: [[[Key: Tally]]], avoiding: Int) -> [Key: Tally] {
        var result: [Key: Tally] = [:]
        guard j > 0 else {
            guard let held = finder.heldFiles(actor) else {
                return [Key(data: thirdParty, entry: trackPlaces ? -2 - actor : -1, origin: -1): .start]
            }
            for file in held {
                let standing = finder.standing(.heldBy(file: file, actor: actor))
                for chain in chains.chains[file] {
                    result.add(Key(data: chain.key.data, entry: trackPlaces ? file : -1, origin: chain.key.origin),
                               chain.tally.extended(by: standing))
                }
            }
            return result
        }
        for right in index.rightsOf[actor] where finder.rightCounts[right] {
            forEachThrough(right, rightsAfter: j - 1, from: actor, layers: layers, avoiding: avoiding) { key, tally in result.add(key, tally) }
        }
        return result
    }

    /// The continuation layers for paths starting at `start`, which may not come back to it:
    /// only the actors whose continuations could pass through it are recomputed.
    func layers(avoiding start: Int) -> [[[Key: Tally]]] {
        var layers = continuations
        guard finder.filters.maxHops >= 2 else { return layers }
        for j in layers.indices { layers[j][start] = [:] }
        var changed: Set<Int> = [start]
        for j in 1..<layers.count {
            var next = Set<Int>()
            for other in changed {
                for right in rightsInto[other] where index.rightActor[right] != start { next.insert(index.rightActor[right]) }
            }
            changed = [start]
            for actor in next.sorted() {
                let value = continuation(of: actor, rights: j, layers: layers, avoiding: start)
                // Counts aside (routes may pass the start), an unchanged value changes nothing further.
                if !Self.sameOptima(value, layers[j][actor]) { changed.insert(actor) }
                layers[j][actor] = value
            }
        }
        return layers
    }

    /// True when two continuations carry the same data with the same days and confidences.
    static func sameOptima(_ a: [Key: Tally], _ b: [Key: Tally]) -> Bool {
        a.count == b.count && a.allSatisfy { key, tally in
            guard let other = b[key] else { return false }
            return tally.since == other.since && tally.confidence == other.confidence
        }
    }

    /// Every continuation that starts with `right` (of `actor`) and then uses exactly
    /// `rightsAfter` more rights, extended by the right.
    func forEachThrough(_ right: Int, rightsAfter: Int, from actor: Int, layers: [[[Key: Tally]]], avoiding: Int,
                        _ body: (Key, Tally) -> Void) {
        let limit = rightBits[right]
        let standing = finder.standing(.right(right))
        switch index.rightTarget[right] {
        case .file(let file)?:
            guard rightsAfter == 0, finder.fileInScope[file] else { return }
            for chain in chains.chains[file] {
                let data = chain.key.data.intersection(limit)
                guard data.intersects(relevant) else { continue }
                body(Key(data: data, entry: trackPlaces ? file : -1, origin: chain.key.origin), chain.tally.extended(by: standing))
            }
        case .actor(let other)?:
            guard other != actor, other != avoiding else { return }
            for (key, tally) in layers[rightsAfter][other] {
                var narrowed = key
                narrowed.data = key.data.intersection(limit)
                guard narrowed.data.intersects(relevant) else { continue }
                body(narrowed, tally.extended(by: standing))
            }
        case nil:
            return
        }
    }

    /// Every path (route) from `actor`, by first hop in a stable order: holdings, then rights
    /// in model order; for each, its rights, what it carries and its tally.
    func forEachStart(_ actor: Int, avoidingStart: Bool = false, _ body: (Hop, Int, Key, Tally) -> Void) {
        for file in finder.startingHoldings(actor) {
            let standing = finder.standing(.holds(file: file))
            for chain in chains.chains[file] {
                body(.holds(file: file), 0, Key(data: chain.key.data, entry: trackPlaces ? file : -1, origin: chain.key.origin),
                     chain.tally.extended(by: standing))
            }
        }
        let layers = avoidingStart ? layers(avoiding: actor) : continuations
        for right in index.rightsOf[actor] where finder.rightCounts[right] {
            for j in 0..<finder.filters.maxHops {
                forEachThrough(right, rightsAfter: j, from: actor, layers: layers, avoiding: actor) { key, tally in
                    body(.right(right), 1 + j, key, tally)
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

    /// Kinds seen on a group that cannot come back to the start (no right after the first reaches an actor).
    var directKinds = Set<String>()

    /// True when some kind may only come from walks that come back to the start.
    var needsKindCheck: Bool { kinds != directKinds }

    mutating func add(first hop: Hop, rights: Int, tally: Tally, kind: String) {
        guard tally.count > 0 || tally.strongestLevel != nil else { return }
        kinds.insert(kind)
        if rights <= 1 { directKinds.insert(kind) }
        fewestRights = min(fewestRights, rights)
        count = Tally.add(count, tally.count)
        for s in 0..<Tally.levels where tally.since[s] != .max {
            since[s] = min(since[s], tally.since[s])
            confidence[s] = min(confidence[s], tally.confidence[s])
            if let best = leading[s], (best.since, best.rights) <= (tally.since[s], rights) { continue }
            leading[s] = (tally.since[s], rights, hop)
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
        let explained = index.explain(AccessPath(actor: 0, hops: [leading.hop], reached: []), language: language).hops[0]
        return RowSummary(how: row.kinds.sorted(), fewestRights: row.fewestRights, status: Status.allCases[level],
                          confidence: rank < Confidence.allCases.count && rank >= 0 ? Confidence.allCases[rank] : nil,
                          since: row.since[level] == .min ? nil : dates[row.since[level]],
                          basis: explained.basisText, basisID: explained.id, basisHop: explained.type, pathCount: row.count,
                          basisIdentified: explained.basis != nil || explained.type == .holds, basisNote: explained.basisNote,
                          sinceUnknown: explained.sinceUnknown, undatedName: explained.sinceUnknown ? explained.id ?? explained.to : nil)
    }

    /// The text of every date of the model by its first day (the first record's spelling wins).
    func dateTexts() -> [Int: String] {
        var texts: [Int: String] = [:]
        func note(_ date: Located<ModelDate>?) {
            if let date, texts[date.value.firstDay] == nil { texts[date.value.firstDay] = date.value.description }
        }
        for file in index.model.files { note(file.since) }
        for right in index.model.rights { note(right.since) }
        for flow in index.model.flows { note(flow.since) }
        return texts
    }
}
