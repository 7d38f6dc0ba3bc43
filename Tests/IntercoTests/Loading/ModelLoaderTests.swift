@testable import Interco
import Testing

/// `ModelLoader`: what a load keeps.
@Suite struct ModelLoaderTests {
    /// Two undated files and a sourceless one (warnings), an unknown holder (an error), and a
    /// second file that stops half-read, whose warnings are forgotten with its entries.
    static let inputs = [
        ModelLoader.Input(path: "a.yaml", bytes: Array("""
            sources:
              - {id: s, title: S}
            actors:
              - {id: a, name: A, kind: state, sources: [s]}
            files:
              - {id: f1, name: F1, held_by: a, sources: [s]}
              - {id: f2, name: F2, held_by: nobody}
            """.utf8)),
        ModelLoader.Input(path: "b.yaml", bytes: Array("""
            files:
              - {id: f3, name: F3, held_by: a, sources: [s]}
              - {id: f4, name: [
            """.utf8)),
    ]

    @Test func warningsNotKeptAreCountedAndErrorsAreTheSame() {
        let kept = ModelLoader().load(inputs: Self.inputs)
        let counted = ModelLoader(keepsWarnings: false).load(inputs: Self.inputs)
        let warnings = kept.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.code.rawValue).sorted() == ["no-source", "undated", "undated"])
        #expect(kept.warningsLeftOut == 0)
        #expect(counted.diagnostics == kept.diagnostics.filter { $0.severity == .error })
        #expect(counted.diagnostics.map(\.code.rawValue).contains("unknown-id"))
        #expect(counted.warningsLeftOut == warnings.count)
        #expect(DiagnosticPrinter.text(counted.diagnostics, warningsLeftOut: counted.warningsLeftOut).hasSuffix(
            ", 3 warnings (not listed here: `interco check` lists every warning)\n"))
    }
}
