import Interco
import Testing

/// Dated histories (`query/history.yaml`): the events written or synthesised from
/// `since`/`until`/`status`, the state on a day, and every query at a date using that state.
@Suite struct HistoryTests {
    static let model = Fixtures.model("query/history.yaml")
    static let index = AccessIndex(model)

    static func right(_ id: String) -> Right { model.rights.first { $0.id?.value == id }! }
    static func day(_ text: String) -> ModelDate { try! ModelDate.parse(text).get() }

    /// `date status` of each event, `?` for an unknown date.
    static func summary(_ events: [HistoryEvent]) -> [String] {
        events.map { "\($0.date.map { "\($0.value)" } ?? "?") \($0.status.value.rawValue)" }
    }

    @Test func theFixtureIsStrictlyValid() {
        #expect(Fixtures.diagnostics("query/history.yaml") == [])
    }

    @Test func writtenHistoriesAreKeptWithTheirBasesAndTheStatusIsTheLastEvents() {
        let comm = Self.right("r-comm")
        #expect(Self.summary(comm.standing.events) == ["2020-12-29 in-force", "2022-07-01 in-force"])
        #expect(comm.standing.events.map { $0.basis?.value } == [nil, "Finance law, art. 268; decree on unnamed persons"])
        #expect(comm.standing.events.allSatisfy { !$0.synthesised })
        #expect(comm.status == .inForce && comm.since == nil)
        let share = Self.right("r-share")
        #expect(Self.summary(share.standing.events) == ["2023-06-07 planned", "2023-12-14 censured"])
        #expect(share.standing.events[0].note == Localized("bill tabled") && share.standing.events[1].sources.map(\.value) == ["decision"])
        #expect(share.standing.events[1].note.text(.fr) == "censuré par la décision" && share.standing.events[1].note.text(.en) == "censured by the decision")
        let unknown = Self.right("r-unknown")
        #expect(Self.summary(unknown.standing.events) == ["? in-force", "2023-12-14 repealed"])
        #expect(unknown.status == .repealed && unknown.sinceUnknown)
    }

    @Test func untilWithAnEndingStatusClosesWithThatStatus() {
        let old = Self.right("r-old").standing
        #expect(Self.summary(old.events) == ["2008 in-force", "2019-06-14 censured"])
        #expect(old.events.allSatisfy(\.synthesised) && old.history.isEmpty)
    }

    @Test func untilWithAnotherStatusClosesWithNoLongerInForce() {
        #expect(Self.summary(Self.right("r-trial").standing.events) == ["2010 experimental", "2015 ended"])
        #expect(Status.ended.label(.en) == "no longer in force" && Status.ended.label(.fr) == "plus en vigueur")
    }

    @Test func withoutUntilOneEventAtSinceOrOfUnknownDate() {
        let file = Self.model.files[0].standing
        #expect(Self.summary(file.events) == ["2000 in-force"])
        let undated = Standing(status: .alleged)
        #expect(Self.summary(undated.events) == ["? alleged"])
        #expect(undated.state(on: Self.day("1900"))?.status.value == .alleged)
    }

    @Test func theStateOnADayIsTheLastEventOnOrBeforeIt() {
        let comm = Self.right("r-comm").standing
        #expect(comm.state(on: Self.day("2020-12-28")) == nil)
        #expect(comm.state(on: Self.day("2020-12-29"))?.date?.value == Self.day("2020-12-29"))
        #expect(comm.state(on: Self.day("2022-06-30"))?.basis == nil)
        #expect(comm.state(on: Self.day("2022-07-01"))?.basis?.value == "Finance law, art. 268; decree on unnamed persons")
        let old = Self.right("r-old").standing
        #expect(old.state(on: Self.day("2007-12-31")) == nil)
        #expect(old.state(on: Self.day("2019-06-13"))?.status.value == .inForce)
        #expect(old.state(on: Self.day("2019-06-14"))?.status.value == .censured)
        #expect(old.latest?.status.value == .censured)
        // An unknown first date holds at every date before the next event.
        #expect(Self.right("r-unknown").standing.state(on: Self.day("1000"))?.status.value == .inForce)
    }

