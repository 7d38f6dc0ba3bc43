@testable import Interco
import Testing

/// Properties of the queries, checked on thousands of random valid models.
/// A failure names its seed: `RandomModel.make(seed:)` rebuilds the model.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...2000)

    struct Case {
        let index: AccessIndex
        let days: [QueryFilters.Day]

        init(seed: UInt64) {
            index = AccessIndex(RandomModel.make(seed: seed))
            days = [.on(ModelDate(year: 2005)), .on(ModelDate(year: 2015, month: 6)), .on(ModelDate(year: 2025, month: 1, day: 1))]
        }

        func finder(_ day: QueryFilters.Day, statuses: Set<Status> = Status.queryDefault, hops: Int = 1,
                    purpose: String? = nil, about: String? = nil) -> PathFinder {
            PathFinder(index: index, filters: QueryFilters(day: day, statuses: statuses, purpose: purpose, about: about, maxHops: hops))
        }

        func who(_ category: Int, _ finder: PathFinder) -> Set<String> {
            Set(finder.whoCanReach(category).rows.map(\.actor.id.value))
        }
    }

    @Test func randomModelsAreValid() {
        for seed in Self.seeds.prefix(300) {
            let errors = Validator.validate(RandomModel.make(seed: seed)).filter { $0.severity == .error }
            #expect(errors.isEmpty, "seed \(seed): \(errors)")
        }
    }

    @Test func whoCanReachAgreesWithReach() {
        for seed in Self.seeds {
            let test = Case(seed: seed)
            let finder = test.finder(test.days[seed % 3 == 0 ? 0 : 2], statuses: seed % 2 == 0 ? Set(Status.allCases) : Status.queryDefault,
                                     hops: Int(seed % 3) + 1)
            let reached = test.index.actorIDs.indices.map { Set(finder.reach($0).rows.map { test.index.category($0.category.id.value)! }) }
            for category in test.index.categoryIDs.indices {
                let answer = test.who(category, finder)
                for actor in test.index.actorIDs.indices {
                    let viaReach = reached[actor].contains { test.index.match(reached: $0, queried: category) != nil }
                    #expect(answer.contains(test.index.actorIDs[actor]) == viaReach, "seed \(seed), actor \(actor), category \(category)")
                }
            }
        }
    }

    @Test func widerFiltersNeverRemoveAnAnswer() {
        for seed in Self.seeds {
            let test = Case(seed: seed)
            for category in test.index.categoryIDs.indices {
                let day = test.days[Int(seed) % 3]
                let base = test.who(category, test.finder(day))
                #expect(base.isSubset(of: test.who(category, test.finder(day, hops: 2))), "max-hops, seed \(seed)")
                #expect(base.isSubset(of: test.who(category, test.finder(day, statuses: Set(Status.allCases)))), "status all, seed \(seed)")
                // `any` is the latest state: that of a day after every event.
                #expect(test.who(category, test.finder(.any)) == test.who(category, test.finder(.on(ModelDate(year: 9999)))),
                        "at any, seed \(seed)")
                #expect(test.who(category, test.finder(day, purpose: "fraud")).isSubset(of: base), "purpose, seed \(seed)")
                #expect(test.who(category, test.finder(day, about: "p0")).isSubset(of: base), "about, seed \(seed)")
            }
        }
    }

    @Test func everyPathIsValidHopByHop() {
        for seed in Self.seeds {
            let test = Case(seed: seed)
            let finder = test.finder(test.days[Int(seed) % 3], statuses: seed % 2 == 0 ? Set(Status.allCases) : Status.queryDefault,
                                     hops: 2, purpose: seed % 5 == 0 ? "support" : nil)
            for actor in test.index.actorIDs.indices {
                for path in finder.listPaths(from: actor, limit: 50).paths {
                    #expect(Self.check(path, finder) == nil, "seed \(seed): \(Self.check(path, finder) ?? "")")
                }
            }
        }
    }

    /// Each summary field of `who-can-reach` equals what the enumerated paths give, by the
    /// definitions of docs/queries.md; the path count too where routes are paths (one right at
    /// most, no flow cycle).
    @Test func whoCanReachSummariesAgreeWithEnumeratedPaths() {
        for seed in Self.seeds.prefix(1200) {
            let test = Case(seed: seed)
            let hops = Int(seed % 3) + 1
            let finder = test.finder(test.days[Int(seed) % 3], statuses: seed % 2 == 0 ? Set(Status.allCases) : Status.queryDefault,
                                     hops: hops, purpose: seed % 7 == 0 ? "support" : nil)
            let exactCounts = hops == 1 && ReferencePaths.flowsAreAcyclic(finder)
            Self.expectSummariesAgree(test, finder, seed: seed, exactCounts: exactCounts)
        }
    }

    /// The same with many hops: walks that come back to their start are many, and past five
    /// hops a group cannot keep every actor its walks pass (the kinds then come from layers
    /// that avoid the start).
    @Test func whoCanReachSummariesAgreeWithEnumeratedPathsOverManyHops() {
        for seed in Self.seeds.prefix(300) {
            let test = Case(seed: seed)
            let finder = test.finder(test.days[Int(seed) % 3], statuses: Set(Status.allCases), hops: seed % 2 == 0 ? 4 : 7)
            Self.expectSummariesAgree(test, finder, seed: seed, exactCounts: false)
        }
    }

    /// Every who-can-reach row of `finder` against the paths enumerated for it: the same
    /// summary, a basis among the candidates, the widest match; path counts compared only when
    /// `exactCounts` (one hop over acyclic flows), else at least one.
    static func expectSummariesAgree(_ test: Case, _ finder: PathFinder, seed: UInt64, exactCounts: Bool) {
        let dates = finder.dateTexts()
        for category in test.index.categoryIDs.indices {
            let rows = Dictionary(uniqueKeysWithValues: finder.whoCanReach(category).rows.map { ($0.actor.id.value, $0) })
            for actor in test.index.actorIDs.indices {
                let paths = ReferencePaths.all(finder, from: actor, matching: category)
                let row = rows[test.index.actorIDs[actor]]
                let at = "seed \(seed) actor \(actor) category \(category)"
                guard let expected = ReferencePaths.expected(paths, finder) else {
                    #expect(row == nil, "\(at): a row without paths")
                    continue
                }
                guard let row else {
                    Issue.record("\(at): no row for \(paths.count) paths")
                    continue
                }
                var (actual, basis) = ReferencePaths.actual(row.summary, dates: dates)
                if !exactCounts { actual.count = expected.count }
                actual.basisCandidates = expected.basisCandidates
                #expect(actual == expected, "\(at)")
                #expect(expected.basisCandidates.contains(basis), "\(at): basis \(basis)")
                #expect(row.match == ReferencePaths.widestMatch(paths, category, test.index), "\(at): match")
                if !exactCounts { #expect(row.summary.pathCount >= 1, "\(at): count") }
            }
        }
    }

    /// `reach` has a row for exactly the (category, place) pairs of the enumerated paths, each
    /// with the summary those paths give.
    @Test func reachRowsAgreeWithEnumeratedPaths() {
        for seed in Self.seeds.prefix(1200) {
            let test = Case(seed: seed)
            let hops = Int(seed % 2) + 1
            let finder = test.finder(test.days[Int(seed) % 3], statuses: seed % 3 == 0 ? Set(Status.allCases) : Status.queryDefault, hops: hops)
            let dates = finder.dateTexts()
            let exactCounts = hops == 1 && ReferencePaths.flowsAreAcyclic(finder)
            for actor in test.index.actorIDs.indices {
                // Per place, the widest categories reached there, each with the paths that carry it.
                let byPlace = Dictionary(grouping: ReferencePaths.all(finder, from: actor)) { Self.place($0, test.index) }
                var grouped: [String: [AccessPath]] = [:]
                for (place, paths) in byPlace {
                    let widest = CategorySet.normalized(paths.flatMap(\.reached), enter: test.index.categoryEnter, exit: test.index.categoryExit)
                    for category in widest {
                        grouped[test.index.categoryIDs[category] + " @ " + place] = paths.filter { path in
                            path.reached.contains { test.index.categoryContains($0, category) }
                        }
                    }
                }
                let rows = finder.reach(actor).rows
                #expect(Set(rows.map { $0.category.id.value + " @ " + $0.place.text }) == Set(grouped.keys), "seed \(seed) actor \(actor)")
                for row in rows {
                    guard let paths = grouped[row.category.id.value + " @ " + row.place.text],
                          let expected = ReferencePaths.expected(paths, finder) else { continue }
                    var (actual, basis) = ReferencePaths.actual(row.summary, dates: dates)
                    if !exactCounts { actual.count = expected.count }
                    actual.basisCandidates = expected.basisCandidates
                    #expect(actual == expected, "seed \(seed) actor \(actor) \(row.category.id.value) @ \(row.place.text)")
                    #expect(expected.basisCandidates.contains(basis), "seed \(seed) basis")
                }
            }
        }
    }

    /// Where a path's data is, as `reach` names it: the file entered and, after flows, the origin.
    static func place(_ path: AccessPath, _ index: AccessIndex) -> String {
        var entry: String?
        var origin: String?
        for hop in path.hops {
            switch hop {
            case .holds(let file), .heldBy(let file, _): entry = index.fileIDs[file]
            case .right(let right):
                switch index.rightTarget[right] {
                case .file(let file)?: entry = index.fileIDs[file]
                case .actor(let actor)?: entry = index.actorIDs[actor]
                case nil: break
                }
            case .flow(let flow): origin = index.fileIDs[index.flowFrom[flow]]
            }
        }
        return (entry ?? "") + (origin.map { " ← " + $0 } ?? "")
    }

    /// `paths` lists the enumerated paths, shortest first, and counts them where routes are paths.
    @Test func pathsComeInNonDecreasingLengthAndAreTheEnumeratedOnes() {
        for seed in Self.seeds.prefix(800) {
            let test = Case(seed: seed)
            let finder = test.finder(.any, statuses: Set(Status.allCases), hops: Int(seed % 3) + 1)
            for actor in test.index.actorIDs.indices {
                for category in test.index.categoryIDs.indices {
                    let reference = ReferencePaths.all(finder, from: actor, matching: category)
                    let listed = finder.listPaths(from: actor, matching: category, limit: 10_000)
                    #expect(!listed.truncated)
                    #expect(zip(listed.paths, listed.paths.dropFirst()).allSatisfy { $0.hops.count <= $1.hops.count }, "seed \(seed)")
                    #expect(Set(listed.paths) == Set(reference) && listed.paths.count == reference.count, "seed \(seed) actor \(actor) category \(category)")
                    let limited = finder.listPaths(from: actor, matching: category, limit: 2).paths
                    #expect(limited == Array(listed.paths.prefix(2)), "seed \(seed): a limit keeps the shortest")
                    if finder.filters.maxHops == 1 && ReferencePaths.flowsAreAcyclic(finder) {
                        #expect(finder.paths(from: actor, to: category, limit: 1).total == reference.count, "seed \(seed) count")
                    }
                }
            }
        }
    }

    /// Re-derives a path's data from its hops, independently of the search; nil when it holds up.
    static func check(_ path: AccessPath, _ finder: PathFinder) -> String? {
        let index = finder.index
        var actor = path.actor
        var limit: [Int]? = nil
        var currentFile: Int?
        var endActor: Int?
        var visited: Set<Int> = [path.actor]
        var rights = 0
        for (step, hop) in path.hops.enumerated() {
            switch hop {
            case .holds(let file):
                guard step == 0, index.fileHolder[file] == actor, finder.fileInScope[file] else { return "bad holding" }
                currentFile = file
            case .right(let right):
                guard currentFile == nil, index.rightActor[right] == actor, finder.rightCounts[right] else { return "right \(right) does not count or is not \(actor)'s" }
                rights += 1
                limit = index.combine(limit, index.rightData[right])
                switch index.rightTarget[right] {
                case .file(let file)?:
                    guard finder.fileInScope[file] else { return "target file out of scope" }
                    currentFile = file
                case .actor(let other)?:
                    guard visited.insert(other).inserted else { return "actor visited twice" }
                    actor = other
                    endActor = other
                case nil: return "dangling target"
                }
            case .heldBy(let file, let holder):
                guard holder == actor, index.fileHolder[file] == holder, finder.fileInScope[file], currentFile == nil else { return "bad held-by" }
                currentFile = file
            case .flow(let flow):
                guard let file = currentFile, index.flowInto[flow] == file, finder.flowCounts[flow] else { return "flow \(flow) not into current file" }
                limit = index.combine(limit, index.flowData[flow])
                currentFile = index.flowFrom[flow]
            }
        }
        guard rights <= finder.filters.maxHops else { return "too many rights" }
        let expected: [Int]
        if let file = currentFile {
            expected = index.limit(index.fileData[file], by: limit)
        } else if let endActor, index.filesHeldBy[endActor].isEmpty, let limit {
            expected = limit
        } else {
            return "path ends nowhere"
        }
        return expected == path.reached ? nil : "reached \(path.reached) but hops give \(expected)"
    }

    @Test func dotIsIdenticalAcrossRuns() throws {
        let theme = try Theme.load("default").get()
        for seed in Self.seeds.prefix(500) {
            let test = Case(seed: seed)
            let finder = test.finder(.any, statuses: Set(Status.allCases), hops: 2)
            let builder = DiagramBuilder(finder: finder, theme: theme)
            let first = Subject.category(0, in: finder.index)
            let views: [DiagramView] = [.wholeMap, .whoCanReach(first), .reach(actor: 0), .paths(actor: 0, subject: first), .whoCanReach(.any(in: finder.index))]
            for view in views {
                #expect(DOTEncoder.encode(builder.graph(view)) == DOTEncoder.encode(builder.graph(view)), "seed \(seed)")
            }
        }
    }
}
