/// Data carried along a path, as a set of bits over a universe of categories.
///
/// A normalised category set stands for the categories it names and all their descendants (a
/// downset of the tree); limiting is then intersection and merging is union, so a path's data
/// is the intersection of the downsets of its file's data and of every limit on the way. Only
/// the categories of the universe are tracked: all of them for `reach`, those that tell how a
/// set meets the category asked about for `who-can-reach` (`around`).
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

    /// What `who-can-reach` and `paths` track about `category`: its leaves (a downset meets the
    /// category's subtree exactly when it holds one of them), the category itself (an exact
    /// match) and its parent (a broader one). Other categories of the subtree say nothing more,
    /// so sets that differ only there are one state of the search, not several.
    static func around(_ category: Int, _ index: AccessIndex) -> CategoryUniverse {
        var hasChild = [Bool](repeating: false, count: index.categoryIDs.count)
        for parent in index.categoryParent where parent >= 0 { hasChild[parent] = true }
        let members = index.categoryIDs.indices.filter {
            $0 == category || $0 == index.categoryParent[category]
                || (!hasChild[$0] && index.categoryContains(category, $0))
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

/// Carried-data sets, interned: each distinct set is stored once and known by its number, and
/// narrowing a set by a limit is computed once per (set, limit) pair, so that the searches hash,
/// compare and store small numbers instead of bit vectors.
final class CarriedDataTable {
    /// The sets, by number.
    private(set) var sets: [CarriedData] = []
    /// Per set: it meets the relevant bits (a state that does not is dropped).
    private(set) var live: [Bool] = []
    private var numbers: [CarriedData: Int32] = [:]
    private var narrowings: [UInt64: Int32] = [:]
    let relevant: CarriedData

    /// The number standing for "no limit" (narrowing by it changes nothing).
    static let noLimit: Int32 = -1

    init(relevant: CarriedData) { self.relevant = relevant }

    /// The number of a set.
    func number(_ data: CarriedData) -> Int32 {
        if let known = numbers[data] { return known }
        let number = Int32(sets.count)
        sets.append(data)
        live.append(data.intersects(relevant))
        numbers[data] = number
        return number
    }

    /// The number of `set` limited by the set numbered `limit` (or `noLimit`).
    func narrow(_ set: Int32, by limit: Int32) -> Int32 {
        guard limit != Self.noLimit else { return set }
        let pair = UInt64(UInt32(bitPattern: set)) << 32 | UInt64(UInt32(bitPattern: limit))
        if let known = narrowings[pair] { return known }
        let result = number(sets[Int(set)].intersection(sets[Int(limit)]))
        narrowings[pair] = result
        return result
    }
}

/// What a set of paths (or walks) amounts to, kept per search state and combined hop by hop:
/// how many there are, and for each status level (the strongest status `s` a path may be no
/// weaker than) the earliest day from which one of them holds and the best confidence.
///
/// A path holds from the latest `since` of its hops; its status is the weakest of its hops'
/// statuses, and its confidence the weakest of its hops' (unstated is weaker than `disputed`).
/// The per-level values live inline (no heap storage), since the searches keep one tally per
/// state.
struct Tally {
    /// Room for one value per status level (one slot to spare).
    typealias PerLevel = InlineArray<7, Int>

    /// Paths counted, saturating at `Tally.saturation`.
    var count: Int
    /// Per status level: earliest since as `ModelDate.firstDay` (`Int.min`: no hop states a
    /// date), or `Int.max` when no path of that level exists.
    var since: PerLevel
    /// Per status level: best confidence rank (0 official … 5 unstated, -1 no hop yet), or `Int.max`.
    var confidence: PerLevel

    /// The number of status levels (`PerLevel` has room for each).
    static let levels = Status.allCases.count
    /// Counts stop here: "more than 1 000 000".
    static let saturation = 1_000_001

    /// One path of no hops.
    static let start = Tally(count: 1, since: PerLevel(repeating: .min), confidence: PerLevel(repeating: -1))

    /// No path.
    static let none = Tally(count: 0, since: PerLevel(repeating: .max), confidence: PerLevel(repeating: .max))

    /// The tally of these paths with one more hop of `standing`.
    func extended(by standing: HopStanding) -> Tally { extended(by: HopRank(standing)) }

    /// The tally of these paths with one more hop of that rank.
    func extended(by hop: HopRank) -> Tally {
        var result = self
        for s in 0..<Self.levels {
            if s < hop.level || since[s] == .max {
                result.since[s] = .max
                result.confidence[s] = .max
            } else {
                result.since[s] = max(since[s], hop.day)
                result.confidence[s] = max(confidence[s], hop.rank)
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

    /// True when both give the same days and confidences at every level (counts aside).
    func sameOptima(_ other: Tally) -> Bool {
        for s in 0..<Self.levels where since[s] != other.since[s] || confidence[s] != other.confidence[s] { return false }
        return true
    }

    /// The strongest status level some path reaches, if any.
    var strongestLevel: Int? { (0..<Self.levels).first { since[$0] != .max } }

    static func add(_ a: Int, _ b: Int) -> Int { min(saturation, a + b) }
}

/// A hop's standing as the tallies use it: its status level, its first day and its confidence rank.
struct HopRank {
    var level: Int
    var day: Int
    var rank: Int

    init(_ standing: HopStanding) {
        level = Status.allCases.firstIndex(of: standing.status)!
        day = standing.since?.firstDay ?? .min
        rank = standing.confidence.map { Confidence.allCases.firstIndex(of: $0)! } ?? Confidence.allCases.count
    }
}

extension Dictionary where Value == Tally {
    /// Adds the tally of more paths under `data`.
    mutating func add(_ data: Key, _ tally: Tally) {
        if self[data] == nil { self[data] = tally } else { self[data]!.merge(tally) }
    }
}

/// A group of walks as a start sees it: their tally, and what a start needs beyond it to keep
/// to paths (which never come back to their start):
/// - the actors every walk passes after the first hop's target (`mandatory`), so that a start
///   knows whether one of them avoids it;
/// - per status level, the best since and confidence without the walks that end at any one
///   third party (a third party holding no file, reached by a right): the value, the third
///   party whose walks alone give it (-1: none, or several), and the best value without them.
struct WalkGroup {
    var tally: Tally
    /// Sorted; `mandatoryCount` -1 when there were more than it holds (then unknown).
    var mandatory: InlineArray<4, Int32>
    var mandatoryCount: Int8
    var sinceEnd: InlineArray<7, Int32>
    var sinceSecond: Tally.PerLevel
    var confidenceEnd: InlineArray<7, Int32>
    var confidenceSecond: Tally.PerLevel

    /// Walks that end at no third party and pass no actor.
    init(_ tally: Tally) {
        self.tally = tally
        mandatory = InlineArray(repeating: -1)
        mandatoryCount = 0
        sinceEnd = InlineArray(repeating: -1)
        sinceSecond = Tally.PerLevel(repeating: .max)
        confidenceEnd = InlineArray(repeating: -1)
        confidenceSecond = Tally.PerLevel(repeating: .max)
    }

    /// The walk of no hops that ends at the third party `actor`.
    static func ending(at actor: Int) -> WalkGroup {
        var group = WalkGroup(.start)
        group.sinceEnd = InlineArray(repeating: Int32(actor))
        group.confidenceEnd = InlineArray(repeating: Int32(actor))
        return group
    }

    /// These walks after one more hop of that rank, which reaches `actor` (-1: no actor).
    func extended(by hop: HopRank, reaching actor: Int) -> WalkGroup {
        var result = self
        result.tally = tally.extended(by: hop)
        for s in 0..<Tally.levels {
            let killed = s < hop.level
            if killed || result.tally.since[s] == .max { result.sinceEnd[s] = -1; result.confidenceEnd[s] = -1 }
            result.sinceSecond[s] = killed || sinceSecond[s] == .max ? .max : max(sinceSecond[s], hop.day)
            result.confidenceSecond[s] = killed || confidenceSecond[s] == .max ? .max : max(confidenceSecond[s], hop.rank)
        }
        if actor >= 0 { result.insertMandatory(Int32(actor)) }
        return result
    }

    private mutating func insertMandatory(_ actor: Int32) {
        guard mandatoryCount >= 0 else { return }
        let count = Int(mandatoryCount)
        var position = 0
        while position < count && mandatory[position] < actor { position += 1 }
        if position < count && mandatory[position] == actor { return }
        guard count < 4 else { mandatoryCount = -1; return }
        var index = count
        while index > position { mandatory[index] = mandatory[index - 1]; index -= 1 }
        mandatory[position] = actor
        mandatoryCount += 1
    }

    /// Both groups together.
    mutating func merge(_ other: WalkGroup) {
        for s in 0..<Tally.levels {
            (sinceEnd[s], sinceSecond[s]) = Self.merged(tally.since[s], sinceEnd[s], sinceSecond[s],
                                                        other.tally.since[s], other.sinceEnd[s], other.sinceSecond[s])
            (confidenceEnd[s], confidenceSecond[s]) = Self.merged(tally.confidence[s], confidenceEnd[s], confidenceSecond[s],
                                                                  other.tally.confidence[s], other.confidenceEnd[s], other.confidenceSecond[s])
        }
        tally.merge(other.tally)
        mergeMandatory(other)
    }

    /// The end and second best of two (best, end, second) triples merged.
    private static func merged(_ a: Int, _ aEnd: Int32, _ aSecond: Int, _ b: Int, _ bEnd: Int32, _ bSecond: Int) -> (Int32, Int) {
        if a < b { return aEnd < 0 ? (-1, .max) : (aEnd, min(aSecond, bEnd == aEnd ? bSecond : b)) }
        if b < a { return bEnd < 0 ? (-1, .max) : (bEnd, min(bSecond, aEnd == bEnd ? aSecond : a)) }
        return aEnd == bEnd && aEnd >= 0 ? (aEnd, min(aSecond, bSecond)) : (-1, .max)
    }

    private mutating func mergeMandatory(_ other: WalkGroup) {
        // What two groups both pass is unknown when it is for either of them.
        guard mandatoryCount >= 0, other.mandatoryCount >= 0 else { mandatoryCount = -1; return }
        var kept: Int8 = 0
        for index in 0..<Int(mandatoryCount) where other.passes(mandatory[index]) {
            mandatory[Int(kept)] = mandatory[index]
            kept += 1
        }
        mandatoryCount = kept
    }

    /// True when `actor` is among the kept actors that every walk passes.
    func passes(_ actor: Int32) -> Bool {
        for index in 0..<max(0, Int(mandatoryCount)) where mandatory[index] == actor { return true }
        return false
    }

    /// True when some walk never passes `actor`; nil when that is not known.
    func avoids(_ actor: Int) -> Bool? {
        mandatoryCount < 0 ? nil : !passes(Int32(actor))
    }

    /// The tally's days and confidences without the walks that end at the third party `actor`
    /// (its count stays that of every walk).
    func optima(withoutEndingAt actor: Int) -> Tally {
        var result = tally
        let end = Int32(actor)
        for s in 0..<Tally.levels {
            if sinceEnd[s] == end { result.since[s] = sinceSecond[s] }
            if confidenceEnd[s] == end { result.confidence[s] = confidenceSecond[s] }
        }
        return result
    }
}
