import Foundation
import Testing

/// Runs the built `interco` binary and compares its whole stdout, stderr and exit code.
///
/// Expected outputs live in `Fixtures/golden/NAME.{out,err}` and were checked by hand; run with
/// `INTERCO_UPDATE_GOLDEN=1` to rewrite them after an intended change, then read the diff.
@Suite struct CLITests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var exitCode: Int32
        var testDescription: String { "interco " + arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(name: "check-ok", arguments: ["check", "--model", "model.yaml"], exitCode: 0),
        Case(name: "check-json", arguments: ["check", "--model", "invalid.yaml", "--format", "json"], exitCode: 65),
        Case(name: "check-invalid", arguments: ["check", "--model", "invalid.yaml"], exitCode: 65),
        Case(name: "check-strict", arguments: ["check", "--model", "invalid.yaml", "--model", "model.yaml", "--strict"], exitCode: 65),
        Case(name: "check-missing", arguments: ["check", "--model", "missing.yaml"], exitCode: 66),
        // A syntax error in one file, reference errors in two others: all reported in one run.
        Case(name: "check-recovery", arguments: ["check", "--model", "recovery"], exitCode: 65),
        Case(name: "check-recovery-json", arguments: ["check", "--model", "recovery", "--format", "json"], exitCode: 65),
        Case(name: "check-bad-option", arguments: ["check", "--modle", "model.yaml"], exitCode: 64),
        Case(name: "list-actors", arguments: ["list", "actors", "--model", "model.yaml"], exitCode: 0),
        Case(name: "list-rights-json", arguments: ["list", "rights", "--model", "model.yaml", "--format", "json"], exitCode: 0),
        Case(name: "who-text", arguments: ["who-can-reach", "bank-accounts", "--model", "model.yaml", "--at", "2024-01-01"], exitCode: 0),
        Case(name: "who-json", arguments: ["who-can-reach", "bank-accounts", "--model", "model.yaml", "--at", "2024-01-01", "--format", "json"], exitCode: 0),
        Case(name: "who-csv", arguments: ["who-can-reach", "bank-accounts", "--model", "model.yaml", "--at", "2024-01-01", "--format", "csv"], exitCode: 0),
        Case(name: "who-markdown", arguments: ["who-can-reach", "bank-accounts", "--model", "model.yaml", "--at", "2024-01-01", "--format", "markdown"], exitCode: 0),
        Case(name: "who-paths", arguments: ["who-can-reach", "health", "--model", "model.yaml", "--at", "2019-06-01", "--paths"], exitCode: 0),
        Case(name: "who-none", arguments: ["who-can-reach", "bank-transactions", "--model", "model.yaml", "--at", "2020-12-28"], exitCode: 0),
        Case(name: "who-purpose", arguments: ["who-can-reach", "bank-transactions", "--model", "model.yaml", "--at", "2021", "--purpose", "support", "--paths"], exitCode: 0),
        Case(name: "who-unknown", arguments: ["who-can-reach", "helth", "--model", "model.yaml"], exitCode: 64),
        Case(name: "who-bad-date", arguments: ["who-can-reach", "health", "--model", "model.yaml", "--at", "2023-02-30"], exitCode: 64),
        Case(name: "who-bad-status", arguments: ["who-can-reach", "health", "--model", "model.yaml", "--status", "in-force,aleged"], exitCode: 64),
        Case(name: "reach-text", arguments: ["reach", "agency", "--model", "model.yaml", "--at", "2024-01-01", "--status", "all"], exitCode: 0),
        Case(name: "reach-hops", arguments: ["reach", "agency", "--model", "model.yaml", "--at", "2024-01-01", "--status", "all", "--max-hops", "2", "--format", "markdown"], exitCode: 0),
        Case(name: "paths-text", arguments: ["paths", "agency", "health", "--model", "model.yaml", "--at", "2019-06-01"], exitCode: 0),
        // Model texts in two languages: each output takes the language asked, and the other where one is missing.
        Case(name: "texts-paths-fr", arguments: ["paths", "fund", "income", "--model", "bilingual.yaml", "--at", "2024", "--lang", "fr"], exitCode: 0),
        Case(name: "texts-paths-en", arguments: ["paths", "fund", "income", "--model", "bilingual.yaml", "--at", "2024", "--lang", "en"], exitCode: 0),
        Case(name: "texts-who-json-en", arguments: ["who-can-reach", "income", "--model", "bilingual.yaml", "--at", "2024", "--lang", "en", "--format", "json"], exitCode: 0),
        Case(name: "texts-list-files-en", arguments: ["list", "files", "--model", "bilingual.yaml", "--lang", "en", "--format", "json"], exitCode: 0),
        Case(name: "texts-show-fund-en", arguments: ["show", "fund", "--model", "bilingual.yaml", "--lang", "en"], exitCode: 0),
        Case(name: "texts-show-file-fr", arguments: ["show", "tax-file", "--model", "bilingual.yaml", "--lang", "fr"], exitCode: 0),
        Case(name: "paths-json", arguments: ["paths", "agency", "health", "--model", "model.yaml", "--at", "2019-06-01", "--format", "json", "--limit", "2"], exitCode: 0),
        Case(name: "paths-csv", arguments: ["paths", "agency", "health", "--model", "model.yaml", "--at", "any", "--format", "csv"], exitCode: 0),
        Case(name: "paths-unknown-actor", arguments: ["paths", "agnecy", "health", "--model", "model.yaml"], exitCode: 64),
        Case(name: "query-invalid-model", arguments: ["who-can-reach", "bank-accounts", "--model", "invalid.yaml"], exitCode: 65),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: Case) throws {
        try Golden.check(testCase)
    }

    @Test func shippedModelIsValidFromAnyDirectory() throws {
        let result = try Interco.run(["check", "--strict"], in: "/")
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("ok: "))
        #expect(result.stderr == "")
    }

    /// The data/ directory read from disk, as an editor of the model checks it (the embedded copy is
    /// read by another path: a text accepted there must be accepted here).
    @Test func theDataDirectoryIsValidWhenReadFromDisk() throws {
        let result = try Interco.run(["check", "--strict", "--model", "data"], in: Interco.repository.path)
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("ok: "))
        #expect(result.stderr == "")
    }

    @Test func sameArgumentsGiveByteIdenticalOutput() throws {
        for arguments in [["who-can-reach", "health", "--at", "any", "--paths", "--status", "all", "--format", "json"],
                          ["reach", "france-travail", "--status", "all", "--paths"]] {
            let first = try Interco.run(arguments), second = try Interco.run(arguments)
            #expect(first.exitCode == 0)
            #expect(first.stdout == second.stdout)
            #expect(first.stdout.count > 100)
        }
    }

    @Test func versionAndHelp() throws {
        #expect(try Interco.run(["--version"]).stdout.hasPrefix("0."))
        let help = try Interco.run(["who-can-reach", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("--at <date>"))
        #expect(help.stdout.contains("Examples:"))
    }
}

