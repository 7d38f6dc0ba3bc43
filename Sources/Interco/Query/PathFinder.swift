/// The query machinery under filters, built once per query: which files, rights and flows
/// count, the effective data of every file, and what each hop stands on.
///
/// Answers (`whoCanReach`, `reach`, `paths`) come from searches over (actor or file, rights
/// used, data carried) states whose cost grows with the model's size times `maxHops`, never
/// with the number of paths; paths themselves are only listed on request, shortest first and
/// up to a limit (`PathLister`).
public struct PathFinder: Sendable {
    /// The index queried.
    public let index: AccessIndex
    /// The filters applied.
    public let filters: QueryFilters
    /// Which model the answers are about.
    public let model: ModelIdentity
    /// Most search steps one path listing may take before it stops and says it is truncated.
    public var stepBudget: Int
    /// The language answers give the model's texts in (names, notes): the reader's.
    public var language: Language = .en

    let fileExists: [Bool]
    /// Actors a path may start from (`actorKinds`).
    let startCounts: [Bool]
    /// What each file, right and flow stands on under the filters (its state on the day); nil
    /// when it does not count.
    let fileStandings: [HopStanding?]
    let rightStandings: [HopStanding?]
    let flowStandings: [HopStanding?]
    let fileInScope: [Bool]
    let rightCounts: [Bool]
    let flowCounts: [Bool]
    /// Declared data plus data flowing in (counting flows only), normalised.
    let effectiveData: [[Int]]
    /// Counting flows out of each file (the file data comes from), by flow number.
    let flowsFrom: [[Int]]

    /// Prepares a query.
    public init(index: AccessIndex, filters: QueryFilters, model: ModelIdentity = .unnamed, stepBudget: Int = 2_000_000) {
        self.index = index
        self.filters = filters
        self.model = model
        self.stepBudget = stepBudget
        let records = index.model
        let without = filters.without
        func standing(_ record: Standing, also: Status? = nil) -> HopStanding? {
            filters.counted(record, also: also).map { HopStanding(status: $0.state.status.value, since: $0.since, confidence: record.confidence) }
        }
        // Files in force count whatever the statuses asked: the question is who reaches them.
        fileStandings = records.files.map { standing($0.standing, also: .inForce) }
        rightStandings = records.rights.map { standing($0.standing) }
        flowStandings = records.flows.map { standing($0.standing) }
        let fileStandings = fileStandings
        let exists = records.files.indices.map {
            fileStandings[$0] != nil && !without.contains(records.files[$0].id.value) && !without.contains(records.files[$0].heldBy.value)
        }
        fileExists = exists
        startCounts = records.actors.map { filters.actorCounts($0.kind) && !without.contains($0.id.value) }
        let aboutNumber = filters.about.flatMap { index.population($0) }
        fileInScope = records.files.enumerated().map { number, file in
            guard exists[number] else { return false }
            guard let aboutNumber, !index.fileAbout[number].isEmpty else { return true }
            return index.fileAbout[number].contains { index.population($0, contains: aboutNumber) }
        }
        let rightStandings = rightStandings
        rightCounts = records.rights.indices.map {
            rightStandings[$0] != nil && filters.purposeCounts(records.rights[$0].purposes) && filters.kindCounts(records.rights[$0].kind)
                && !Self.takenOut(records.rights[$0], filters)
        }
        let flowStandings = flowStandings
        let flows = records.flows.enumerated().map { number, flow in
            flowStandings[number] != nil && filters.purposeCounts(flow.purposes)
                && !(flow.id.map { without.contains($0.value) } ?? false) && !filters.basisTakenOut(flow.basis)
                && index.flowFrom[number] >= 0 && exists[index.flowFrom[number]]
                && index.flowInto[number] >= 0 && exists[index.flowInto[number]]
        }
        flowCounts = flows
        var from = [[Int]](repeating: [], count: index.fileIDs.count)
        for (flow, source) in index.flowFrom.enumerated() where flows[flow] { from[source].append(flow) }
        flowsFrom = from
        effectiveData = Self.effectiveData(index: index, exists: exists, flowCounts: flows, flowsFrom: from)
    }

    /// True when the what-if takes the right out: by its id, its actor's, the actor it reaches
    /// or its basis (a file it reaches that is taken out is out of scope already).
    private static func takenOut(_ right: Right, _ filters: QueryFilters) -> Bool {
        guard filters.isWhatIf else { return false }
        return right.id.map { filters.without.contains($0.value) } ?? false || filters.without.contains(right.actor.value)
            || filters.without.contains(right.reaches.value) || filters.basisTakenOut(right.basis)
    }

    /// True when a path of the model as it is still holds under this finder's what-if: its
    /// start, and every file, right and flow it uses, still count.
    public func keeps(_ path: AccessPath) -> Bool {
        guard startCounts[path.actor] else { return false }
        return path.hops.allSatisfy { hop in
            switch hop {
            case .holds(let file), .heldBy(let file, _): fileInScope[file]
            case .right(let right): rightCounts[right]
            case .flow(let flow): flowCounts[flow]
            }
        }
    }

    /// The rights and flows that count, by number: what a diagram of a what-if compares.
    public func counts(right: Int) -> Bool { rightCounts[right] }
    public func counts(flow: Int) -> Bool { flowCounts[flow] }

