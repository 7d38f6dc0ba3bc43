import Foundation
@testable import Interco
import Testing

/// Codes, notes, snippets and recovery, with the expected positions written in the inputs.
@Suite struct DiagnosticTests {
    static func load(_ files: [(String, MarkedText)]) -> [Diagnostic] {
        ModelLoader().load(inputs: files.map { $0.1.input($0.0) }).diagnostics
    }

    @Test func aSyntaxErrorStopsOnlyItsFile() {
        let broken = MarkedText("""
            sources:
              - {id: s1, title: S}
            actors:
              - id: dgfip
                name: DGFiP
                kind: state
                 sources1️⃣: [s1]
            """)
        let files = MarkedText("""
            data:
              - {id: bank, name: Bank}
            files:
              - {id: ficoba, name: FICOBA, held_by: 1️⃣dgifp, data: [bank], sources: [s1]}
            """)
        let rights = MarkedText("""
            rights:
              - {actor: dgfip, reaches: ficoba, kind: consultation, sources: [1️⃣s2]}
            """)
        let diagnostics = Self.load([("a.yaml", broken), ("b.yaml", files), ("c.yaml", rights)]).filter { $0.severity == .error }
        #expect(diagnostics.map(\.code) == ["yaml-syntax", "unknown-id", "undefined-source"])
        #expect(diagnostics.map { $0.location.description } == [
            broken.place("1️⃣", in: "a.yaml"), files.place("1️⃣", in: "b.yaml"), rights.place("1️⃣", in: "c.yaml"),
        ])
        // The broken file's own ids (dgfip, s1) are taken as defined: no dangling reference to them.
        #expect(!diagnostics.contains { $0.message.hasPrefix("unknown id 'dgfip'") || $0.message.hasPrefix("undefined source 's1'") })
        #expect(diagnostics[0].message.contains("check the indentation"))
        #expect(diagnostics[0].notes.map(\.message) == [
            "the entries of this file were not checked; fix this error and run again (the 2 ids it seems to define are taken as defined meanwhile)",
        ])
    }

    @Test func aBrokenFileLeavesItsEntriesOutOfTheModel() {
        let good = MarkedText("actors:\n  - {id: caf, name: CAF, kind: public-body}\n")
        let broken = MarkedText("actors:\n  - {id: dss, name: DSS, kind: state}\n  - {id: 1️⃣\"x, name: X}\n")
        let result = ModelLoader().load(inputs: [good.input("good.yaml"), broken.input("broken.yaml")])
        #expect(result.model.actors.map(\.id.value) == ["caf"])
        #expect(result.diagnostics.map(\.code) == ["yaml-syntax"])
    }

    @Test func aDuplicateIDPointsAtTheFirstDefinition() {
        let text = MarkedText("""
            data:
              - {id: 1️⃣caf, name: Family benefits}
            actors:
              - {id: 2️⃣caf, name: CAF, kind: public-body}
            """)
        let diagnostics = Self.load([("m.yaml", text)])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].code == "duplicate-id")
        #expect(diagnostics[0].location.description == text.place("2️⃣", in: "m.yaml"))
        #expect(diagnostics[0].notes.map { "\($0.location): \($0.message)" } == ["\(text.place("1️⃣", in: "m.yaml")): first defined here"])
    }

    @Test func aRepeatedKeyPointsAtTheFirstOne() {
        let text = MarkedText("actors:\n  - id: caf\n    1️⃣name: CAF\n    2️⃣name: Caisse\n    kind: public-body\n")
        let diagnostics = Self.load([("m.yaml", text)])
        #expect(diagnostics.map(\.code) == ["duplicate-key"])
        #expect(diagnostics[0].location.description == text.place("2️⃣", in: "m.yaml"))
        #expect(diagnostics[0].notes.map(\.location.description) == [text.place("1️⃣", in: "m.yaml")])
    }

    @Test func theTextShowsTheLineAndACaretUnderTheColumn() {
        let text = MarkedText("actors:\n  - {id: caf, name: CAF, kind: 1️⃣stat}\n")
        let printed = DiagnosticPrinter.text(Self.load([("m.yaml", text)]))
        #expect(printed == """
            \(text.place("1️⃣", in: "m.yaml")): error: unknown actor kind 'stat' (did you mean 'state'?); expected one of: state, \
            public-body, social-security, local-authority, court, independent-authority, private-company, contractor, association \
            [unknown-value]
                2 |   - {id: caf, name: CAF, kind: stat}
                  | \(String(repeating: " ", count: 31))^
            1 error, 0 warnings

            """)
        #expect(text.place("1️⃣", in: "m.yaml") == "m.yaml:2:32")
    }

    @Test func hostileTextInTheSnippetIsEscapedAndTheCaretStillLinesUp() {
        let text = MarkedText("actors:\n  - {id: caf, name: \"\\u202Eevil\", kind: 1️⃣stat}\n")
        let diagnostics = Self.load([("m.yaml", text)])
        var withControl = diagnostics[0]
        withControl.sourceLine = "  - {id: caf, name: \u{202E}x, kind: stat}"
        withControl.location = SourceLocation(file: "m.yaml", line: 2, column: 31)
        let printed = DiagnosticPrinter.text([withControl])
        let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "    2 |   - {id: caf, name: \\u{202E}x, kind: stat}")
        #expect(SafeText.isSafe(printed.replacingOccurrences(of: "\n", with: "")))
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let stat = lines[1].range(of: "stat").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
        #expect(caret == stat)
    }

    @Test(arguments: [
        ("actors:\n\t- {id: caf}\n", "a tab cannot indent YAML"),
        ("actors:\n  - {id: caf, name: \"CAF}\n", "a quote is never closed"),
        ("actors:\n  - {id: caf, name: CAF\n", "a '{' is not closed"),
        ("actors:\n  - id: caf\n     name: CAF\n", "check the indentation"),
    ])
    func libyamlMessagesGetAHint(_ text: String, _ hint: String) {
        let diagnostics = Self.load([("m.yaml", MarkedText(text))])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == "yaml-syntax")
        #expect(diagnostics.first?.message.contains(hint) == true, "\(diagnostics)")
    }

    @Test func anUnclosedQuoteHasANoteWhereItOpens() {
        let text = MarkedText("actors:\n  - {id: caf, name: 1️⃣\"CAF, kind: state}\n")
        let diagnostics = Self.load([("m.yaml", text)])
        #expect(diagnostics.first?.notes.first?.location.description == text.place("1️⃣", in: "m.yaml"))
        #expect(diagnostics.first?.notes.first?.message == "the quoted value starts here")
    }

    @Test func everyCodeIsDocumentedWithAnExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/model-format.md"), encoding: .utf8)
        #expect(Set(Diagnostic.Code.all).count == Diagnostic.Code.all.count)
        for code in Diagnostic.Code.all {
            #expect(doc.contains("#### `\(code)`"), "docs/model-format.md does not document \(code)")
            #expect(doc.contains("[\(code)]"), "docs/model-format.md has no example of \(code)")
        }
    }
}
