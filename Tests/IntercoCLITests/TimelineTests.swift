import Foundation
import Testing

/// `interco timeline`: whole outputs of the built binary against `Fixtures/golden`.
@Suite struct TimelineTests {
    static let cases: [CLITests.Case] = [
        .init(name: "timeline-text", arguments: ["timeline", "health", "--model", "model.yaml", "--status", "all"], exitCode: 0),
        .init(name: "timeline-french", arguments: ["timeline", "bank-accounts", "--model", "model.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "timeline-json", arguments: ["timeline", "bank-accounts", "--model", "model.yaml", "--format", "json"], exitCode: 0),
        .init(name: "timeline-csv", arguments: ["timeline", "health", "--model", "model.yaml", "--format", "csv"], exitCode: 0),
        .init(name: "timeline-markdown", arguments: ["timeline", "agency", "--model", "model.yaml", "--format", "markdown"], exitCode: 0),
        .init(name: "timeline-fact", arguments: ["timeline", "f-job", "--model", "model.yaml"], exitCode: 0),
        .init(name: "timeline-hostile", arguments: ["timeline", "bank-accounts", "--model", "hostile.yaml", "--status", "all"], exitCode: 0),
        .init(name: "timeline-unknown", arguments: ["timeline", "helth", "--model", "model.yaml"], exitCode: 64),
        .init(name: "timeline-at", arguments: ["timeline", "health", "--model", "model.yaml", "--at", "2020"], exitCode: 64),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    /// The shipped model answers the question: the social-security bodies from 2008 and
    /// France Travail's fraud agents from 2020-12-29.
    @Test func shippedBankStatements() throws {
        let result = try Interco.run(["timeline", "bank-transactions", "--format", "json"])
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let gained = Dictionary(uniqueKeysWithValues: steps.map { ($0["date"] as! String, $0["gained"] as! [String]) })
        #expect(Set(gained["2008"] ?? []).isSuperset(of: ["caf", "cnav", "cpam", "msa", "urssaf"]))
        #expect(gained["2020-12-29"]?.contains("france-travail.fraud") == true)
    }
}
