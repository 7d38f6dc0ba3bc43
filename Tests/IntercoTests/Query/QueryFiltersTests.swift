@testable import Interco
import Testing

/// The scope filters (`actorKinds`, `rightKinds`, `holdings`) on `Fixtures/query/reach-ways.yaml`,
/// and how the context describes them.
@Suite struct QueryFiltersTests {
    let index = AccessIndex(Fixtures.model("query/reach-ways.yaml"))

    func who(_ category: String, _ filters: QueryFilters) -> [String] {
        PathFinder(index: index, filters: filters).whoCanReach(index.category(category)!).rows.map(\.actor.id.value)
    }

    var day: QueryFilters.Day { .on(try! ModelDate.parse("2024-01-01").get()) }

    @Test func actorKindsKeepOnlyPathsFromThoseActors() {
        #expect(who("identity", QueryFilters(day: day)).contains("tax"))
        #expect(who("identity", QueryFilters(day: day, actorKinds: [.contractor])) == ["broker"])
        let reach = PathFinder(index: index, filters: QueryFilters(day: day, actorKinds: [.contractor])).reach(index.actor("tax")!, listing: 5)
        #expect(reach.rows.isEmpty && reach.paths.isEmpty)
    }

    @Test func rightKindsLeaveHoldingsOutUnlessAsked() {
        var filters = QueryFilters(day: day)
        filters.setKinds(["communication"])
        #expect(filters.holdings == false)
        let finder = PathFinder(index: index, filters: filters)
        let answer = finder.whoCanReach(index.category("financial")!)
        #expect(answer.rows.map(\.actor.id.value) == ["agency.fraud"])
        #expect(answer.rows.map(\.summary.how) == [["communication"]])
        filters.setKinds(["holds"])
        #expect(who("financial", filters) == ["tax"])
        filters.setKinds(["holds", "consultation"])
        #expect(who("financial", filters) == ["tax", "agency.fraud"])
    }

    @Test func theContextNamesTheScope() {
        var filters = QueryFilters(day: day, actorKinds: [.contractor, .state])
        filters.setKinds(["consultation", "holds"])
        let context = QueryContext(filters: filters, model: .unnamed)
        // Labels for people, in the language of the line (the codes are in JSON).
        #expect(context.line().hasSuffix(" · actor kinds: State, contractor · kinds: holds, consultation"))
        #expect(context.line(.french).contains("types d'acteur\u{A0}: État, prestataire · types d'accès\u{A0}: détient le fichier, consultation"))
        #expect(QueryContext(filters: QueryFilters(day: day), model: .unnamed).line().contains("kinds") == false)
        #expect(filters.kindList == ["holds", "consultation"])
    }
}
