/// Data carried along a path, as a set of bits over a universe of categories.
///
/// A normalised category set stands for the categories it names and all their descendants (a
/// downset of the tree); limiting is then intersection and merging is union, so a path's data
/// is the intersection of the downsets of its file's data and of every limit on the way. Only
/// the categories of the universe are tracked: all of them for `reach`, those comparable with
/// the category asked about for `who-can-reach`.
struct CategoryUniverse {
    /// The categories tracked, by bit position.
    let members: [Int]
    /// Bit position of each category, -1 when not tracked.
    let position: [Int]
    /// The bit that says "no limit applied yet" (a right to a third party with no `data`
    /// reaches nothing).
    var unbounded: Int { members.count }
    let wordCount: Int

    init(members: [Int], categoryCount: Int) {
        self.members = members
        var position = [Int](repeating: -1, count: categoryCount)
        for (bit, category) in members.enumerated() { position[category] = bit }
        self.position = position
        wordCount = (members.count + 1 + 63) / 64
    }

    /// Every category.
    static func all(_ index: AccessIndex) -> CategoryUniverse {
        CategoryUniverse(members: Array(index.categoryIDs.indices), categoryCount: index.categoryIDs.count)
    }

    /// The categories comparable with `category`: itself, its ancestors, its descendants.
    static func around(_ category: Int, _ index: AccessIndex) -> CategoryUniverse {
        let members = index.categoryIDs.indices.filter {
            index.categoryContains($0, category) || index.categoryContains(category, $0)
        }
        return CategoryUniverse(members: members, categoryCount: index.categoryIDs.count)
    }

    /// The categories comparable with one of a subject's: every category for `any`.
    static func around(_ subject: Subject, _ index: AccessIndex) -> CategoryUniverse {
        if subject.kind == .any { return all(index) }
        if subject.categories.count == 1 { return around(subject.categories[0], index) }
        let members = index.categoryIDs.indices.filter { member in
            subject.categories.contains { index.categoryContains(member, $0) || index.categoryContains($0, member) }
        }
        return CategoryUniverse(members: members, categoryCount: index.categoryIDs.count)
    }

    /// The downset of a set, within the universe; nil (no limit) is every bit, `unbounded` included.
    func bits(_ set: [Int]?, _ index: AccessIndex) -> CarriedData {
        var result = CarriedData(wordCount: wordCount)
        guard let set else {
            for bit in 0...unbounded { result.insert(bit) }
            return result
        }
        for (bit, member) in members.enumerated() where set.contains(where: { index.categoryContains($0, member) }) {
            result.insert(bit)
        }
        return result
    }

    /// The bits of the members under `category` (itself included).
    func subtree(_ category: Int, _ index: AccessIndex) -> CarriedData {
        var result = CarriedData(wordCount: wordCount)
        for (bit, member) in members.enumerated() where index.categoryContains(category, member) { result.insert(bit) }
        return result
    }

    /// The bits of the members under one of a subject's categories.
    func subtree(_ subject: Subject, _ index: AccessIndex) -> CarriedData {
        var result = CarriedData(wordCount: wordCount)
        for category in subject.categories { result.formUnion(subtree(category, index)) }
        return result
    }

    /// The categories a downset reaches, normalised (its top elements), or nothing while unbounded.
    func reached(_ data: CarriedData, _ index: AccessIndex) -> [Int] {
        guard !data.contains(unbounded) else { return [] }
        return members.enumerated().compactMap { bit, member in
            guard data.contains(bit) else { return nil }
            let parent = index.categoryParent[member]
            if parent >= 0, position[parent] >= 0, data.contains(position[parent]) { return nil }
            return member
        }
    }
}

/// A set of bits of a `CategoryUniverse`.
struct CarriedData: Hashable {
    var words: [UInt64]

    init(wordCount: Int) { words = [UInt64](repeating: 0, count: wordCount) }

    mutating func insert(_ bit: Int) { words[bit >> 6] |= 1 << UInt64(bit & 63) }
    func contains(_ bit: Int) -> Bool { words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    func intersection(_ other: CarriedData) -> CarriedData {
        var result = self
        for word in words.indices { result.words[word] &= other.words[word] }
        return result
    }

    mutating func formUnion(_ other: CarriedData) {
        for word in words.indices { words[word] |= other.words[word] }
    }

    func intersects(_ other: CarriedData) -> Bool {
        words.indices.contains { words[$0] & other.words[$0] != 0 }
    }
}

/// What a set of paths (or walks) amounts to, kept per search state and combined hop by hop:
/// how many there are, and for each status level (the strongest status `s` a path may be no
/// weaker than) the earliest day from which one of them holds and the best confidence.
///
/// A path holds from the latest `since` of its hops; its status is the weakest of its hops'
/// statuses, and its confidence the weakest of its hops' (unstated is weaker than `disputed`).
struct Tally {
    /// Paths counted, saturating at `Tally.saturation`.
    var count: Int
    /// Per status level: earliest since as `ModelDate.firstDay` (`Int.min`: no hop states a
    /// date), or `Int.max` when no path of that level exists.
    var since: [Int]
    /// Per status level: best confidence rank (0 official … 5 unstated, -1 no hop yet), or `Int.max`.
    var confidence: [Int]

    static let levels = Status.allCases.count
    /// Counts stop here: "more than 1 000 000".
    static let saturation = 1_000_001

    /// One path of no hops.
    static let start = Tally(count: 1, since: [Int](repeating: .min, count: levels), confidence: [Int](repeating: -1, count: levels))

    /// The tally of these paths with one more hop of `standing`.
    func extended(by standing: HopStanding) -> Tally {
        var result = self
        let level = Status.allCases.firstIndex(of: standing.status)!
        let day = standing.since?.firstDay ?? .min
        let rank = standing.confidence.map { Confidence.allCases.firstIndex(of: $0)! } ?? Confidence.allCases.count
        for s in 0..<Self.levels {
            if s < level || since[s] == .max {
                result.since[s] = .max
                result.confidence[s] = .max
            } else {
                result.since[s] = max(since[s], day)
                result.confidence[s] = max(confidence[s], rank)
            }
        }
        return result
    }

    /// Both sets of paths together.
    mutating func merge(_ other: Tally) {
        count = Self.add(count, other.count)
        for s in 0..<Self.levels {
            since[s] = min(since[s], other.since[s])
            confidence[s] = min(confidence[s], other.confidence[s])
        }
    }

    /// Paths made of one of `self` followed by one of `other` (their hops are disjoint).
    func followed(by other: Tally) -> Tally {
        var result = self
        result.count = Self.multiply(count, other.count)
        for s in 0..<Self.levels {
            if since[s] == .max || other.since[s] == .max {
                result.since[s] = .max
                result.confidence[s] = .max
            } else {
                result.since[s] = max(since[s], other.since[s])
                result.confidence[s] = max(confidence[s], other.confidence[s])
            }
        }
        return result
    }

    /// The strongest status level some path reaches, if any.
    var strongestLevel: Int? { since.firstIndex { $0 != .max } }

    static func add(_ a: Int, _ b: Int) -> Int { min(saturation, a + b) }
    static func multiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? saturation : min(saturation, product)
    }
}

extension Dictionary where Value == Tally {
    /// Adds the tally of more paths under `data`.
    mutating func add(_ data: Key, _ tally: Tally) {
        if self[data] == nil { self[data] = tally } else { self[data]!.merge(tally) }
    }
}
