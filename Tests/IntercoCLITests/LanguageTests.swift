import Foundation
@testable import Interco
import Testing

/// `--lang` on every command that writes for people: whole outputs in both languages on a
/// fixture whose texts are French only (`words.yaml`), and no word of the other language.
@Suite struct LanguageTests {
    static let model = ["--model", "words.yaml"]
    static let who = ["who-can-reach", "finances"] + model + ["--at", "2024-06-01", "--status", "all"]
    static let reach = ["reach", "prestataire"] + model + ["--at", "2024-06-01", "--status", "all"]
    static let paths = ["paths", "caisse.controle", "comptes"] + model + ["--at", "2024-06-01"]

    /// The commands and formats whose words follow `--lang`, without it.
    static let worded: [(name: String, arguments: [String])] = [
        ("who-paths", who + ["--paths"]), ("who-paths-markdown", who + ["--paths", "--format", "markdown"]),
        ("reach-paths", reach + ["--paths"]), ("reach-paths-markdown", reach + ["--paths", "--format", "markdown"]),
        ("paths", paths), ("paths-markdown", paths + ["--format", "markdown"]),
        ("list-files", ["list", "files"] + model), ("list-rights-markdown", ["list", "rights", "--format", "markdown"] + model),
        ("show-right", ["show", "d-comm"] + model), ("check", ["check"] + model),
        ("timeline", ["timeline", "finances", "--status", "all"] + model),
        ("diff-markdown", ["diff", "--from", "2015", "--to", "2024", "--status", "all", "--format", "markdown"] + model),
    ]

    static let cases: [CLITests.Case] = worded.flatMap { entry in
        Language.allCases.map { language in
            CLITests.Case(name: "lang-\(entry.name)-\(language.rawValue)", arguments: entry.arguments + ["--lang", language.rawValue],
                          exitCode: 0)
        }
    } + [
        // Machine formats are the same in every language: codes, full ISO days with their precision.
        CLITests.Case(name: "lang-who-json", arguments: who + ["--format", "json", "--lang", "fr"], exitCode: 0),
        CLITests.Case(name: "lang-who-csv", arguments: who + ["--format", "csv", "--lang", "fr"], exitCode: 0),
        CLITests.Case(name: "lang-reach-csv", arguments: reach + ["--format", "csv", "--lang", "fr"], exitCode: 0),
        CLITests.Case(name: "lang-reach-paths-json", arguments: reach + ["--paths", "--format", "json", "--lang", "fr"], exitCode: 0),
        CLITests.Case(name: "lang-paths-csv", arguments: paths + ["--status", "all", "--format", "csv", "--lang", "fr"], exitCode: 0),
        CLITests.Case(name: "lang-list-flows-csv", arguments: ["list", "flows", "--format", "csv", "--lang", "fr"] + model, exitCode: 0),
        CLITests.Case(name: "lang-render-fr", arguments: ["render", "--who-can-reach", "finances", "--at", "2024-06-01", "--format", "dot",
                                                          "-o", "-", "--lang", "fr"] + model, exitCode: 0),
        CLITests.Case(name: "lang-render-en", arguments: ["render", "--who-can-reach", "finances", "--at", "2024-06-01", "--format", "dot",
                                                          "-o", "-", "--lang", "en"] + model, exitCode: 0),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    @Test func theEnvironmentChoosesTheLanguageWhenLangIsNotGiven() throws {
        let french = try Interco.run(Self.paths, environment: ["LANG": "fr_FR.UTF-8"])
        let english = try Interco.run(Self.paths, environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "C"])
        #expect(french.stdout == (try Interco.run(Self.paths + ["--lang", "fr"])).stdout)
        #expect(english.stdout == (try Interco.run(Self.paths + ["--lang", "en"])).stdout)
        #expect(french.stdout != english.stdout)
    }

    /// Words of the words tables that only one language uses (a word both use, such as
    /// « consultation », proves nothing), less every word of the fixture model (its ids and texts).
    static func ownWords(of language: Language) throws -> Set<String> {
        var texts: [Localized] = AnswerWords.allCases.map(\.text) + DiagramWords.Word.allCases.map(\.text)
        texts += Status.allCases.map(\.label) + RightKind.allCases.map(\.label) + Confidence.allCases.map(\.label)
        texts += ActorKind.allCases.map(\.label) + FileKind.allCases.map(\.label) + Match.allCases.map(\.label)
        for wording in [QueryWording.english, QueryWording.french] {
            let words = [wording.onDay("x"), wording.anyDay, wording.model, wording.statuses, wording.maxHops, wording.purpose, wording.about]
            texts.append(Localized(en: wording.language == .en ? words.joined(separator: " ") : "",
                                   fr: wording.language == .fr ? words.joined(separator: " ") : ""))
        }
        let other: Language = language == .fr ? .en : .fr
        let mine = Set(texts.flatMap { words($0.text(language)) }), theirs = Set(texts.flatMap { words($0.text(other)) })
        let fixture = try String(contentsOf: Interco.fixtures.appendingPathComponent("words.yaml"), encoding: .utf8)
        // Words spelt alike in both languages that the tables use in one only (« le plus court »).
        let homographs: Set<String> = ["court"]
        return mine.subtracting(theirs).subtracting(words(fixture)).subtracting(homographs)
    }

    /// Lower-case words, leaving out options and command names (`--paths`, `interco paths`) and placeholders.
    static func words(_ text: String) -> [String] {
        var cleaned = text.replacingOccurrences(of: #"--[a-z-]+|interco [a-z-]+|\{[0-9]\}"#, with: " ", options: .regularExpression)
        cleaned = cleaned.lowercased()
        return cleaned.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            .flatMap { $0.split(separator: "'") }.map(String.init).filter { $0.count > 1 }
    }

    @Test(arguments: Language.allCases)
    func anAnswerHasNoWordOfTheOtherLanguage(_ language: Language) throws {
        let other: Language = language == .fr ? .en : .fr
        let forbidden = try Self.ownWords(of: other)
        #expect(forbidden.count > 40, "the test must have words to look for")
        for entry in Self.worded where entry.name != "show-right" && entry.name != "check" {
            let result = try Interco.run(entry.arguments + ["--lang", language.rawValue])
            #expect(result.exitCode == 0)
            let found = Set(Self.words(result.stdout)).intersection(forbidden)
            #expect(found.isEmpty, "\(entry.name) --lang \(language.rawValue): \(found.sorted())")
        }
    }
}
