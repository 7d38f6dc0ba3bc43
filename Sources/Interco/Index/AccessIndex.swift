/// The model as integer ids and adjacency arrays, built once and never changed, so that a query
/// is a traversal linear in what it visits.
///
/// Build it from a valid model: references that do not resolve are skipped, not trusted.
public struct AccessIndex: Sendable {
    /// The model the index was built from, for names, bases and sources.
    public let model: Model

    /// Category ids in model order; a category's integer id is its position.
    public let categoryIDs: [String]
    let categoryNumber: [String: Int]
    let categoryParent: [Int]
    /// Entry and exit times of a depth-first walk of the category tree: `a` is an ancestor of
    /// `b` exactly when `a`'s interval contains `b`'s.
    let categoryEnter: [Int]
    let categoryExit: [Int]

    let populationNumber: [String: Int]
    let populationParent: [Int]

    /// Actor ids in model order.
    public let actorIDs: [String]
    let actorNumber: [String: Int]
    let filesHeldBy: [[Int]]
    let rightsOf: [[Int]]

    /// File ids in model order.
    public let fileIDs: [String]
    let fileNumber: [String: Int]
    let fileHolder: [Int]
    let fileData: [[Int]]
    let fileAbout: [[Int]]
    let flowsInto: [[Int]]

    /// What a right reaches.
    enum Target: Hashable, Sendable { case file(Int), actor(Int) }
    let rightActor: [Int]
    let rightTarget: [Target?]
    /// nil: no limit.
    let rightData: [[Int]?]

    let flowFrom: [Int]
    let flowInto: [Int]
    let flowData: [[Int]?]

    let sourceNumber: [String: Int]

    /// Builds the index.
    public init(_ model: Model) {
        self.model = model
        func numbering(_ ids: [String]) -> [String: Int] {
            var table: [String: Int] = [:]
            table.reserveCapacity(ids.count)
            for (index, id) in ids.enumerated() where table[id] == nil { table[id] = index }
            return table
        }
        categoryIDs = model.categories.map(\.id.value)
        let categoryNumber = numbering(categoryIDs)
        self.categoryNumber = categoryNumber
        categoryParent = model.categories.map { $0.parent.flatMap { categoryNumber[$0.value] } ?? -1 }
        (categoryEnter, categoryExit) = Self.intervals(parents: categoryParent)

        let populationNumber = numbering(model.populations.map(\.id.value))
        self.populationNumber = populationNumber
        populationParent = model.populations.map { $0.parent.flatMap { populationNumber[$0.value] } ?? -1 }

        actorIDs = model.actors.map(\.id.value)
        let actorNumber = numbering(actorIDs)
        self.actorNumber = actorNumber
        fileIDs = model.files.map(\.id.value)
        let fileNumber = numbering(fileIDs)
        self.fileNumber = fileNumber

        func categories(_ ids: [Located<String>]) -> [Int] {
            ids.compactMap { categoryNumber[$0.value] }
        }
        var filesHeldBy = [[Int]](repeating: [], count: actorIDs.count)
        fileHolder = model.files.enumerated().map { index, file in
            let holder = actorNumber[file.heldBy.value] ?? -1
            if holder >= 0 { filesHeldBy[holder].append(index) }
            return holder
        }
        self.filesHeldBy = filesHeldBy
        fileAbout = model.files.map { $0.about.compactMap { populationNumber[$0.value] } }

        var rightsOf = [[Int]](repeating: [], count: actorIDs.count)
        // Fields are read in place: copying a right would retain a dozen strings.
        rightActor = model.rights.indices.map { index in
            let actor = actorNumber[model.rights[index].actor.value] ?? -1
            if actor >= 0 { rightsOf[actor].append(index) }
            return actor
        }
        self.rightsOf = rightsOf
        rightTarget = model.rights.indices.map { index in
            let reaches = model.rights[index].reaches.value
            if let file = fileNumber[reaches] { return .file(file) }
            if let actor = actorNumber[reaches] { return .actor(actor) }
            return nil
        }

        var flowsInto = [[Int]](repeating: [], count: fileIDs.count)
        flowFrom = model.flows.map { fileNumber[$0.from.value] ?? -1 }
        flowInto = model.flows.enumerated().map { index, flow in
            let into = fileNumber[flow.into.value] ?? -1
            if into >= 0 { flowsInto[into].append(index) }
            return into
        }
        self.flowsInto = flowsInto
        sourceNumber = numbering(model.sources.map(\.id.value))

        // Normalising needs the intervals, so it comes last.
        let enter = categoryEnter, exit = categoryExit
        func normal(_ set: [Int]) -> [Int] { CategorySet.normalized(set, enter: enter, exit: exit) }
        fileData = model.files.map { normal(categories($0.data)) }
        rightData = model.rights.indices.map { model.rights[$0].data.isEmpty ? nil : normal(categories(model.rights[$0].data)) }
        flowData = model.flows.map { $0.data.isEmpty ? nil : normal(categories($0.data)) }
    }

    /// Depth-first entry/exit times over a forest given by parent links (-1: root); iterative,
    /// so a deep tree cannot overflow the stack, and safe on cycles (a validated model has none).
    private static func intervals(parents: [Int]) -> ([Int], [Int]) {
        var children = [[Int]](repeating: [], count: parents.count)
        var roots: [Int] = []
        for (node, parent) in parents.enumerated() {
            if parent >= 0 { children[parent].append(node) } else { roots.append(node) }
        }
        var enter = [Int](repeating: -1, count: parents.count)
        var exit = [Int](repeating: -1, count: parents.count)
        var clock = 0
        var stack: [(node: Int, next: Int)] = []
        for root in roots {
            stack.append((root, 0))
            enter[root] = clock
            clock += 1
            while let top = stack.last {
                if top.next < children[top.node].count {
                    stack[stack.count - 1].next += 1
                    let child = children[top.node][top.next]
                    if enter[child] >= 0 { continue }
                    enter[child] = clock
                    clock += 1
                    stack.append((child, 0))
                } else {
                    exit[top.node] = clock
                    clock += 1
                    stack.removeLast()
                }
            }
        }
        // Nodes on a parent cycle are unreachable from any root: give them their own interval.
        for node in parents.indices where enter[node] < 0 {
            enter[node] = clock
            exit[node] = clock + 1
            clock += 2
        }
        return (enter, exit)
    }

    /// True when category `a` is `b` or one of its ancestors.
    func categoryContains(_ a: Int, _ b: Int) -> Bool {
        categoryEnter[a] <= categoryEnter[b] && categoryExit[b] <= categoryExit[a]
    }

    /// True when population `ancestor` is `population` or one of its ancestors.
    func population(_ ancestor: Int, contains population: Int) -> Bool {
        var current = population
        var steps = 0
        while current >= 0 && steps <= populationParent.count {
            if current == ancestor { return true }
            current = populationParent[current]
            steps += 1
        }
        return false
    }

    /// The integer id of a category, actor, file or population id.
    public func category(_ id: String) -> Int? { categoryNumber[id] }
    /// The integer id of an actor.
    public func actor(_ id: String) -> Int? { actorNumber[id] }
    /// The integer id of a file.
    public func file(_ id: String) -> Int? { fileNumber[id] }
    /// The integer id of a population.
    public func population(_ id: String) -> Int? { populationNumber[id] }
    /// The source record of a source id.
    public func source(_ id: String) -> Source? { sourceNumber[id].map { model.sources[$0] } }
}
