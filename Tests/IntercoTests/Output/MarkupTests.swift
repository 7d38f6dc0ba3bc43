import Testing
@testable import Interco

@Suite struct MarkupTests {
    @Test func escapesTheFiveCharactersThatEndTextOrAttributes() {
        #expect(Markup.escaped(#"<a href="x" title='y'>&</a>"#) == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func showsUnsafeScalarsEscapedAndKeepsOtherText() {
        #expect(Markup.escaped("l\u{202E}r\u{1B}[31m é « »") == "l\\u{202E}r\\u{1B}[31m é « »")
    }

    @Test func lineBreaksBecomeTheGivenBreak() {
        #expect(Markup.escaped("a\nb\r\nc") == "a b c")
        #expect(Markup.escaped("a\nb", lineBreak: "<br/>") == "a<br/>b")
    }
}
