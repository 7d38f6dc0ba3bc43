/// Lists paths lazily, shortest first (fewest hops; equally long paths in search order:
/// holdings first, then rights in model order), up to a limit: iterative deepening, one
/// depth-first pass per length, pruned by a lower bound on the hops still needed, so memory
/// is the current path plus the paths kept.
struct PathLister {
    let finder: PathFinder
    let target: Subject?
    let limit: Int
    var found: [AccessPath] = []
    var steps = 0
    var truncated = false
    /// Set during a pass when some path may be longer than the pass's length.
    var deeper = false
    var length = 0
    var visitedActors: Set<Int> = []
    var visitedFiles: Set<Int> = []
    /// Fewest flow hops from a file to one whose own data answers (nil: never).
    let fileRemaining: [Int?]
    /// `actorRemaining[b][actor]`: fewest hops after a right reached the actor with `b` rights left.
    let actorRemaining: [[Int?]]

    var index: AccessIndex { finder.index }

    init(finder: PathFinder, target: Subject?, limit: Int) {
        self.finder = finder
        self.target = target
        self.limit = limit
        let index = finder.index
        var distance = [Int?](repeating: nil, count: index.fileIDs.count)
        var frontier: [Int] = []
        for file in index.fileIDs.indices where finder.fileExists[file] && finder.matches(index.fileData[file], target) {
            distance[file] = 0
            frontier.append(file)
        }
        var hops = 0
        while !frontier.isEmpty {
            hops += 1
            var next: [Int] = []
            for file in frontier {
                for flow in finder.flowsFrom[file] where distance[index.flowInto[flow]] == nil {
                    distance[index.flowInto[flow]] = hops
                    next.append(index.flowInto[flow])
                }
            }
            frontier = next
        }
        fileRemaining = distance
        func plusOne(_ value: Int?) -> Int? { value.map { $0 + 1 } }
        func least(_ a: Int?, _ b: Int?) -> Int? { guard let a else { return b }; guard let b else { return a }; return min(a, b) }
        var layers: [[Int?]] = []
        for left in 0..<finder.filters.maxHops {
            layers.append(index.actorIDs.indices.map { actor in
                guard let held = finder.heldFiles(actor) else { return 0 }
                var best: Int? = nil
                for file in held { best = least(best, plusOne(distance[file])) }
                guard left > 0 else { return best }
                for right in index.rightsOf[actor] where finder.rightCounts[right] {
                    switch index.rightTarget[right] {
                    case .file(let file)?: if finder.fileInScope[file] { best = least(best, plusOne(distance[file])) }
                    case .actor(let other)?: best = least(best, plusOne(layers[left - 1][other]))
                    case nil: break
                    }
                }
                return best
            })
        }
        actorRemaining = layers
    }

    /// The paths from `actor`, shortest first, at most `limit`.
    mutating func run(from actor: Int) {
        found = []
        steps = 0
        truncated = false
        length = 1
        while found.count < limit && !truncated {
            deeper = false
            visitedActors = [actor]
            fromStart(actor)
            if !deeper { break }
            length += 1
        }
        found = Array(found.prefix(limit))
    }

    /// True when a prefix of `count` hops with `remaining` still needed fits this pass; notes
    /// when it may fit a later one.
    mutating func fits(_ count: Int, _ remaining: Int?) -> Bool {
        guard let remaining else { return false }
        if count + remaining <= length { return true }
        deeper = true
        return false
    }

    mutating func step() -> Bool {
        steps += 1
        if steps > finder.stepBudget { truncated = true }
        return !truncated && found.count < limit
    }

    mutating func fromStart(_ actor: Int) {
        for file in finder.startingHoldings(actor) where fits(1, fileRemaining[file]) {
            fromFile(file, hops: [.holds(file: file)], limit: nil, start: actor)
        }
        rights(of: actor, hops: [], rightsUsed: 0, limit: nil, start: actor)
    }

