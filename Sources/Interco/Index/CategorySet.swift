/// Sets of categories kept normalised: sorted, without a category whose ancestor is also in the
/// set (reaching `financial` already covers `bank-accounts`).
enum CategorySet {
    /// `set` sorted and without covered descendants.
    static func normalized(_ set: [Int], enter: [Int], exit: [Int]) -> [Int] {
        let ordered = Array(Set(set)).sorted { enter[$0] < enter[$1] }
        var result: [Int] = []
        var openExit = -1  // exit time of the last kept category; descendants fall inside it
        for category in ordered {
            if enter[category] < openExit && exit[category] <= openExit { continue }
            result.append(category)
            openExit = exit[category]
        }
        return result.sorted()
    }
}

extension AccessIndex {
    /// `set` limited by `limit` along the tree: a category under a limit stays; a limit under a
    /// category replaces it (limiting `financial` by `[bank-accounts]` gives `bank-accounts`).
    /// A nil limit leaves the set as it is.
    func limit(_ set: [Int], by limit: [Int]?) -> [Int] {
        guard let limit else { return set }
        var result: [Int] = []
        for category in set {
            for bound in limit {
                if categoryContains(bound, category) {
                    result.append(category)
                } else if categoryContains(category, bound) {
                    result.append(bound)
                }
            }
        }
        return CategorySet.normalized(result, enter: categoryEnter, exit: categoryExit)
    }

    /// Two successive limits as one: what passes both.
    func combine(_ first: [Int]?, _ second: [Int]?) -> [Int]? {
        guard let first else { return second }
        guard let second else { return first }
        return limit(first, by: second)
    }

    /// How a reached category answers a question about `queried`.
    func match(reached: Int, queried: Int) -> Match? {
        if reached == queried { return .exact }
        if categoryContains(reached, queried) { return .broader }
        if categoryContains(queried, reached) { return .narrower }
        return nil
    }
}

/// How a reached category K answers a query about category C.
public enum Match: String, Sendable, Hashable, Comparable, CaseIterable {
    /// K is C.
    case exact
    /// K is an ancestor of C: the actor reaches all of K, so C.
    case broader
    /// K is a descendant of C: the actor reaches part of C.
    case narrower

    /// Exact first, then broader, then narrower.
    public static func < (lhs: Match, rhs: Match) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
