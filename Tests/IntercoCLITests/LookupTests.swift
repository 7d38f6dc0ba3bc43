import Foundation
import Testing

/// Names on the command line (`IDLookup` in QueryOptions.swift, `CommandSuggestion.swift`):
/// a file for its data, an actor by any aka, hints of any sort, checked purposes, misspelt commands.
@Suite struct LookupTests {
    static let cases: [CLITests.Case] = [
        .init(name: "lookup-file-one-category", arguments: ["paths", "fund-a", "register", "--model", "names.yaml", "--at", "2020"], exitCode: 0),
        .init(name: "lookup-file-several-categories", arguments: ["who-can-reach", "ledger", "--model", "names.yaml", "--status", "all", "--at", "2020"], exitCode: 0),
        .init(name: "lookup-paths-file-several-categories", arguments: ["paths", "fund-a", "ledger", "--model", "names.yaml", "--status", "all", "--at", "2020"], exitCode: 0),
        .init(name: "lookup-any-category", arguments: ["who-can-reach", "any", "--model", "names.yaml", "--status", "all", "--at", "2020", "--format", "json"], exitCode: 0),
        .init(name: "lookup-actor-aka", arguments: ["reach", "pole-emploi", "--model", "names.yaml", "--at", "2020"], exitCode: 0),
        .init(name: "lookup-other-sort", arguments: ["reach", "register", "--model", "names.yaml"], exitCode: 64),
        .init(name: "lookup-near-other-sort", arguments: ["who-can-reach", "r-lok", "--model", "names.yaml"], exitCode: 64),
        .init(name: "lookup-unknown-purpose", arguments: ["who-can-reach", "identity", "--model", "names.yaml", "--purpose", "eligibilty"], exitCode: 64),
        .init(name: "lookup-misspelt-command", arguments: ["who-can-rech", "identity"], exitCode: 64),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    @Test func aKnownPurposeStillFilters() throws {
        let result = try Interco.run(["who-can-reach", "identity", "--model", "names.yaml", "--purpose", "eligibility", "--at", "2020"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("fund-a"))
    }

    @Test func renderWritesItsLegendInTheChosenLanguage() throws {
        let french = try Interco.run(["render", "--model", "names.yaml", "--format", "dot", "-o", "-", "--lang", "fr", "--status", "all"])
        let english = try Interco.run(["render", "--model", "names.yaml", "--format", "dot", "-o", "-", "--lang", "en", "--status", "all"])
        #expect(french.exitCode == 0 && english.exitCode == 0, "stderr: \(french.stderr) \(english.stderr)")
        #expect(french.stdout.contains("établissement public"))
        #expect(english.stdout.contains("kind: public body"))
        #expect(!english.stdout.contains("établissement public"))
    }
}
