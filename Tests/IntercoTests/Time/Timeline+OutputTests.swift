import Foundation
@testable import Interco
import Testing

/// The forms of a timeline, on the timeline of `money` in `Fixtures/time/timeline.yaml`.
@Suite struct TimelineOutputTests {
    let index = AccessIndex(Fixtures.model("time/timeline.yaml"))

    func money() -> Timeline {
        TimelineQuery(index: index, filters: QueryFilters(day: .any)).timeline(category: index.category("money")!)
    }

    @Test func jsonCarriesEveryStepWithItsEvents() throws {
        let text = money().rendered(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == timelineJSONSchemaVersion)
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.map { $0["date"] as? String } == ["2010", "2015", "2018-03-01", "2019", "2020"])
        #expect(steps.map { $0["count"] as? Int } == [2, 4, 4, 5, 4])
        let ended = try #require((steps[4]["events"] as? [[String: Any]])?.first)
        #expect(ended["ended"] as? Bool == true)
        #expect(ended["status"] is NSNull)
        #expect((object["query"] as? [String: Any])?["at"] as? String == "any")
    }

    @Test func csvHasOneRowPerEventWithStableCodes() {
        let lines = money().rendered(.csvRaw).split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "date,count,gained,lost,changed,fact_type,fact_id,status,basis,sources,source_urls")
        #expect(lines.count == 1 + 6)
        #expect(lines.last == "2020,4,,b,,right,r-b,ended,,s2,https://example.org/two")
    }

    @Test func frenchWordsAndTypography() {
        let text = money().rendered(.text, language: .fr)
        #expect(text.hasPrefix("Chronologie\u{A0}: qui peut atteindre «\u{A0}money\u{A0}» (Argent)\n"))
        #expect(text.contains("Avant tout événement daté\u{A0}: 1 acteur (holder)."))
        #expect(text.contains("plus en vigueur"))
        #expect(text.contains("expérimental"))
        for english in ["Before", "Counted", "no longer", "actors", "basis"] { #expect(!text.contains(english), "\(english)") }
    }
}
