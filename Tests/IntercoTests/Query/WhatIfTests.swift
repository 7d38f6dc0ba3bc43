@testable import Interco
import Testing

/// What-if (`WhatIf.swift`, `QueryFilters.without`, `withoutBasis`) on `Fixtures/query/reach-ways.yaml`:
/// what is taken out stops counting, and the answer names what it loses against the model as it is.
@Suite struct WhatIfTests {
    let index = AccessIndex(Fixtures.model("query/reach-ways.yaml"))
    var day: QueryFilters.Day { .on(try! ModelDate.parse("2024-01-01").get()) }

    func finder(without: Set<String> = [], basis: String? = nil) -> PathFinder {
        var filters = QueryFilters(day: day)
        filters.without = without
        filters.withoutBasis = basis
        return PathFinder(index: index, filters: filters)
    }

    var financial: Subject { .category(index.category("financial")!, in: index) }

    @Test func aRightTakenOutLosesTheActorItAloneGave() {
        let answer = finder(without: ["r-file"]).whoCanReachComparing(.category(index.category("bank-accounts")!, in: index))
        #expect(answer.rows.map(\.actor.id.value) == ["tax"])
        #expect(answer.lost?.map(\.actor.id.value) == ["agency.fraud"])
    }

    @Test func anActorTakenOutTakesItsFilesAndTheRightsToThem() {
        let answer = finder(without: ["tax"]).whoCanReachComparing(.category(index.category("bank-accounts")!, in: index))
        #expect(answer.rows.isEmpty)
        #expect(answer.lost?.map(\.actor.id.value) == ["tax", "agency.fraud"])
    }

    @Test func aBasisTakesOutEveryRightThatCitesIt() {
        let answer = finder(basis: "l5312-13").whoCanReachComparing(financial, listing: 5)
        #expect(answer.rows.map(\.actor.id.value) == ["tax", "agency.fraud"])
        #expect(answer.rows[1].summary.how == ["consultation"])
        #expect(answer.lost?.isEmpty == true)
        #expect(answer.lostPaths.map { $0.hops.compactMap(\.id) } == [["r-banks"]])
    }

    @Test func pathsCountWhatTheyLose() {
        let fraud = index.actor("agency.fraud")!
        let before = finder().pathsComparing(from: fraud, to: financial, limit: 10)
        #expect(before.total == 2 && before.lostPaths == nil)
        let after = finder(without: ["r-banks"]).pathsComparing(from: fraud, to: financial, limit: 10)
        #expect(after.total == 1 && after.lostTotal == 1)
        #expect(after.lostPaths?.map { $0.hops.compactMap(\.id) } == [["r-banks"]])
    }

    @Test func reachLosesItsPlaces() {
        let answer = finder(without: ["r-banks"]).reachComparing(index.actor("agency.fraud")!)
        #expect(answer.rows.map(\.place.text) == ["accounts"])
        #expect(answer.lost?.map { "\($0.category.id.value) \($0.place.text)" } == ["bank-transactions banks"])
    }

    @Test func theContextSaysWhatIsTakenOut() {
        let line = finder(without: ["r-file", "tax"], basis: "L5312").context.line()
        #expect(line.hasSuffix(" · without: r-file, tax · without rights and flows whose basis contains: 'L5312'"))
        #expect(finder().context.line().contains("without") == false)
    }
}
