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

    /// Issue 15: `who-can-reach` gives the people counts of the files holding the category, and
    /// their sum only with what it is not.
    @Test func peopleCountsAreThoseOfTheFilesHoldingTheCategory() throws {
        let index = Self.index
        let finder = PathFinder(index: index, filters: QueryFilters(day: .on(ModelDate(year: 2026, month: 11, day: 25))))
        let bank = finder.whoCanReach(try #require(index.category("bank-accounts")))
        let files = bank.people.map(\.file.id.value)
        #expect(files.contains("ficoba"))
        #expect(bank.people.first { $0.file.id.value == "ficoba" }?.count.number == 80_000_000)
        let text = bank.rendered(.text, showPaths: false)
        // The printed sum is the sum of the printed counts.
        func number(_ line: Substring, after marker: String) -> Int? {
            guard let range = line.range(of: marker) else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber || $0 == " " }.filter(\.isNumber))
        }
        let lines = text.split(separator: "\n")
        let listed = lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("  Sum:") }.compactMap { number($0, after: ": ") }
        #expect(listed.count == bank.people.count)
        #expect(lines.compactMap { number($0, after: "  Sum: ") }.first == listed.reduce(0, +))
        #expect(text.contains("  ficoba: 80 000 000 "))
        #expect(text.contains("an upper bound on entries, not a number of people"))
        // A file that does not hold the category is not counted: FICOBA holds no health data.
        let health = finder.whoCanReach(try #require(index.category("health")))
        #expect(!health.people.contains { $0.file.id.value == "ficoba" })
        // Every counted file holds data that answers the question.
        for entry in bank.people {
            let number = try #require(index.file(entry.file.id.value))
            #expect(finder.effectiveData[number].contains { index.match(reached: $0, queried: index.category("bank-accounts")!) != nil })
        }
    }
}
