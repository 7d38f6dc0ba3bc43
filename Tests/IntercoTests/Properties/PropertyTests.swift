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
                #expect(base.isSubset(of: test.who(category, test.finder(.any))), "at any, seed \(seed)")
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
                for path in finder.paths(from: actor).paths {
                    #expect(Self.check(path, finder) == nil, "seed \(seed): \(Self.check(path, finder) ?? "")")
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
            let builder = DiagramBuilder(finder: test.finder(.any, statuses: Set(Status.allCases), hops: 2), theme: theme)
            let views: [DiagramView] = [.wholeMap, .whoCanReach(category: 0), .reach(actor: 0), .paths(actor: 0, category: 0)]
            for view in views {
                #expect(DOTEncoder.encode(builder.graph(view)) == DOTEncoder.encode(builder.graph(view)), "seed \(seed)")
            }
        }
    }
}