/// Hostile names and urls through every query output format.
@Suite struct HostileOutputTests {
    static let arguments = ["who-can-reach", "bank-accounts", "--model", "hostile.yaml", "--at", "any", "--paths"]

    @Test func jsonStaysValid() throws {
        let result = try Interco.run(Self.arguments + ["--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rows = json?["results"] as? [[String: Any]]
        #expect(rows?.count == 2)
        let names = rows?.compactMap { ($0["actor"] as? [String: Any])?["name"] as? String }
        #expect(names?.contains("Line one\nline two\r\nand a tab\there, \u{202E}right-to-left, \u{7}bell") == true)
    }

    @Test func csvHasRectangularRows() throws {
        let result = try Interco.run(Self.arguments + ["--format", "csv"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("\"Art. 1, \"\"quoted\"\"\\u{A}second line | pipe <script>\""))
        let raw = try Interco.run(Self.arguments + ["--format", "csv", "--csv-raw"])
        #expect(raw.stdout.contains("\"Art. 1, \"\"quoted\"\"\nsecond line | pipe <script>\""))
    }

    @Test func markdownAndTextCannotBreakOut() throws {
        let markdown = try Interco.run(Self.arguments + ["--format", "markdown"])
        #expect(!markdown.stdout.contains("<script>"))
        let text = try Interco.run(Self.arguments)
        #expect(!text.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{202E}" })
        #expect(!markdown.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{202E}" })
        #expect(text.stdout.contains("  Line one\\u{A}line two\\u{D}\\u{A}and a…  "), "cut at a word, escaped")
        #expect(text.stdout.contains("basis: Art. 1, \"quoted\"\\u{A}second line | pipe <script>\n"))
    }
}

/// Output files are replaced atomically: killing a render at any moment leaves the previous file
/// or the whole new one, never a truncated one.
@Suite struct AtomicOutputTests {
    @Test func killedRendersNeverTruncateTheOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interco-kill-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("map.svg")
        let previous = "previous content\n"
        try previous.write(to: output, atomically: false, encoding: .utf8)
        for attempt in 0..<12 {
            let process = Process()
            process.executableURL = Interco.binary
            process.arguments = ["render", "--at", "2026-11-25", "--format", "svg", "-o", output.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(attempt * 40_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let content = try String(contentsOf: output, encoding: .utf8)
            if content != previous {
                #expect(content.hasPrefix("<?xml") && content.hasSuffix("</svg>\n"), "attempt \(attempt): truncated output")
            }
        }
    }

    @Test func renderRefusesToOverwriteAModelFile() throws {
        let result = try Interco.run(["render", "--model", "model.yaml", "--format", "dot", "-o", "model.yaml"])
        #expect(result.exitCode == 64)
        #expect(result.stderr == "error: refusing to write over model file model.yaml\n")
    }

    @Test func svgIsByteIdenticalAcrossRuns() throws {
        let arguments = ["render", "--who-can-reach", "health", "--at", "2026-11-25", "--format", "svg", "-o", "-"]
        let first = try Interco.run(arguments), second = try Interco.run(arguments)
        #expect(first.exitCode == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test func oversizedViewsAreRefusedForDot() throws {
        // A model with more than 1 500 nodes and edges: refused with dot, drawn with sfdp.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interco-big-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var yaml = "sources:\n  - {id: s, title: S}\ndata:\n  - {id: d, name: D}\nactors:\n"
        for actor in 0..<400 { yaml += "  - {id: a\(actor), name: A\(actor), kind: state}\n" }
        yaml += "files:\n"
        for file in 0..<400 { yaml += "  - {id: f\(file), name: F\(file), held_by: a\(file), data: [d], sources: [s]}\n" }
        yaml += "rights:\n"
        for right in 0..<800 { yaml += "  - {actor: a\(right % 400), reaches: f\((right * 7 + 1) % 400), kind: consultation, sources: [s]}\n" }
        let model = directory.appendingPathComponent("big.yaml")
        try yaml.write(to: model, atomically: true, encoding: .utf8)
        let refused = try Interco.run(["render", "--model", model.path, "--format", "svg", "-o", "-"])
        #expect(refused.exitCode == 64)
        #expect(refused.stderr.contains("more than the dot engine lays out in reasonable time"))
        #expect(refused.stderr.contains("--engine sfdp"))
        #expect(refused.stdout.isEmpty)
    }
}
