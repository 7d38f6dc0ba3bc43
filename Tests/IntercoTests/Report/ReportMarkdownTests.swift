@testable import Interco
import Testing

/// The Markdown writer: names escaped, links only to http(s), the diagram file linked.
@Suite struct ReportMarkdownTests {
    @Test func markdownEscapesNamesAndLinksOnlyHttp() {
        let markdown = ReportMarkdown.document(ReportTests.report(.en), diagramFile: "a b.svg", generator: "interco test")
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("</td>"))
        #expect(markdown.contains("Holder &lt;/td&gt;&lt;script&gt;x()&lt;/script&gt; (holder)"))
        #expect(markdown.contains("[Law &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\"](<https://example.org/law?a=1&amp;b=2>)"))
        #expect(markdown.contains("](<a%20b.svg>)"))
        #expect(markdown.contains("- ⚠ **no legal basis identified** — r-none\n"))
    }

    @Test func linkTargetsPercentEncodeWhatCouldCloseTheLink() {
        #expect(ReportMarkdown.linkTarget("report.svg") == "report.svg")
        #expect(ReportMarkdown.linkTarget("a>b)<c d.svg") == "a%3Eb%29%3Cc%20d.svg")
        #expect(ReportMarkdown.linkTarget("é.svg") == "%C3%A9.svg")
    }
}
