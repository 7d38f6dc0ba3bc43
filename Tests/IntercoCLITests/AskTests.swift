import Foundation
import Testing

/// `interco ask` (Ask.swift): the questions listed in either language and format, each command
/// run with its preset filters, options after the name added to them or replacing them.
@Suite struct AskTests {
    static let model = ["--model", "names.yaml", "--model", "ask.yaml"]
    static let cases: [CLITests.Case] = [
        .init(name: "ask-list-fr", arguments: ["ask"] + model + ["--lang", "fr"], exitCode: 0),
        .init(name: "ask-list-en-markdown", arguments: ["ask"] + model + ["--lang", "en", "--format", "markdown"], exitCode: 0),
        .init(name: "ask-list-json", arguments: ["ask"] + model + ["--format", "json"], exitCode: 0),
        .init(name: "ask-any-company", arguments: ["ask", "companies", "--at", "2020"] + model + ["--lang", "fr"], exitCode: 0),
        .init(name: "ask-paths-markdown", arguments: ["ask", "identity-paths", "--at", "2020", "--status", "in-force", "--format", "markdown"] + model, exitCode: 0),
        .init(name: "ask-reach-json", arguments: ["ask", "fund-b", "--at", "2020", "--format", "json"] + model, exitCode: 0),
        .init(name: "ask-paths-file", arguments: ["ask", "ledger", "--at", "2020"] + model + ["--lang", "en"], exitCode: 0),
        .init(name: "ask-list-no-basis-csv", arguments: ["ask", "no-basis", "--format", "csv"] + model, exitCode: 0),
        .init(name: "ask-unknown", arguments: ["ask", "companys"] + model, exitCode: 64),
        .init(name: "ask-bad-filter", arguments: ["ask", "companies", "--statuss", "all"] + model, exitCode: 64),
        .init(name: "ask-invalid-question", arguments: ["ask", "--model", "../../IntercoTests/Fixtures/invalid/questions.yaml"], exitCode: 65),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    @Test func theShippedModelAsksTheIssuesQuestions() throws {
        let result = try Interco.run(["ask", "--format", "json"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        for id in ["sensitive-data", "private-companies-benefits", "foreigners-residence", "bank-statements", "scores",
                   "contested-rights", "reseau-pour-l-emploi", "no-legal-basis"] {
            #expect(result.stdout.contains("\"id\" : \"\(id)\""), "missing \(id)")
        }
    }

    @Test func everyShippedQuestionRuns() throws {
        let listed = try Interco.run(["ask", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any]
        let ids = (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.count >= 8)
        for id in ids {
            let result = try Interco.run(["ask", id, "--at", "2026-11-25", "--format", "json"])
            #expect(result.exitCode == 0, "\(id): \(result.stderr)")
            #expect(result.stdout.hasPrefix("{"), "\(id)")
        }
    }
}
