@testable import Interco
import Testing

/// The summary rows on the shipped model say what holds for every path (issue 9's examples).
@Suite struct SummaryTests {
    static let index = AccessIndex(ModelLoader().loadShipped().model)

    @Test func franceTravailFraudReachesBankAccountsSince2013ByFicoba() throws {
        let index = Self.index
        let finder = PathFinder(index: index, filters: QueryFilters(day: .on(ModelDate(year: 2026, month: 11, day: 25))))
        let answer = finder.whoCanReach(try #require(index.category("bank-accounts")))
        let row = try #require(answer.rows.first { $0.actor.id.value == "france-travail.fraud" })
        #expect(row.summary.since?.hasPrefix("2013-10") == true)
        #expect(row.summary.basisID == "r-03")
        #expect(row.summary.status == .inForce)
        #expect(row.summary.confidence != nil)
    }

    @Test func reachNamesTheActorsOwnFileAndWhereFlowedDataCameFrom() throws {
        let index = Self.index
        let finder = PathFinder(index: index, filters: QueryFilters(day: .on(ModelDate(year: 2026, month: 11, day: 25))))
        let answer = finder.reach(try #require(index.actor("france-travail")))
        let files = Set(index.model.files.filter { $0.heldBy.value == "france-travail" }.map(\.id.value))
        // Every holding row's place starts with a file France Travail holds.
        for row in answer.rows where row.summary.how == ["holds"] {
            #expect(files.contains(row.place.entry), "\(row.place.text)")
        }
        #expect(!answer.rows.contains { $0.place.entry == "caf-allocataires" && $0.summary.how == ["holds"] })
    }
}
