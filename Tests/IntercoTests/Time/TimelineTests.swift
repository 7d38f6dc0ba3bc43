import Foundation
@testable import Interco
import Testing

/// Timelines worked out by hand on `Fixtures/time/timeline.yaml` (see the comments there).
@Suite struct TimelineTests {
    let index = AccessIndex(Fixtures.model("time/timeline.yaml"))

    func query(statuses: Set<Status> = Status.queryDefault) -> TimelineQuery {
        TimelineQuery(index: index, filters: QueryFilters(day: .any, statuses: statuses))
    }

    func money(statuses: Set<Status> = Status.queryDefault) -> Timeline {
        query(statuses: statuses).timeline(category: index.category("money")!)
    }

    @Test func stepsAreTheDaysTheActorsChange() {
        let timeline = money()
        #expect(timeline.start == ["holder"])
        #expect(timeline.steps.map(\.date.description) == ["2010", "2015", "2018-03-01", "2019", "2020"])
        #expect(timeline.steps.map(\.count) == [2, 4, 4, 5, 4])
        #expect(timeline.steps.map(\.gained) == [["a"], ["b", "c"], [], ["d"], []])
        #expect(timeline.steps.map(\.lost) == [[], [], [], [], ["b"]])
        #expect(timeline.steps.map(\.changed) == [[], [], ["c"], [], []])
    }

    @Test func eachStepNamesTheFactsDatedThatDayOnThePathsOfTheChange() {
        let steps = money().steps
        #expect(steps.map { $0.events.map(\.id) } == [["r-a"], ["r-b", "r-c"], ["r-c2"], ["f-copy"], ["r-b"]])
        #expect(steps[1].events.map(\.status) == [.inForce, .experimental])
        #expect(steps[3].events[0].fact == .flow(0))
        #expect(steps[3].events[0].basis == "Décret copie")
        #expect(steps[2].events[0].sources.map(\.id.value) == ["s1", "s2"])
        // The end of a right is an event with no status from that day.
        #expect(steps[4].events[0].status == nil)
        #expect(steps[4].events[0].date.description == "2020")
    }

    @Test func aDayWhoseFactsChangeNoAnswerIsNoStep() {
        // r-a2 (2012) is a second right of an actor that already reaches; r-d (2016) is planned.
        let days = money().steps.map(\.date.description)
        #expect(!days.contains("2012"))
        #expect(!days.contains("2016"))
    }

    @Test func otherStatusesCountWhenAsked() {
        let timeline = money(statuses: Set(Status.allCases))
        let planned = timeline.steps.first { $0.date.description == "2016" }
        #expect(planned?.gained == ["d"])
        #expect(planned?.events.map(\.status) == [.planned])
        #expect(timeline.steps.first { $0.date.description == "2019" }?.changed == ["d"])
    }

    @Test func countsAreTheQueryEnginesAnswerOnEveryDay() {
        // Between two steps the answer does not change: the count of the last step on or before a
        // day is who-can-reach's number of rows that day, for every year of the fixture and around it.
        for statuses in [Status.queryDefault, Set(Status.allCases)] {
            let timeline = money(statuses: statuses)
            for year in 1995...2025 {
                for day in ["\(year)", "\(year)-06-30"] {
                    let date = try! ModelDate.parse(day).get()
                    let finder = PathFinder(index: index, filters: QueryFilters(day: .on(date), statuses: statuses))
                    let asked = finder.whoCanReach(index.category("money")!).rows.count
                    let step = timeline.steps.last { $0.date.firstDay <= date.firstDay }
                    #expect((step?.count ?? timeline.start.count) == asked, "\(day) \(statuses)")
                }
            }
        }
    }

    @Test func undatedFactsAreNamed() {
        #expect(money().undated == ["ledger"])
    }

    @Test func anActorsTimelineCountsItsCategories() {
        let timeline = query().timeline(actor: index.actor("c")!)
        #expect(timeline.start == [])
        #expect(timeline.steps.map(\.date.description) == ["2015", "2018-03-01"])
        #expect(timeline.steps.map(\.gained) == [["money"], []])
        #expect(timeline.steps.map(\.changed) == [[], ["money"]])
        #expect(timeline.steps.map(\.count) == [1, 1])
    }

    @Test func aFactsTimelineIsItsOwnEvents() {
        let right = index.model.rights.firstIndex { $0.id?.value == "r-b" }!
        let timeline = query().timeline(fact: .right(right))
        #expect(timeline.steps.map(\.date.description) == ["2015", "2020"])
        #expect(timeline.steps.map { $0.events.map(\.status) } == [[.inForce], [nil]])
        #expect(timeline.steps.allSatisfy { $0.count == nil })
        let file = query().timeline(fact: .file(index.file("ledger")!))
        #expect(file.steps.isEmpty)
        #expect(file.undated == ["ledger"])
    }
}
