@testable import Interco

/// The reference the searches are checked against: every simple path, enumerated depth first
/// (exponential; only for small models), and the summaries computed from them by the
/// definitions in docs/queries.md.
enum ReferencePaths {
    /// Every path from `actor`, or only those reaching something that matches `category`.
    static func all(_ finder: PathFinder, from actor: Int, matching category: Int? = nil) -> [AccessPath] {
        var search = Search(finder: finder, target: category.map { .category($0, in: finder.index) })
        search.visitedActors = [actor]
        search.fromActor(actor, hops: [], rightsUsed: 0, limit: nil, start: actor)
        return search.found
    }

    private struct Search {
        let finder: PathFinder
        let target: Subject?
        var found: [AccessPath] = []
        var visitedActors: Set<Int> = []
        var visitedFiles: Set<Int> = []
        var index: AccessIndex { finder.index }

        mutating func fromActor(_ actor: Int, hops: [Hop], rightsUsed: Int, limit: [Int]?, start: Int) {
            if hops.isEmpty {
                for file in index.filesHeldBy[actor] where finder.fileInScope[file] {
                    fromFile(file, hops: [.holds(file: file)], limit: nil, start: start)
                }
            }
            guard rightsUsed < finder.filters.maxHops else { return }
            for right in index.rightsOf[actor] where finder.rightCounts[right] {
                let bound = index.combine(limit, index.rightData[right])
                let path = hops + [.right(right)]
                switch index.rightTarget[right] {
                case .file(let file)?:
                    guard finder.fileInScope[file] else { continue }
                    fromFile(file, hops: path, limit: bound, start: start)
                case .actor(let other)?:
                    guard !visitedActors.contains(other) else { continue }
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
                    visitedActors.insert(other)
                    fromActor(other, hops: path, rightsUsed: rightsUsed + 1, limit: bound, start: start)
                    visitedActors.remove(other)
                case nil:
                    continue
                }
            }
        }

        mutating func fromFile(_ file: Int, hops: [Hop], limit: [Int]?, start: Int) {
            let own = index.limit(index.fileData[file], by: limit)
            if finder.matches(own, target) {
                found.append(AccessPath(actor: start, hops: hops, reached: finder.answering(own, target)))
            }
            visitedFiles.insert(file)
            defer { visitedFiles.remove(file) }
            for flow in index.flowsInto[file] where finder.flowCounts[flow] {
                let source = index.flowFrom[flow]
                guard !visitedFiles.contains(source) else { continue }
                fromFile(source, hops: hops + [.flow(flow)], limit: index.combine(limit, index.flowData[flow]), start: start)
            }
        }
    }

    /// A summary computed from paths by the documented definitions; `basisCandidates` lists
    /// every first-hop basis that the definition allows (ties).
    struct Expected: Equatable, CustomStringConvertible {
        var how: [String]
        var fewestRights: Int
        var status: Status
        var confidence: Confidence?
        var since: Int?
        var count: Int
        var basisCandidates: Set<String>

        var description: String {
            "how \(how) hops \(fewestRights) \(status) \(confidence?.rawValue ?? "-") since \(since ?? 0) count \(count) bases \(basisCandidates)"
        }
    }

    static func expected(_ paths: [AccessPath], _ finder: PathFinder) -> Expected? {
        guard !paths.isEmpty else { return nil }
        let index = finder.index
        struct Facts { var status: Status; var since: Int?; var confidence: Int; var rights: Int; var kind: String; var basis: String }
        let facts = paths.map { path -> Facts in
            let standings = path.hops.map { finder.standing($0) }
            let since = standings.compactMap { $0.since?.firstDay }.max()
            let confidence = standings.map { $0.confidence.map { Confidence.allCases.firstIndex(of: $0)! } ?? Confidence.allCases.count }.max()!
            let first = path.hops[0]
            let kind: String = if case .right(let right) = first { index.model.rights[right].kind.rawValue } else { "holds" }
            let basis = index.explain(AccessPath(actor: path.actor, hops: [first], reached: []), filters: finder.filters, language: .en).hops[0].basisText ?? "holds the file"
            return Facts(status: standings.map(\.status).max()!, since: since, confidence: confidence, rights: path.rights, kind: kind, basis: basis)
        }
        let status = facts.map(\.status).min()!
        let strongest = facts.filter { $0.status == status }
        let since = strongest.map(\.since).min { ($0 ?? .min) < ($1 ?? .min) }!
        let earliest = strongest.filter { $0.since == since }
        let rights = earliest.map(\.rights).min()!
        let rank = strongest.map(\.confidence).min()!
        return Expected(how: Set(facts.map(\.kind)).sorted(), fewestRights: facts.map(\.rights).min()!, status: status,
                        confidence: rank < Confidence.allCases.count ? Confidence.allCases[rank] : nil, since: since,
                        count: paths.count, basisCandidates: Set(earliest.filter { $0.rights == rights }.map(\.basis)))
    }

    /// The same fields read from an answer's summary.
    static func actual(_ summary: RowSummary, dates: [Int: String]) -> (Expected, String) {
        let since = summary.since.map { text in dates.first { $0.value == text }!.key }
        return (Expected(how: summary.how, fewestRights: summary.fewestRights, status: summary.status, confidence: summary.confidence,
                         since: since, count: summary.pathCount, basisCandidates: []),
                summary.basis ?? "holds the file")
    }

    /// The widest match of paths with `category`, as rows report it.
    static func widestMatch(_ paths: [AccessPath], _ category: Int, _ index: AccessIndex) -> Match {
        let matches = paths.flatMap { path in path.reached.compactMap { index.match(reached: $0, queried: category) } }
        if matches.contains(.broader) { return .broader }
        return matches.contains(.exact) ? .exact : .narrower
    }

    /// True when no counting flow is on a cycle (then route counts are exact path counts).
    static func flowsAreAcyclic(_ finder: PathFinder) -> Bool {
        let index = finder.index
        let successors = finder.flowsFrom.map { $0.map { index.flowInto[$0] } }
        let selfLoops = successors.enumerated().contains { $0.element.contains($0.offset) }
        return !selfLoops && StronglyConnected.components(successors).allSatisfy { $0.count == 1 }
    }
}
