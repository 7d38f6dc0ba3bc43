import Foundation
import Testing

/// `interco list` with filters, formats and languages: whole outputs on `Fixtures/names.yaml`.
@Suite struct ListTests {
    static let cases: [CLITests.Case] = [
        .init(name: "list-files-fr", arguments: ["list", "files", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "list-files-en", arguments: ["list", "files", "--model", "names.yaml", "--lang", "en"], exitCode: 0),
        .init(name: "list-files-csv", arguments: ["list", "files", "--model", "names.yaml", "--format", "csv"], exitCode: 0),
        .init(name: "list-rights-no-basis", arguments: ["list", "rights", "--model", "names.yaml", "--lang", "en", "--no-basis", "--format", "csv"], exitCode: 0),
        .init(name: "list-rights-filtered-fr", arguments: ["list", "rights", "--model", "names.yaml", "--lang", "fr", "--status", "alleged", "--kind", "communication"], exitCode: 0),
        .init(name: "list-rights-at-markdown-en", arguments: ["list", "rights", "--model", "names.yaml", "--lang", "en", "--at", "2011", "--format", "markdown"], exitCode: 0),
        .init(name: "list-actors-kind-fr", arguments: ["list", "actors", "--model", "names.yaml", "--lang", "fr", "--actor-kind", "private-company,state"], exitCode: 0),
        .init(name: "list-purposes-fr", arguments: ["list", "purposes", "--model", "names.yaml", "--lang", "fr"], exitCode: 0),
        .init(name: "list-purposes-json", arguments: ["list", "purposes", "--model", "names.yaml", "--format", "json"], exitCode: 0),
        .init(name: "list-bad-kind", arguments: ["list", "rights", "--model", "names.yaml", "--kind", "comunication"], exitCode: 64),
        .init(name: "list-kind-without-kinds", arguments: ["list", "sources", "--model", "names.yaml", "--kind", "state"], exitCode: 64),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }
}
