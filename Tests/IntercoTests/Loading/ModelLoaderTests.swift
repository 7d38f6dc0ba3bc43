import Foundation
@testable import Interco
import Testing

/// `ModelLoader`: what a load keeps.
@Suite struct ModelLoaderTests {
    /// Two undated files and a sourceless one, an in-force right with no basis (warnings), an
    /// unknown holder (an error), and a
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
            rights:
              - {actor: a, reaches: f1, kind: consultation, since: 2020, status: in-force, sources: [s]}
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
        #expect(warnings.map(\.code.rawValue).sorted() == ["no-basis", "no-source", "undated", "undated"])
        #expect(kept.warningsLeftOut == 0)
        #expect(counted.diagnostics == kept.diagnostics.filter { $0.severity == .error })
        #expect(counted.diagnostics.map(\.code.rawValue).contains("unknown-id"))
        #expect(counted.warningsLeftOut == warnings.count)
        #expect(DiagnosticPrinter.text(counted.diagnostics, warningsLeftOut: counted.warningsLeftOut).hasSuffix(
            ", 4 warnings (not listed here: `interco check` lists every warning)\n"))
    }

    /// A large file's bytes are let go once read; the lines diagnostics show are read again,
    /// and only from a file that still holds what was read.
    @Test func aLargeFileIsReadAgainForItsLinesOnlyWhenUnchanged() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("interco-large-" + UUID().uuidString + ".yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let comment = "# a comment line that pads the file past the size read on a second thread\n"
        let padding = String(repeating: comment, count: ModelLoader.pipelineThreshold / comment.utf8.count + 1)
        let text = padding + """
            sources:
              - {id: s, title: S}
            actors:
              - {id: a, name: A, kind: state, sources: [s]}
            files:
              - {id: f, name: F, held_by: nobody, since: 2020, sources: [s]}

            """
        try #require(text.utf8.count >= ModelLoader.pipelineThreshold)
        try Array(text.utf8).write(to: path)
        let result = ModelLoader().load(paths: [path])
        let unknown = try #require(result.diagnostics.first { $0.code.rawValue == "unknown-id" })
        #expect(unknown.sourceLine == "  - {id: f, name: F, held_by: nobody, since: 2020, sources: [s]}")

        var input = ModelLoader.Input(path: path, bytes: Array(text.utf8), onDisk: true)
        input.releaseBytes()
        #expect(input.bytes.isEmpty)
        #expect(input.bytesForLines(limits: .standard) == Array(text.utf8))
        try Array(text.replacingOccurrences(of: "nobody", with: "nobodY").utf8).write(to: path)
        #expect(input.bytesForLines(limits: .standard) == nil)
        var small = ModelLoader.Input(path: path, bytes: Array("a: b".utf8), onDisk: true)
        small.releaseBytes()
        #expect(small.bytes == Array("a: b".utf8))
    }
}

private extension Array where Element == UInt8 {
    func write(to path: String) throws {
        try Data(self).write(to: URL(fileURLWithPath: path))
    }
}
