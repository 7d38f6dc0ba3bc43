/// Enumerates the paths by which actors reach data, under filters.
///
/// Built once per query: it decides which files, rights and flows count, and computes the
/// effective data of every file (declared data plus what flows in, to a fixed point), which
/// also prunes searches for a category early.
public struct PathFinder: Sendable {
    /// The index queried.
    public let index: AccessIndex
    /// The filters applied.
    public let filters: QueryFilters
    /// Most search steps one query may take before it stops and says its answer is truncated.
    public var stepBudget: Int

    let fileExists: [Bool]
    let fileInScope: [Bool]
    let rightCounts: [Bool]
    let flowCounts: [Bool]
    /// Declared data plus data flowing in (counting flows only), normalised.
    let effectiveData: [[Int]]

    /// Prepares a query.
    public init(index: AccessIndex, filters: QueryFilters, stepBudget: Int = 2_000_000) {
        self.index = index
        self.filters = filters
        self.stepBudget = stepBudget
        let model = index.model
        let exists = model.files.map {
            ($0.status == .inForce || filters.statuses.contains($0.status)) && filters.inForce(since: $0.since, until: $0.until)
        }
        fileExists = exists
        let aboutNumber = filters.about.flatMap { index.population($0) }
        fileInScope = model.files.enumerated().map { number, file in
            guard exists[number] else { return false }
            guard let aboutNumber, !index.fileAbout[number].isEmpty else { return true }
            return index.fileAbout[number].contains { index.population($0, contains: aboutNumber) }
        }
        rightCounts = model.rights.indices.map {
            filters.statuses.contains(model.rights[$0].status) && filters.inForce(since: model.rights[$0].since, until: model.rights[$0].until)
                && filters.purposeCounts(model.rights[$0].purposes)
        }
        let flows = model.flows.enumerated().map { number, flow in
            filters.statuses.contains(flow.status) && filters.inForce(since: flow.since, until: flow.until)
                && filters.purposeCounts(flow.purposes)
                && index.flowFrom[number] >= 0 && exists[index.flowFrom[number]]
        }
        flowCounts = flows
        effectiveData = Self.fixedPoint(index: index, exists: exists, flowCounts: flows)
    }

    /// Effective data of every file: a worklist over flows until nothing grows (flows may cycle).
    private static func fixedPoint(index: AccessIndex, exists: [Bool], flowCounts: [Bool]) -> [[Int]] {
        var data = index.fileData.enumerated().map { exists[$0.offset] ? $0.element : [] }
        var flowsFrom = [[Int]](repeating: [], count: index.fileIDs.count)
        for (flow, from) in index.flowFrom.enumerated() where from >= 0 && flowCounts[flow] {
            flowsFrom[from].append(flow)
        }
        var pending = Array(index.fileIDs.indices)
        var queued = [Bool](repeating: true, count: index.fileIDs.count)
        while let file = pending.popLast() {
            queued[file] = false
            for flow in flowsFrom[file] {
                let target = index.flowInto[flow]
                guard target >= 0, exists[target] else { continue }
                let incoming = index.limit(data[file], by: index.flowData[flow])
                let merged = CategorySet.normalized(data[target] + incoming, enter: index.categoryEnter, exit: index.categoryExit)
                if merged != data[target] {
                    data[target] = merged
                    if !queued[target] {
                        queued[target] = true
                        pending.append(target)
                    }
                }
            }
        }
        return data
    }

    /// The result of an enumeration.
    public struct Paths: Sendable {
        /// Paths found, shortest first (fewest rights, then fewest hops), then in a stable order.
        public var paths: [AccessPath]
        /// True when the step budget ran out: more paths may exist.
        public var truncated: Bool
    }

    /// Every path from `actor`, or only those reaching something that matches `category`.
    public func paths(from actor: Int, matching category: Int? = nil) -> Paths {
        var search = Search(finder: self, target: category)
        search.visitedActors[actor] = true
        search.fromActor(actor, hops: [], rightsUsed: 0, limit: nil, start: actor)
        search.found.sort(by: shorter)
        return Paths(paths: search.found, truncated: search.steps > stepBudget)
    }

