@testable import Interco
import Testing

/// Answers worked out by hand on `Fixtures/query/reach-ways.yaml` (see the comments there).
@Suite struct QueryTests {
    let index = AccessIndex(Fixtures.model("query/reach-ways.yaml"))

    func finder(at day: String, statuses: Set<Status> = Status.queryDefault, purpose: String? = nil,
                about: String? = nil, maxHops: Int = 1) -> PathFinder {
        let filter: QueryFilters.Day = day == "any" ? .any : .on(try! ModelDate.parse(day).get())
        return PathFinder(index: index, filters: QueryFilters(day: filter, statuses: statuses, purpose: purpose,
                                                               about: about, maxHops: maxHops))
    }

    func who(_ category: String, _ finder: PathFinder) -> [String] {
        finder.whoCanReach(index.category(category)!).rows.map(\.actor.id.value)
    }

    @Test func holdingAndARightToAFileBothReach() {
        let answer = finder(at: "2024-01-01").whoCanReach(index.category("bank-accounts")!)
        #expect(answer.rows.map(\.actor.id.value) == ["tax", "agency.fraud"])
        #expect(answer.rows.map(\.summary.how) == [["holds"], ["consultation"]])
        #expect(answer.rows.map(\.summary.fewestRights) == [0, 1])
        #expect(answer.rows[1].summary.basis == "Arrêté du 17 octobre 2013")
        #expect(answer.rows[1].summary.basisID == "r-file")
        #expect(answer.rows[1].summary.since == "2013-10")
        #expect(answer.rows.map(\.summary.pathCount) == [1, 1])
    }

    @Test func partOfDoesNotPassRightsUpward() {
        #expect(!who("bank-accounts", finder(at: "2024-01-01")).contains("agency"))
    }

    @Test func aRightToAnActorHoldingNoFileGivesTheRightsOwnData() {
        let answer = finder(at: "2021-01-01").whoCanReach(index.category("bank-transactions")!, listing: 5)
        #expect(answer.rows.map(\.actor.id.value) == ["agency.fraud"])
        #expect(answer.rows[0].paths.map { $0.hops.map(\.to) } == [["banks"]])
        #expect(answer.rows[0].summary.how == ["communication"])
    }

    @Test func datesCountFromTheirFirstDayAndUntilIsExcluded() {
        #expect(who("bank-transactions", finder(at: "2020-12-28")).isEmpty)
        #expect(who("bank-transactions", finder(at: "2020-12-29")) == ["agency.fraud"])
        #expect(!who("bank-accounts", finder(at: "2013-09-30")).contains("agency.fraud"))
        #expect(who("bank-accounts", finder(at: "2013-10")).contains("agency.fraud"))
        #expect(who("bank-transactions", finder(at: "any")) == ["agency.fraud"])
    }

    @Test func matchesFollowTheCategoryTree() {
        let answer = finder(at: "2024-01-01").whoCanReach(index.category("financial")!)
        #expect(answer.rows.map(\.actor.id.value) == ["tax", "agency.fraud"])
        #expect(answer.rows.map(\.match) == [.narrower, .narrower])
        #expect(index.match(reached: index.category("financial")!, queried: index.category("bank-accounts")!) == .broader)
        #expect(index.match(reached: index.category("identity")!, queried: index.category("bank-accounts")!) == nil)
    }

    @Test func limitingFollowsTheTree() {
        let financial = index.category("financial")!, accounts = index.category("bank-accounts")!
        let identity = index.category("identity")!
        #expect(index.limit([financial], by: [accounts]) == [accounts])
        #expect(index.limit([accounts], by: [financial]) == [accounts])
        #expect(index.limit([identity], by: [financial]) == [])
        #expect(index.limit([identity], by: nil) == [identity])
    }

    @Test func aRightLimitedByDataReachesNothingElse() {
        let answer = finder(at: "2024-01-01").reach(index.actor("agency.fraud")!)
        #expect(answer.rows.map { "\($0.category.id.value)@\($0.place.text)" } == ["bank-accounts@accounts", "bank-transactions@banks"])
    }

    @Test func flowsWithACycleReachAFixedPoint() {
        let at2019 = finder(at: "2019-06-01")
        let effective = { (file: String) in at2019.effectiveData[index.file(file)!].map { index.categoryIDs[$0] }.sorted() }
        #expect(effective("loop-a") == ["health", "identity"])
        #expect(effective("loop-b") == ["health", "identity"])
        #expect(effective("jobfile") == ["health", "identity"])
        #expect(finder(at: "2024-01-01").effectiveData[index.file("jobfile")!].map { index.categoryIDs[$0] } == ["identity"])
    }

    @Test func flowsCarryDataToTheHolderOnlyWhileInForce() {
        let before = finder(at: "2019-12-31").whoCanReach(index.category("health")!)
        #expect(before.rows.map(\.actor.id.value) == ["agency", "broker"])
        #expect(before.rows[0].summary.how == ["holds", "processing"])
        let after = finder(at: "2020-01-01").whoCanReach(index.category("health")!)
        #expect(after.rows.map(\.actor.id.value) == ["broker", "agency"])
        #expect(after.rows[1].summary.how == ["processing"])
        #expect(who("health", finder(at: "2014-06-01")).isEmpty)
    }

