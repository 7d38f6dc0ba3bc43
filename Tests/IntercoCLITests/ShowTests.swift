import Foundation
import Testing

/// `interco show`: whole outputs on `Fixtures/names.yaml`, in both languages and every format.
@Suite struct ShowTests {
    static let cases: [CLITests.Case] = [
        .init(name: "show-right-fr", arguments: ["show", "r-look", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "show-right-en", arguments: ["show", "r-look", "--model", "names.yaml", "--lang", "en"], exitCode: 0),
        .init(name: "show-right-markdown-fr", arguments: ["show", "r-ask", "--model", "names.yaml", "--lang", "fr", "--format", "markdown"], exitCode: 0),
        .init(name: "show-right-markdown-en", arguments: ["show", "r-ask", "--model", "names.yaml", "--lang", "en", "--format", "markdown"], exitCode: 0),
        .init(name: "show-right-json-fr", arguments: ["show", "r-look", "--model", "names.yaml", "--lang", "fr", "--format", "json"], exitCode: 0),
        .init(name: "show-file-fr", arguments: ["show", "ledger", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "show-file-en", arguments: ["show", "ledger", "--model", "names.yaml", "--lang", "en"], exitCode: 0),
        .init(name: "show-actor-aka-fr", arguments: ["show", "Pôle Emploi", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "show-actor-en", arguments: ["show", "operator", "--model", "names.yaml", "--lang", "en"], exitCode: 0),
        .init(name: "show-category-fr", arguments: ["show", "income", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "show-population-en", arguments: ["show", "jobseekers", "--model", "names.yaml", "--lang", "en"], exitCode: 0),
        .init(name: "show-flow-fr", arguments: ["show", "f-copy", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "show-source-en", arguments: ["show", "press", "--model", "names.yaml", "--lang", "en", "--format", "markdown"], exitCode: 0),
        .init(name: "show-source-fr", arguments: ["show", "press", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "show-unknown", arguments: ["show", "ledgr", "--model", "names.yaml"], exitCode: 64),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    @Test func theLanguageComesFromTheEnvironmentUnlessGiven() throws {
        let french = try Interco.run(["show", "r-look", "--model", "names.yaml"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stdout.hasPrefix("Droit r-look"))
        let messages = try Interco.run(["show", "r-look", "--model", "names.yaml"], environment: ["LC_MESSAGES": "fr_CA"])
        #expect(messages.stdout.hasPrefix("Droit r-look"))
        let english = try Interco.run(["show", "r-look", "--model", "names.yaml", "--lang", "en"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(english.stdout.hasPrefix("Right r-look"))
        let neutral = try Interco.run(["show", "r-look", "--model", "names.yaml"])
        #expect(neutral.stdout.hasPrefix("Right r-look"))
    }

    @Test func everyRecordOfTheShippedModelIsExplainedInBothLanguages() throws {
        for id in ["r-08a", "agdref", "france-travail", "bank-transactions", "cnil-agdref"] {
            for language in ["fr", "en"] {
                let result = try Interco.run(["show", id, "--lang", language], in: "/")
                #expect(result.exitCode == 0, "show \(id) --lang \(language): \(result.stderr)")
                #expect(result.stdout.contains(id))
            }
        }
    }

    @Test func hostileNamesCannotBreakOutOfAnyFormat() throws {
        let arguments = ["show", "r-evil", "--model", "hostile.yaml"]
        let text = try Interco.run(arguments)
        #expect(text.exitCode == 0, "\(text.stderr)")
        #expect(!text.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{202E}" })
        let markdown = try Interco.run(arguments + ["--format", "markdown"])
        #expect(!markdown.stdout.contains("<script>") && !markdown.stdout.contains("[link](javascript:"))
        let json = try Interco.run(arguments + ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["results"] as? [Any])?.count == 1)
    }
}
