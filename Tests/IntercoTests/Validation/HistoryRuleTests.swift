import Interco
import Testing

/// The notes of history errors point at the event the message compares with.
@Suite struct HistoryRuleTests {
    static let diagnostics = ModelLoader().load(paths: [Fixtures.path("invalid/history.yaml")]).diagnostics

    static func notes(_ code: String, line: Int) -> [String] {
        diagnostics.filter { $0.code.rawValue == code && $0.location.line == line }
            .flatMap(\.notes).map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test func anEventOutOfOrderPointsAtTheOneBefore() {
        #expect(Self.notes("history-order", line: 14) == ["14:22 the event before it is here"])
    }

    @Test func aMismatchPointsAtTheEventItDiffersFrom() {
        #expect(Self.notes("history-mismatch", line: 25) == ["27:22 the first event is here"])
        #expect(Self.notes("history-mismatch", line: 33) == ["35:68 that event is here"])
        #expect(Self.notes("history-mismatch", line: 40) == ["42:68 the last event is here"])
    }

    @Test func aHistoryThatAgreesWithSinceUntilAndStatusIsValid() {
        #expect(Fixtures.diagnostics("query/history.yaml") == [])
    }
}
