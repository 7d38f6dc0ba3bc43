import Foundation
import Interco
import Testing

/// Malformed input gives a positioned error and nothing else: no crash, no hang.
@Suite struct BadInputTests {
    static let cases: [(String, [String])] = [
        ("invalid/syntax-error.yaml", [
            "invalid/syntax-error.yaml:3:5: error: YAML syntax error: while parsing a flow mapping, did not find expected ',' or '}'; "
                + "a '{' is not closed with '}', or a value inside it needs quotes [yaml-syntax]",
        ]),
        ("invalid/invalid-utf8.yaml", ["invalid/invalid-utf8.yaml:2:30: error: invalid UTF-8 at byte offset 37: model files must be UTF-8 text [invalid-utf8]"]),
        ("invalid/nul-byte.yaml", [
            "invalid/nul-byte.yaml:2:28: error: NUL byte U+0000 is not allowed in a model file (is this a binary file?) [control-character]",
        ]),
        ("invalid/empty.yaml", ["invalid/empty.yaml:1:1: error: the file is empty: a model file holds at least one section [empty-file]"]),
        ("invalid/comments-only.yaml", [
            "invalid/comments-only.yaml:1:1: error: the file holds no YAML content (only comments): a model file holds at least one section [empty-file]",
        ]),
        ("invalid/tab-indent.yaml", [
            "invalid/tab-indent.yaml:1:1: error: YAML syntax error: while scanning for the next token, found character that cannot start any token; "
                + "a tab cannot indent YAML: indent with spaces [yaml-syntax]",
        ]),
        ("invalid/deep-nesting.yaml", [
            "invalid/deep-nesting.yaml:1:10: error: nesting deeper than 64 levels (the nesting limit of model files; a model needs 4) [nesting-limit]",
        ]),
        ("invalid/no-yaml", ["invalid/no-yaml: error: the directory holds no .yaml or .yml file [no-model-files]"]),
        ("invalid/does-not-exist.yaml", ["invalid/does-not-exist.yaml: error: no such file or directory [no-such-file]"]),
    ]

    @Test(arguments: cases)
    func badInput(_ fixture: String, _ expected: [String]) {
        #expect(Fixtures.diagnostics(fixture) == expected)
    }

    @Test func aliasBombStopsAtTheExpansionLimit() {
        let diagnostics = Fixtures.diagnostics("invalid/alias-bomb.yaml")
        #expect(diagnostics.last == "invalid/alias-bomb.yaml:5:38: error: aliases expand to more than 100000 nodes in this file "
                    + "(the alias expansion limit guards against alias bombs); write the values out [alias-limit]")
    }

    @Test func unreadableInputIsToldApartFromABadModel() {
        #expect(ModelLoader().load(paths: [Fixtures.path("invalid/no-yaml")]).hasUnreadableInput)
        #expect(!ModelLoader().load(paths: [Fixtures.path("invalid/syntax-error.yaml")]).hasUnreadableInput)
    }

    @Test func aliasesWithinTheLimitAreExpanded() {
        let yaml = """
            sources:
              - &s {id: s1, title: Source}
            actors:
              - {id: dgfip, name: DGFiP, kind: state, sources: &list [s1]}
              - {id: dss, name: DSS, kind: state, sources: *list}
            """
        let result = ModelLoader().load(inputs: [.init(path: "m.yaml", bytes: Array(yaml.utf8))])
        #expect(result.isValid)
        #expect(result.model.actors.map { $0.sources.map(\.value) } == [["s1"], ["s1"]])
    }

    @Test func randomBytesGiveAnErrorQuickly() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<2_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let result = ModelLoader().load(inputs: [.init(path: "random.bin", bytes: bytes)])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.hasErrors)
    }

    @Test func printableGarbageGivesAnErrorNotACrash() {
        let text = String(repeating: "{[&*!|>%@`'\"-: ?,]}\n", count: 5_000)
        let result = ModelLoader().load(inputs: [.init(path: "garbage.yaml", bytes: Array(text.utf8))])
        #expect(result.diagnostics.hasErrors)
    }
}

@Suite struct LimitTests {
    @Test func theEntryLimitHasItsOwnError() {
        let yaml = "actors:\n" + (0..<5).map { "  - {id: a\($0), name: A, kind: state}\n" }.joined()
        let result = ModelLoader(limits: ReadingLimits(maxEntries: 3)).load(inputs: [.init(path: "m.yaml", bytes: Array(yaml.utf8))])
        #expect(result.diagnostics.map(\.description) == [
            "m.yaml:5:5: error: the model has more than 3 entries (the entry limit); split it or raise the limit [entry-limit]",
        ])
    }

    @Test func theFileSizeLimitHasItsOwnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("interco-size-\(UInt32.random(in: 0...UInt32.max)).yaml").path
        try Data(repeating: 0x20, count: 2048).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ModelLoader(limits: ReadingLimits(maxFileBytes: 1024)).load(paths: [path])
        #expect(result.diagnostics.map(\.message) == [
            "the file is 2048 bytes, over the 1024-byte limit of one model file; split it into several files",
        ])
        #expect(result.hasUnreadableInput)
    }
}