    /// Effective data of every file, computed once on the condensation of the flow graph: the
    /// strongly connected components in topological order (sources first), each brought to its
    /// fixed point before any file it feeds is looked at, so a flow cycle costs one pass.
    private static func effectiveData(index: AccessIndex, exists: [Bool], flowCounts: [Bool], flowsFrom: [[Int]]) -> [[Int]] {
        var data = index.fileData.enumerated().map { exists[$0.offset] ? $0.element : [] }
        let successors = flowsFrom.map { $0.map { index.flowInto[$0] } }
        // Tarjan's order lists a component after every component it reaches: reversed, sources first.
        for component in StronglyConnected.components(successors).reversed() {
            let members = Set(component)
            // Data flowing in from earlier components is final; within the component, iterate.
            var pending = component
            var queued = members
            for file in component {
                for flow in index.flowsInto[file] where flowCounts[flow] && !members.contains(index.flowFrom[flow]) {
                    merge(into: file, flow: flow)
                }
            }
            while let file = pending.popLast() {
                queued.remove(file)
                for flow in flowsFrom[file] where members.contains(index.flowInto[flow]) {
                    let target = index.flowInto[flow]
                    if merge(into: target, flow: flow), queued.insert(target).inserted { pending.append(target) }
                }
            }
        }
        return data

        @discardableResult
        func merge(into target: Int, flow: Int) -> Bool {
            let incoming = index.limit(data[index.flowFrom[flow]], by: index.flowData[flow])
            let merged = CategorySet.normalized(data[target] + incoming, enter: index.categoryEnter, exit: index.categoryExit)
            guard merged != data[target] else { return false }
            data[target] = merged
            return true
        }
    }

    /// What a hop stands on: the status on the day, the day it has counted from and the
    /// confidence of the record it uses (the file for a holding, the right, the flow). The one
    /// place the search reads them.
    func standing(_ hop: Hop) -> HopStanding {
        let model = index.model
        switch hop {
        case .holds(let file), .heldBy(let file, _):
            return fileStandings[file] ?? HopStanding(model.files[file].standing)
        case .right(let right):
            return rightStandings[right] ?? HopStanding(model.rights[right].standing)
        case .flow(let flow):
            return flowStandings[flow] ?? HopStanding(model.flows[flow].standing)
        }
    }

    /// The files a path starting at `actor` may begin by holding (none when holdings do not count).
    func startingHoldings(_ actor: Int) -> [Int] {
        guard filters.holdings else { return [] }
        return index.filesHeldBy[actor].filter { fileInScope[$0] }
    }

    /// A file, right or flow as it stands on the filters' day: the status of its state that day
    /// (when it has one), so that diagrams draw what the answer counts.
    public func onDay<Record: HasStanding>(_ record: Record) -> Record { statusOnDay(record) }

    private func statusOnDay<Record: HasStanding>(_ record: Record) -> Record {
        guard let state = filters.state(of: record.standing) else { return record }
        var result = record
        result.status = state.status.value
        return result
    }

    /// A right as it stands on the filters' day: its status, and its basis when that day's event gives one.
    public func onDay(_ right: Right) -> Right {
        var result = statusOnDay(right)
        if let basis = filters.state(of: right.standing)?.basis { result.basis = basis.value }
        return result
    }

    /// A flow as it stands on the filters' day: its status, and its basis when that day's event gives one.
    public func onDay(_ flow: Flow) -> Flow {
        var result = statusOnDay(flow)
        if let basis = filters.state(of: flow.standing)?.basis { result.basis = basis.value }
        return result
    }

    /// The files an actor reached by a right gives, or nil when it holds none (a third party).
    func heldFiles(_ actor: Int) -> [Int]? {
        let held = index.filesHeldBy[actor]
        return held.isEmpty ? nil : held.filter { fileInScope[$0] }
    }
}

/// What a hop stands on, for summaries.
struct HopStanding {
    var status: Status
    var since: ModelDate?
    var confidence: Confidence?
}

extension HopStanding {
    /// The record's written status and start, for a hop that does not count (never searched).
    init(_ standing: Standing) { self.init(status: standing.status, since: standing.since?.value, confidence: standing.confidence) }
}

/// Which model an answer is about, so that a pasted answer says so.
public struct ModelIdentity: Sendable, Hashable {
    /// A human description: "the shipped model", or the paths read.
    public var description: String

    /// True for the model shipped with interco, which text answers name in the reader's language.
    public var shipped = false

    /// The model files' fingerprint (`ModelFingerprint`), when known: which version answered.
    public var fingerprint: String?

    /// Creates an identity.
    public init(description: String, shipped: Bool = false, fingerprint: String? = nil) {
        self.description = description
        self.shipped = shipped
        self.fingerprint = fingerprint
    }

    /// A model with nothing said about it (library callers that do not name theirs).
    public static let unnamed = ModelIdentity(description: "model")
}

/// Strongly connected components of a graph given by successor lists (Tarjan's algorithm,
/// iterative so a long chain cannot overflow the stack). A component comes after every
/// component it reaches.
enum StronglyConnected {
    static func components(_ successors: [[Int]]) -> [[Int]] {
        let count = successors.count
        var number = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var clock = 0
        var work: [(node: Int, next: Int)] = []
        for root in 0..<count where number[root] < 0 {
            work.append((root, 0))
            while let top = work.last {
                let node = top.node
                if top.next == 0 && number[node] < 0 {
                    number[node] = clock
                    low[node] = clock
                    clock += 1
                    stack.append(node)
                    onStack[node] = true
                }
                if top.next < successors[node].count {
                    work[work.count - 1].next += 1
                    let next = successors[node][top.next]
                    if number[next] < 0 {
                        work.append((next, 0))
                    } else if onStack[next] {
                        low[node] = min(low[node], number[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[node]) }
                if low[node] == number[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
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