    @Test func pathsComeShortestFirstAndShowTheirFlows() {
        let answer = finder(at: "2019-06-01").paths(from: index.actor("agency")!, to: index.category("health")!, limit: 10)
        #expect(answer.total == 3)
        #expect(answer.paths.map(\.hops.count) == [2, 3, 3])
        #expect(answer.paths.map(\.rights) == [1, 0, 1])
        #expect(answer.paths[1].hops.map(\.type) == [.holds, .flow, .flow])
        #expect(answer.paths[1].hops.map(\.id) == [nil, "f-job", "f-ab"])
        let limited = finder(at: "2019-06-01").paths(from: index.actor("agency")!, to: index.category("health")!, limit: 1)
        #expect(limited.paths.count == 1 && limited.total == 3)
    }

    @Test func moreHopsFollowRightsOfTheBodyReached() {
        let all = Set(Status.allCases)
        #expect(who("bank-accounts", finder(at: "2024-01-01", statuses: all)) == ["tax", "agency.fraud", "broker"])
        #expect(who("bank-accounts", finder(at: "2024-01-01", statuses: all, maxHops: 2)) == ["tax", "agency.fraud", "broker", "agency"])
        // The second hop is alleged: it only counts when alleged rights do.
        #expect(who("bank-accounts", finder(at: "2024-01-01", maxHops: 2)) == ["tax", "agency.fraud"])
        let path = finder(at: "2024-01-01", statuses: all, maxHops: 2).paths(from: index.actor("agency")!, to: index.category("bank-accounts")!, limit: 5)
        #expect(path.paths[0].hops.map(\.id) == ["r-broker", "r-chain", nil])
        #expect(path.paths[0].status == .alleged)
    }

    @Test func statusesOutsideTheDefaultOnlyShowWhenAsked() {
        let censuredShown = finder(at: "2024-01-01", statuses: Set(Status.allCases)).reach(index.actor("agency")!)
        #expect(censuredShown.rows.contains { $0.place.entry == "permits" && $0.summary.status == .censured })
        let defaults = finder(at: "2024-01-01").reach(index.actor("agency")!)
        #expect(!defaults.rows.contains { $0.place.entry == "permits" })
    }

    @Test func reachSaysWhichFileTheActorHoldsAndWhereTheDataCameFrom() {
        let answer = finder(at: "2019-06-01").reach(index.actor("agency")!)
        let health = answer.rows.filter { $0.category.id.value == "health" }.map(\.place.text)
        #expect(health == ["jobfile ← loop-a", "loop-a", "loop-b ← loop-a"])
        #expect(answer.rows.first { $0.place.text == "jobfile ← loop-a" }?.summary.how == ["holds"])
    }

    @Test func theSummaryTakesTheStrongestStatusThenItsEarliestDay() {
        // tax holds accounts (no date); broker reaches it by an alleged right: the holding leads.
        let answer = finder(at: "2024-01-01", statuses: Set(Status.allCases), maxHops: 2).whoCanReach(index.category("bank-accounts")!)
        let agency = answer.rows.first { $0.actor.id.value == "agency" }!
        #expect(agency.summary.status == .alleged)
        #expect(agency.summary.fewestRights == 2)
        #expect(agency.summary.basisID == "r-broker")
        let fraud = answer.rows.first { $0.actor.id.value == "agency.fraud" }!
        #expect(fraud.summary.status == .inForce && fraud.summary.since == "2013-10")
    }

    @Test func purposeFilterKeepsUnstatedPurposes() {
        #expect(who("bank-transactions", finder(at: "2021-01-01", purpose: "support")) == ["agency.fraud"])
        #expect(who("bank-accounts", finder(at: "2021-01-01", purpose: "support")) == ["tax"])
        #expect(who("bank-accounts", finder(at: "2021-01-01", purpose: "fraud-control")) == ["tax", "agency.fraud"])
    }

    @Test func aboutKeepsFilesAboutThePopulationItsAncestorsOrEveryone() {
        #expect(!who("identity", finder(at: "2024-01-01", statuses: Set(Status.allCases), about: "rsa")).contains("police"))
        let foreigners = who("identity", finder(at: "2024-01-01", statuses: Set(Status.allCases), about: "foreigners"))
        #expect(foreigners.contains("police"))
        #expect(who("identity", finder(at: "2024-01-01", about: "rsa")) == ["agency", "broker", "tax"])
    }
}


/// Library entry points check their inputs: an unknown population is an error value.
@Suite struct QueryInputTests {
    @Test func anUnknownPopulationIsAnErrorNotAnUnfilteredAnswer() {
        let index = AccessIndex(Fixtures.model("query/reach-ways.yaml"))
        let filters = QueryFilters(day: .any, about: "jobseeker")
        switch PathFinder.checked(index: index, filters: filters) {
        case .success: Issue.record("an unknown population was accepted")
        case .failure(let problem):
            #expect(problem == .unknownPopulation("jobseeker", suggestion: " (did you mean 'jobseekers'?)"))
            #expect(problem.description == "unknown population 'jobseeker' (did you mean 'jobseekers'?); `interco list populations` prints the ids")
        }
        #expect((try? PathFinder.checked(index: index, filters: QueryFilters(day: .any, about: "jobseekers")).get()) != nil)
    }
}