    static func who(_ category: String, _ day: QueryFilters.Day, statuses: Set<Status> = Status.queryDefault) -> [String: RowSummary] {
        let finder = PathFinder(index: index, filters: QueryFilters(day: day, statuses: statuses))
        let rows = finder.whoCanReach(index.category(category)!).rows
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.actor.id.value, $0.summary) })
    }

    @Test func aQueryAtADateCountsTheStateOfThatDay() {
        #expect(Set(Self.who("bank-data", .on(Self.day("2019-06-13"))).keys) == ["bank", "fund", "network"])
        #expect(Set(Self.who("bank-data", .on(Self.day("2019-06-14"))).keys) == ["bank", "network"])
        #expect(Set(Self.who("bank-data", .on(Self.day("2021"))).keys) == ["agency", "bank", "network"])
        #expect(Set(Self.who("bank-data", .on(Self.day("2024"))).keys) == ["agency", "bank"])
        #expect(Set(Self.who("status", .on(Self.day("2012"))).keys) == ["agency", "fund"])
        #expect(Set(Self.who("status", .on(Self.day("2015"))).keys) == ["agency"])
        // Planned in 2023: counted only when planned counts, and censured after the decision.
        #expect(Self.who("status", .on(Self.day("2023-07")), statuses: [.inForce, .planned])["network"]?.status == .planned)
        #expect(Self.who("status", .on(Self.day("2024")), statuses: [.inForce, .planned])["network"] == nil)
        #expect(Self.who("status", .on(Self.day("2024")), statuses: Set(Status.allCases))["network"]?.status == .censured)
    }

    @Test func theBasisAndSinceOfARowFollowTheDay() throws {
        let before = try #require(Self.who("bank-data", .on(Self.day("2021")))["agency"])
        #expect(before.basis == "Finance law, art. 268" && before.since == "2020-12-29")
        let after = try #require(Self.who("bank-data", .on(Self.day("2023")))["agency"])
        // A change of basis does not restart the run of counting events.
        #expect(after.basis == "Finance law, art. 268; decree on unnamed persons" && after.since == "2020-12-29")
        // Counted since the censure when only censured facts count.
        let censured = try #require(Self.who("bank-data", .any, statuses: [.censured])["fund"])
        #expect(censured.status == .censured && censured.since == "2019-06-14")
        #expect(Self.who("bank-data", .any, statuses: [.inForce, .censured])["fund"]?.since == "2008")
    }

    @Test func pathsExplainEachHopAsItStoodThatDay() throws {
        let finder = PathFinder(index: Self.index, filters: QueryFilters(day: .on(Self.day("2021"))))
        let answer = finder.paths(from: Self.index.actor("agency")!, to: Self.index.category("bank-data")!, limit: 5)
        let hop = try #require(answer.paths.first?.hops.first)
        #expect(hop.basis == "Finance law, art. 268" && hop.since == "2020-12-29" && hop.status == .inForce)
        let later = PathFinder(index: Self.index, filters: QueryFilters(day: .on(Self.day("2023"))))
            .paths(from: Self.index.actor("agency")!, to: Self.index.category("bank-data")!, limit: 5)
        #expect(later.paths.first?.hops.first?.basis == "Finance law, art. 268; decree on unnamed persons")
    }

    @Test func anyIsTheLatestState() {
        #expect(Set(Self.who("bank-data", .any).keys) == ["agency", "bank"])
        #expect(Set(Self.who("bank-data", .any).keys) == Set(Self.who("bank-data", .on(Self.day("9999"))).keys))
    }

    @Test func listingsUseTheSameRule() {
        let ids = { (filters: ModelListing.Filters) in ModelListing.filtered(Self.model, filters).rights.compactMap { $0.id?.value } }
        #expect(ids(.init(day: Self.day("2023-07"))) == ["r-comm", "r-share", "r-unknown"])
        #expect(ids(.init(day: Self.day("2024"))) == ["r-comm"])
        #expect(ids(.init(statuses: [.censured])) == ["r-share", "r-old"])
        #expect(ids(.init(statuses: [.censured], day: Self.day("2019"))) == [])
        #expect(ids(.init(statuses: [.experimental], day: Self.day("2012"))) == ["r-trial"])
    }
}
