@testable import Interco
import Testing

/// The index numbers ids once and answers tree questions by interval.
@Suite struct AccessIndexTests {
    static let index = AccessIndex(Fixtures.model("query/reach-ways.yaml"))

    @Test func idsAndNumbersRoundTrip() {
        for (number, id) in Self.index.categoryIDs.enumerated() { #expect(Self.index.category(id) == number) }
        for (number, id) in Self.index.actorIDs.enumerated() { #expect(Self.index.actor(id) == number) }
        #expect(Self.index.category("no-such-category") == nil)
        #expect(Self.index.population("no-such-population") == nil)
    }

    @Test func aCategoryContainsItselfAndItsDescendantsOnly() throws {
        let financial = try #require(Self.index.category("financial"))
        let accounts = try #require(Self.index.category("bank-accounts"))
        let transactions = try #require(Self.index.category("bank-transactions"))
        let health = try #require(Self.index.category("health"))
        #expect(Self.index.categoryContains(financial, financial))
        #expect(Self.index.categoryContains(financial, accounts))
        #expect(!Self.index.categoryContains(accounts, financial))
        #expect(!Self.index.categoryContains(accounts, transactions))
        #expect(!Self.index.categoryContains(financial, health))
    }

    @Test func aPopulationContainsItsDescendants() throws {
        let everyone = try #require(Self.index.population("everyone"))
        let jobseekers = try #require(Self.index.population("jobseekers"))
        #expect(Self.index.population(everyone, contains: jobseekers))
        #expect(!Self.index.population(jobseekers, contains: everyone))
    }
}