    mutating func rights(of actor: Int, hops: [Hop], rightsUsed: Int, limit: [Int]?, start: Int) {
        guard rightsUsed < finder.filters.maxHops else { return }
        for right in index.rightsOf[actor] where finder.rightCounts[right] {
            guard step() else { return }
            let bound = index.combine(limit, index.rightData[right])
            if let bound, bound.isEmpty { continue }
            let path = hops + [.right(right)]
            switch index.rightTarget[right] {
            case .file(let file)?:
                guard finder.fileInScope[file], fits(path.count, fileRemaining[file]) else { continue }
                fromFile(file, hops: path, limit: bound, start: start)
            case .actor(let other)?:
                guard !visitedActors.contains(other),
                      fits(path.count, actorRemaining[finder.filters.maxHops - rightsUsed - 1][other]) else { continue }
                if let held = finder.heldFiles(other) {
                    for file in held where fits(path.count + 1, fileRemaining[file]) {
                        fromFile(file, hops: path + [.heldBy(file: file, actor: other)], limit: bound, start: start)
                    }
                } else if path.count == length, let bound, finder.matches(bound, target) {
                    found.append(AccessPath(actor: start, hops: path, reached: finder.answering(bound, target)))
                }
                visitedActors.insert(other)
                rights(of: other, hops: path, rightsUsed: rightsUsed + 1, limit: bound, start: start)
                visitedActors.remove(other)
            case nil:
                continue
            }
        }
    }

    mutating func fromFile(_ file: Int, hops: [Hop], limit: [Int]?, start: Int) {
        guard step() else { return }
        guard finder.matches(index.limit(finder.effectiveData[file], by: limit), target) else { return }
        if hops.count == length {
            let own = index.limit(index.fileData[file], by: limit)
            if finder.matches(own, target) {
                found.append(AccessPath(actor: start, hops: hops, reached: finder.answering(own, target)))
            }
        }
        guard hops.count < length else {
            if fileRemaining[file] != nil, !finder.flowsInto(file).isEmpty { deeper = true }
            return
        }
        visitedFiles.insert(file)
        defer { visitedFiles.remove(file) }
        for flow in index.flowsInto[file] where finder.flowCounts[flow] {
            let source = index.flowFrom[flow]
            guard !visitedFiles.contains(source), fits(hops.count + 1, fileRemaining[source]) else { continue }
            let bound = index.combine(limit, index.flowData[flow])
            if let bound, bound.isEmpty { continue }
            fromFile(source, hops: hops + [.flow(flow)], limit: bound, start: start)
        }
    }
}

extension PathFinder {
    /// Counting flows into a file.
    func flowsInto(_ file: Int) -> [Int] { index.flowsInto[file].filter { flowCounts[$0] } }

    /// Only the categories of `set` that answer the question (all of them without a target).
    func answering(_ set: [Int], _ target: Subject?) -> [Int] {
        guard let target else { return set }
        return set.filter { target.match(reached: $0, index) != nil }
    }

    /// True when some category of `set` matches `target` (any category without a target).
    func matches(_ set: [Int], _ target: Subject?) -> Bool {
        guard let target else { return !set.isEmpty }
        return set.contains { target.match(reached: $0, index) != nil }
    }

    /// Paths from `actor` (reaching `category`, or anything), shortest first, at most `limit`.
    public func listPaths(from actor: Int, matching category: Int? = nil, limit: Int) -> (paths: [AccessPath], truncated: Bool) {
        listPaths(fromEach: [actor], matching: category.map { .category($0, in: index) }, limit: limit)[0]
    }

    /// Paths from `actor` reaching one of the subject's categories, shortest first, at most `limit`.
    public func listPaths(from actor: Int, matching subject: Subject, limit: Int) -> (paths: [AccessPath], truncated: Bool) {
        listPaths(fromEach: [actor], matching: subject, limit: limit)[0]
    }

    /// The same for several actors, sharing the search's tables.
    func listPaths(fromEach actors: [Int], matching category: Subject?, limit: Int) -> [(paths: [AccessPath], truncated: Bool)] {
        guard limit > 0, !actors.isEmpty else { return actors.map { _ in ([], false) } }
        var lister = PathLister(finder: self, target: category, limit: limit)
        return actors.map { actor in
            guard startCounts[actor] else { return ([], false) }
            lister.run(from: actor)
            return (lister.found, lister.truncated)
        }
    }
}
