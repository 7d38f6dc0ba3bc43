@testable import Interco

/// A small deterministic random generator (SplitMix64), so that a failing seed can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random valid models: category and population trees, actors with units, files, rights to files
/// and to actors, flows (cycles included), dates, purposes and statuses.
enum RandomModel {
    static func make(seed: UInt64) -> Model {
        var random = SeededRandom(state: seed)
        let here = SourceLocation(file: "random-\(seed).yaml", line: 1, column: 1)
        func at<T>(_ value: T) -> Located<T> { Located(value, at: here) }
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
        func date() -> Located<ModelDate> {
            let year = Int.random(in: 2000...2030, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return at(ModelDate(year: year))
            case 1: return at(ModelDate(year: year, month: Int.random(in: 1...12, using: &random)))
            default: return at(ModelDate(year: year, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random)))
            }
        }
        func interval() -> (Located<ModelDate>?, Located<ModelDate>?) {
            var since = chance(0.5) ? date() : nil
            var until = chance(0.3) ? date() : nil
            if let s = since, let u = until, s.value.firstDay >= u.value.firstDay { (since, until) = (u, s) }
            if let s = since, let u = until, s.value.firstDay >= u.value.firstDay { until = nil }
            return (since, until)
        }
        var model = Model()
        model.sources = [Source(id: at("s"), title: Localized("S"), location: here)]
        let categoryCount = Int.random(in: 3...12, using: &random)
        for index in 0..<categoryCount {
            let parent = index > 0 && chance(0.7) ? at("c\(Int.random(in: 0..<index, using: &random))") : nil
            model.categories.append(DataCategory(id: at("c\(index)"), name: Localized("C\(index)"), parent: parent, sensitive: chance(0.2), location: here))
        }
        for index in 0..<Int.random(in: 1...5, using: &random) {
            let parent = index > 0 && chance(0.7) ? at("p\(Int.random(in: 0..<index, using: &random))") : nil
            model.populations.append(Population(id: at("p\(index)"), name: Localized("P\(index)"), parent: parent, location: here))
        }
        let actorCount = Int.random(in: 2...9, using: &random)
        for index in 0..<actorCount {
            let parent = index > 0 && chance(0.3) ? at("a\(Int.random(in: 0..<index, using: &random))") : nil
            model.actors.append(Actor(id: at("a\(index)"), name: Localized("A\(index)"), kind: pick(ActorKind.allCases.map { $0 }),
                                      partOf: parent, aka: [], sources: [], location: here))
        }
        func categories() -> [Located<String>] {
            (0..<Int.random(in: 1...3, using: &random)).map { _ in at("c\(Int.random(in: 0..<categoryCount, using: &random))") }
        }
        let fileCount = Int.random(in: 1...10, using: &random)
        for index in 0..<fileCount {
            let (since, until) = interval()
            let about = chance(0.4) ? [at("p\(Int.random(in: 0..<model.populations.count, using: &random))")] : []
            model.files.append(DataFile(id: at("f\(index)"), name: Localized("F\(index)"), heldBy: at("a\(Int.random(in: 0..<actorCount, using: &random))"),
                                        data: categories(), about: about,
                                        standing: Standing(since: since, until: until, status: chance(0.8) ? .inForce : pick(Status.allCases.map { $0 }),
                                                           sources: [at("s")]), location: here))
        }
        let holders = Set(model.files.map(\.heldBy.value))
        for index in 0..<Int.random(in: 1...20, using: &random) {
            let (since, until) = interval()
            let actor = "a\(Int.random(in: 0..<actorCount, using: &random))"
            var toFile = chance(0.6)
            var target = toFile ? "f\(Int.random(in: 0..<fileCount, using: &random))" : "a\(Int.random(in: 0..<actorCount, using: &random))"
            if target == actor {  // a right to oneself is invalid
                toFile = true
                target = "f\(Int.random(in: 0..<fileCount, using: &random))"
            }
            var data = chance(0.5) ? categories() : []
            if !toFile && !holders.contains(target) && data.isEmpty { data = categories() }
            model.rights.append(Right(id: at("r\(index)"), actor: at(actor), reaches: at(target),
                                      kind: pick(RightKind.allCases.map { $0 }), data: data,
                                      purposes: chance(0.5) ? [pick(["fraud", "support", "stats"])] : [],
                                      standing: Standing(since: since, until: until, status: chance(0.6) ? .inForce : pick(Status.allCases.map { $0 }),
                                                         sources: [at("s")]), location: here))
        }
        for index in 0..<Int.random(in: 0...8, using: &random) {
            let (since, until) = interval()
            model.flows.append(Flow(id: at("g\(index)"), from: at("f\(Int.random(in: 0..<fileCount, using: &random))"),
                                    into: at("f\(Int.random(in: 0..<fileCount, using: &random))"), data: chance(0.5) ? categories() : [],
                                    purposes: chance(0.3) ? [pick(["fraud", "support"])] : [],
                                    standing: Standing(since: since, until: until, status: chance(0.7) ? .inForce : pick(Status.allCases.map { $0 }),
                                                       sources: [at("s")]), location: here))
        }
        addHistories(&model, seed: seed, at: here)
        return model
    }

    /// Gives about a quarter of the files, rights and flows a written history of two or three
    /// events in date order (some of unknown first date, some changing the basis) instead of
    /// `since`/`until`, with its own generator so that the rest of the model stays as it was.
    static func addHistories(_ model: inout Model, seed: UInt64, at here: SourceLocation) {
        var random = SeededRandom(state: seed ^ 0x5EED_0F_415708)
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
        func history(basis: Bool) -> [HistoryEvent]? {
            guard chance(0.25) else { return nil }
            var day = Int.random(in: 2000...2020, using: &random)
            return (0..<Int.random(in: 2...3, using: &random)).map { number in
                day += Int.random(in: 1...5, using: &random)
                let status = chance(0.5) ? Status.inForce : Status.allCases[Int.random(in: 0..<Status.allCases.count, using: &random)]
                return HistoryEvent(date: number == 0 && chance(0.2) ? nil : Located(ModelDate(year: day), at: here),
                                    status: Located(status, at: here),
                                    basis: basis && chance(0.5) ? Located("text \(day)", at: here) : nil)
            }
        }
        func apply(_ standing: inout Standing, _ events: [HistoryEvent]?) {
            guard let events else { return }
            standing = Standing(sinceUnknown: events[0].date == nil, status: events.last!.status.value, sources: standing.sources,
                                history: events)
        }
        for index in model.files.indices { apply(&model.files[index].standing, history(basis: false)) }
        for index in model.rights.indices { apply(&model.rights[index].standing, history(basis: true)) }
        for index in model.flows.indices { apply(&model.flows[index].standing, history(basis: true)) }
    }
}
