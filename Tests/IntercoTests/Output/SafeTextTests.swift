import Interco
import Testing

@Suite struct SafeTextTests {
    @Test func controlAndBidiScalarsAreShownEscaped() {
        #expect(SafeText.escaped("p\u{0}x\u{1B}]0;pwned\u{7}") == "p\\u{0}x\\u{1B}]0;pwned\\u{7}")
        #expect(SafeText.escaped("a\u{202E}b\u{2066}c") == "a\\u{202E}b\\u{2066}c")
        #expect(SafeText.escaped("x\u{9B}y\u{FFFE}") == "x\\u{9B}y\\u{FFFE}")
    }

    @Test func aNewlineCannotForgeADiagnosticLine() {
        let forged = SafeText.escaped("id\nm.yaml:1:1: error: fake")
        #expect(!forged.contains("\n"))
        #expect(forged == "id\\u{A}m.yaml:1:1: error: fake")
        #expect(SafeText.escaped("a\r\nb") == "a\\u{D}\\u{A}b")
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Caisses d'allocations familiales « CAF » — Art. L114-19 CSS, état au 29 décembre"
        #expect(SafeText.escaped(text) == text)
        #expect(SafeText.isSafe(text))
        #expect(!SafeText.isSafe("a\u{7}"))
    }

    @Test func longValuesAreCutWithAnEllipsis() {
        let long = String(repeating: "é", count: 500)
        let shown = SafeText.escaped(long)
        #expect(shown.count == SafeText.echoLimit + 1)
        #expect(shown.hasSuffix("é…"))
        #expect(SafeText.escaped(String(repeating: "a", count: SafeText.echoLimit)).count == SafeText.echoLimit)
        #expect(SafeText.escaped(long, limit: nil) == long)
    }
}
