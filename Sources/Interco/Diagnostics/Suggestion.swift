/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// How many unknown names of one kind get a suggestion in one run; the rest are counted. A
    /// model with 30 000 references to missing ids would otherwise compare each with every id.
    public static let perKindLimit = 100

    /// Candidates indexed by length in scalars, built once and searched many times: a word of
    /// length n is compared only with candidates whose length is within the threshold of n.
    public struct Index: Sendable {
        private var byLength: [Int: [(text: String, scalars: [Unicode.Scalar])]] = [:]

        /// Indexes `candidates`.
        public init<S: Sequence>(_ candidates: S) where S.Element == String {
            for candidate in candidates {
                let scalars = Array(candidate.unicodeScalars)
                byLength[scalars.count, default: []].append((candidate, scalars))
            }
        }

        /// The candidate closest to `word`, if it is close enough to be a likely typo (at most
        /// max(2, length / 3) edits); ties go to the smallest candidate.
        public func closest(to word: String) -> String? {
            let target = Array(word.unicodeScalars)
            let threshold = Swift.max(2, target.count / 3)
            var best: (text: String, distance: Int)?
            for length in Swift.max(0, target.count - threshold)...(target.count + threshold) {
                for candidate in byLength[length] ?? [] {
                    let bound = best?.distance ?? threshold
                    let distance = editDistance(target, candidate.scalars, bound: bound)
                    guard distance <= bound else { continue }
                    if let current = best, distance == current.distance, current.text <= candidate.text { continue }
                    best = (candidate.text, distance)
                }
            }
            return best?.text
        }
    }

    /// Suggestions for many unknown names of a few kinds (the sorts of id a reference may name):
    /// one `Index` per kind, built on first use; past `perKindLimit` names of a kind, no search,
    /// and `annotate` says on the first name left without a suggestion how many were.
    public struct Suggester<Kind: Hashable>: Sendable where Kind: Sendable {
        private var indexes: [Kind: Index] = [:]
        private var unknown: [Kind: (count: Int, firstUnsuggested: Int?)] = [:]

        /// Creates a suggester with no index yet.
        public init() {}

        /// `" (did you mean 'x'?)"` or nothing, for an unknown `word` of `kind` about to be
        /// reported as the diagnostic at `position`; `candidates` is read once per kind.
        public mutating func phrase(for word: String, kind: Kind, position: Int, candidates: () -> [String]) -> String {
            var seen = unknown[kind] ?? (0, nil)
            seen.count += 1
            defer { unknown[kind] = seen }
            guard seen.count <= perKindLimit else {
                if seen.firstUnsuggested == nil { seen.firstUnsuggested = position }
                return ""
            }
            if indexes[kind] == nil { indexes[kind] = Index(candidates()) }
            return Suggestion.phrase(indexes[kind]!.closest(to: word))
        }

        /// Adds to the first diagnostic of each kind left without a suggestion how many were.
        public func annotate(_ diagnostics: inout [Diagnostic]) {
            for seen in unknown.values {
                guard let first = seen.firstUnsuggested, diagnostics.indices.contains(first) else { continue }
                diagnostics[first].message += " (no suggestions past the first \(perKindLimit) unknown ids of this kind: "
                    + "\(seen.count - perKindLimit) more, this one included)"
            }
        }
    }

    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        Index(candidates).closest(to: word)
    }

    /// `" (did you mean 'x'?)"` or nothing.
    public static func phrase<S: Sequence>(for word: String, in candidates: S) -> String where S.Element == String {
        phrase(closest(to: word, in: candidates))
    }

    /// `" (did you mean 'x'?)"` for a found suggestion (shown through `SafeText`), or nothing.
    public static func phrase(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\(SafeText.escaped($0))'?)" } ?? ""
    }

    /// Levenshtein distance, giving up (returning `bound + 1`) once every cell of a row exceeds `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = Swift.min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
