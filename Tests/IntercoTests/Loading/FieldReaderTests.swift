import Foundation
@testable import Interco
import Testing

/// Fields whose reading has its own rule: empty limits, merge keys.
@Suite struct FieldReaderTests {
    static let base = """
        sources:
          - {id: s1, title: Source}
        data:
          - {id: health, name: Santé}
        actors:
          - {id: a, name: A, kind: state, sources: [s1]}
          - {id: b, name: B, kind: state, sources: [s1]}
        files:
          - {id: f, name: F, held_by: b, data: [health], sources: [s1]}

        """

    /// The errors (the base model has warnings: undated, no basis).
    func diagnostics(_ text: String) -> [String] {
        ModelLoader().load(inputs: [.init(path: "m.yaml", bytes: Array((Self.base + text).utf8))]).diagnostics
            .filter { $0.severity == .error }.map(\.withoutCode)
    }

    @Test func anEmptyDataLimitOnARightIsAnError() {
        #expect(diagnostics("rights:\n  - {actor: a, reaches: f, kind: consultation, data: [], sources: [s1]}\n")
                    == ["m.yaml:11:54: error: 'data' of right is an empty list: an empty limit gives nothing; remove `data` to take all"])
    }

    @Test func anEmptyDataLimitOnAFlowIsAnError() {
        #expect(diagnostics("flows:\n  - {from: f, into: f, data: [], sources: [s1]}\n").last
                    == "m.yaml:11:30: error: 'data' of flow is an empty list: an empty limit gives nothing; remove `data` to take all")
    }

    @Test func mergeKeysAreNamed() {
        #expect(diagnostics("rights:\n  - {<<: {kind: consultation}, actor: a, reaches: f, kind: consultation, sources: [s1]}\n")
                    == ["m.yaml:11:6: error: merge keys ('<<') are not supported in model files: write the keys of right out"])
    }
}