    /// Orders paths: fewest rights, then the most solid status (an in-force path before a
    /// censured one as long), fewest hops, then by their hops, for determinism.
    func shorter(_ a: AccessPath, _ b: AccessPath) -> Bool {
        if a.rights != b.rights { return a.rights < b.rights }
        let (statusA, statusB) = (weakestStatus(a), weakestStatus(b))
        if statusA != statusB { return statusA < statusB }
        if a.hops.count != b.hops.count { return a.hops.count < b.hops.count }
        for (x, y) in zip(a.hops, b.hops) where x != y { return x.sortKey.lexicographicallyPrecedes(y.sortKey) }
        return a.reached.lexicographicallyPrecedes(b.reached)
    }

    /// The weakest status along a path (files, rights and flows), as `PathReport.status`.
    func weakestStatus(_ path: AccessPath) -> Status {
        path.hops.map { hop -> Status in
            switch hop {
            case .holds(let file), .heldBy(let file, _): index.model.files[file].status
            case .right(let right): index.model.rights[right].status
            case .flow(let flow): index.model.flows[flow].status
            }
        }.max() ?? .inForce
    }

    /// Only the categories of `set` that answer the question (all of them without a target).
    func answering(_ set: [Int], _ target: Int?) -> [Int] {
        guard let target else { return set }
        return set.filter { index.match(reached: $0, queried: target) != nil }
    }

    /// True when some category of `set` matches `target` (always true without a target).
    func matches(_ set: [Int], _ target: Int?) -> Bool {
        guard let target else { return !set.isEmpty }
        return set.contains { index.match(reached: $0, queried: target) != nil }
    }

    /// A depth-first enumeration with its own budget and visited sets.
    private struct Search {
        let finder: PathFinder
        let target: Int?
        var found: [AccessPath] = []
        var steps = 0
        var visitedActors: [Int: Bool] = [:]
        var visitedFiles: [Int: Bool] = [:]

        var index: AccessIndex { finder.index }

        mutating func fromActor(_ actor: Int, hops: [Hop], rightsUsed: Int, limit: [Int]?, start: Int) {
            if hops.isEmpty {
                for file in index.filesHeldBy[actor] where finder.fileInScope[file] {
                    fromFile(file, hops: [.holds(file: file)], limit: nil, start: start)
                }
            }
            guard rightsUsed < finder.filters.maxHops else { return }
            for right in index.rightsOf[actor] where finder.rightCounts[right] {
                steps += 1
                if steps > finder.stepBudget { return }
                let bound = index.combine(limit, index.rightData[right])
                if let bound, bound.isEmpty { continue }
                let path = hops + [.right(right)]
                switch index.rightTarget[right] {
                case .file(let file)?:
                    guard finder.fileInScope[file] else { continue }
                    fromFile(file, hops: path, limit: bound, start: start)
                case .actor(let other)?:
                    guard visitedActors[other] != true else { continue }
                    let held = index.filesHeldBy[other]
                    if held.isEmpty {
                        if let bound, finder.matches(bound, target) {
                            found.append(AccessPath(actor: start, hops: path, reached: finder.answering(bound, target)))
                        }
                    } else {
                        for file in held where finder.fileInScope[file] {
                            fromFile(file, hops: path + [.heldBy(file: file, actor: other)], limit: bound, start: start)
                        }
                    }
                    visitedActors[other] = true
                    fromActor(other, hops: path, rightsUsed: rightsUsed + 1, limit: bound, start: start)
                    visitedActors[other] = false
                case nil:
                    continue
                }
            }
        }

        mutating func fromFile(_ file: Int, hops: [Hop], limit: [Int]?, start: Int) {
            steps += 1
            guard steps <= finder.stepBudget else { return }
            guard finder.matches(index.limit(finder.effectiveData[file], by: limit), target) else { return }
            let own = index.limit(index.fileData[file], by: limit)
            if finder.matches(own, target) {
                found.append(AccessPath(actor: start, hops: hops, reached: finder.answering(own, target)))
            }
            visitedFiles[file] = true
            defer { visitedFiles[file] = false }
            for flow in index.flowsInto[file] where finder.flowCounts[flow] {
                let source = index.flowFrom[flow]
                guard visitedFiles[source] != true else { continue }
                let bound = index.combine(limit, index.flowData[flow])
                if let bound, bound.isEmpty { continue }
                fromFile(source, hops: hops + [.flow(flow)], limit: bound, start: start)
            }
        }
    }
}

extension Hop {
    /// A total order on hops, for deterministic sorting of equally short paths.
    var sortKey: [Int] {
        switch self {
        case .holds(let file): [0, file]
        case .right(let right): [1, right]
        case .heldBy(let file, let actor): [2, file, actor]
        case .flow(let flow): [3, flow]
        }
    }
}
