import Foundation
import Testing

/// `interco diff`: whole outputs of the built binary against `Fixtures/golden`, and the shipped
/// model's changes between 2019 and 2024 (issue 13).
@Suite struct DiffTests {
    static let cases: [CLITests.Case] = [
        .init(name: "diff-text", arguments: ["diff", "--from", "2013", "--to", "2021", "--model", "model.yaml"], exitCode: 0),
        .init(name: "diff-french", arguments: ["diff", "--from", "2013", "--to", "2021", "--model", "model.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "diff-json", arguments: ["diff", "--from", "2013", "--to", "2021", "--model", "model.yaml", "--format", "json"], exitCode: 0),
        .init(name: "diff-csv", arguments: ["diff", "--from", "2013", "--to", "2021", "--model", "model.yaml", "--format", "csv"], exitCode: 0),
        .init(name: "diff-markdown", arguments: ["diff", "--from", "2013", "--to", "2021", "--model", "model.yaml", "--format", "markdown",
                                                 "--lang", "fr", "--status", "all"], exitCode: 0),
        .init(name: "diff-models", arguments: ["diff", "--model", "model.yaml", "--against", "later.yaml", "--at", "2024-06-01"], exitCode: 0),
        .init(name: "diff-hostile", arguments: ["diff", "--model", "model.yaml", "--against", "hostile.yaml", "--at", "2024-06-01", "--status", "all"], exitCode: 0),
        .init(name: "diff-one-day", arguments: ["diff", "--from", "2019", "--model", "model.yaml"], exitCode: 64),
        .init(name: "diff-at-with-days", arguments: ["diff", "--from", "2019", "--to", "2024", "--at", "2020", "--model", "model.yaml"], exitCode: 64),
        .init(name: "diff-bad-date", arguments: ["diff", "--from", "2019-02-30", "--to", "2024", "--model", "model.yaml"], exitCode: 64),
        .init(name: "diff-invalid-against", arguments: ["diff", "--model", "model.yaml", "--against", "invalid.yaml"], exitCode: 65),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    /// The question: from 2019 to 2024, France Travail's droit de communication
    /// (2020-12-29), the requests about unnamed persons (2022-07-01), the censure of the réseau
    /// pour l'emploi's data sharing (2023-12-14), and the pairs they add.
    @Test func shipped2019To2024() throws {
        let result = try Interco.run(["diff", "--from", "2019", "--to", "2024", "--format", "json"])
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let facts = try #require(object["facts"] as? [[String: Any]])
        func fact(_ name: String) -> [String: Any]? { facts.first { $0["name"] as? String == name } }
        #expect(fact("r-08a")?["change"] as? String == "appeared" && fact("r-08a")?["date"] as? String == "2020-12-29")
        #expect(fact("r-08e")?["change"] as? String == "appeared" && fact("r-08e")?["date"] as? String == "2022-07-01")
        let share = try #require(fact("r-16a"))
        let events = try #require(share["events"] as? [[String: Any]])
        #expect(events.contains { $0["date"] as? String == "2023-12-14" && $0["status"] as? String == "censured" })
        #expect((share["after"] as? [String: Any])?["status"] as? String == "censured")
        // An event's note follows --lang (the codes stay English).
        let french = try Interco.run(["diff", "--from", "2019", "--to", "2024", "--format", "json", "--lang", "fr"])
        #expect(events.contains { ($0["note"] as? String)?.hasPrefix("The law is") == true })
        #expect(french.stdout.contains("La loi est «\u{A0}Adopté définitivement") && !french.stdout.contains("The law is"))
        let gained = try #require(object["gained"] as? [[String: Any]])
        #expect(gained.contains { $0["actor"] as? String == "france-travail.fraud" && $0["category"] as? String == "bank-transactions" })
        let path = try #require(gained.first { $0["actor"] as? String == "france-travail.fraud" && $0["category"] as? String == "bank-transactions" }?["path"] as? [String: Any])
        let hops = try #require(path["hops"] as? [[String: Any]])
        #expect(["r-08a", "r-08e"].contains(hops.first?["id"] as? String ?? ""))
    }
}
