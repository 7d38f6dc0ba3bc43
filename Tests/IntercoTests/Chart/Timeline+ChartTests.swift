import Foundation
@testable import Interco
import Testing

/// The chart of a timeline, checked against the timeline's own JSON.
@Suite struct TimelineChartTests {
    let index = AccessIndex(Fixtures.model("time/timeline.yaml"))

    func money(_ statuses: Set<Status> = Status.queryDefault) -> Timeline {
        TimelineQuery(index: index, filters: QueryFilters(day: .any, statuses: statuses)).timeline(category: index.category("money")!)
    }

    @Test func theChartsStepsAreTheTimelinesSteps() throws {
        for statuses in [Status.queryDefault, Set(Status.allCases)] {
            let timeline = money(statuses)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(timeline.rendered(.json).utf8)) as? [String: Any])
            let steps = try #require(json["steps"] as? [[String: Any]])
            let chart = try #require(timeline.chart())
            let reader = SVGReader(chart.svg)
            #expect(reader.wellFormed)
            let circles = reader.all("circle", class: "step")
            #expect(circles.map { $0.attributes["data-date"] } == steps.map { $0["date"] as? String })
            #expect(circles.map { $0.attributes["data-count"].flatMap(Int.init) } == steps.map { $0["count"] as? Int })
            // Later steps lie further right; a larger count lies higher (a smaller y), an equal one level.
            let xs = circles.map { Double($0.attributes["cx"]!)! }, ys = circles.map { Double($0.attributes["cy"]!)! }
            let counts = steps.map { $0["count"] as! Int }
            #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 })
            for i in counts.indices {
                for j in counts.indices {
                    #expect((counts[i] < counts[j]) == (ys[i] > ys[j]))
                }
            }
            #expect(chart.start == json["start_count"] as? Int)
        }
    }

    @Test func stepsAreAnnotatedShortWithTheFullTextInTheNotes() throws {
        let chart = try #require(money().chart(.fr))
        #expect(chart.steps[1].label == "r-b · Loi B (+1)")
        #expect(chart.steps[2].note.hasPrefix("1er mars 2018 — ~ c → 4\u{A0}: droit r-c2 (en vigueur)\u{A0}: Loi C2"))
        #expect(chart.steps[2].links.map(\.text) == ["s1", "s2"])
        #expect(chart.title.hasPrefix("Chronologie\u{A0}: "))
        #expect(chart.footer.last?.contains("ledger") == true)
        #expect(SVGReader(chart.svg).all("text", class: "note").first?.text.hasPrefix("1. 2010") == true)
    }

    @Test func aFactHasNoChart() {
        #expect(TimelineQuery(index: index, filters: QueryFilters(day: .any)).timeline(fact: .right(0)).chart() == nil)
    }
}
