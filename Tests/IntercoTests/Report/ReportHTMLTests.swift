import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Interco
import Testing

/// The HTML writer: well-formed (an XML parser reads it), hostile text stays text, links only to
/// http(s) and to anchors that exist, the diagram inline without its XML prolog.
@Suite struct ReportHTMLTests {
    @Test func htmlIsWellFormedAndHostileTextStaysText() throws {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- comment -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g><text>x</text></g></svg>\n"
        for language in Language.allCases {
            let html = ReportHTML.document(ReportTests.report(language), svg: svg, generator: "interco test")
            let parsed = try #require(ReportTests.XMLText.parse(html), "not well-formed XML")
            #expect(parsed.text.contains("Holder </td><script>x()</script>"))
            #expect(parsed.text.contains("Law <script>alert(1)</script> & \"quotes\""))
            #expect(!parsed.elements.contains("script"))
            #expect(parsed.elements.contains("svg"))
            #expect(!html.contains("<?xml"))
            let links = parsed.attributes.filter { $0.name == "href" }.map(\.value)
            #expect(links.contains("https://example.org/law?a=1&b=2"))
            #expect(links.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://") || $0.hasPrefix("http://") })
            // Every internal link has its target.
            let ids = Set(parsed.attributes.filter { $0.name == "id" }.map(\.value))
            for link in links where link.hasPrefix("#") { #expect(ids.contains(String(link.dropFirst())), "\(link)") }
        }
    }

    @Test func htmlWithoutADiagramHasNoDiagramSection() throws {
        let html = ReportHTML.document(ReportTests.report(.en), svg: "not svg", generator: "interco test")
        #expect(ReportTests.XMLText.parse(html) != nil)
        #expect(!html.contains("id=\"diagram\""))
    }

    @Test func inlineSVGKeepsOnlyTheSVGElement() {
        #expect(ReportHTML.inlineSVG("<?xml version=\"1.0\"?>\n<svg a=\"1\"><g/></svg>\n") == "<svg a=\"1\"><g/></svg>")
        #expect(ReportHTML.inlineSVG("<svg><g/>") == nil)
        #expect(ReportHTML.inlineSVG("") == nil)
    }

    @Test func anchorsOfDifferentIdsDiffer() {
        #expect(ReportHTML.anchor("source", "a b") == "source-a_20_b")
        #expect(ReportHTML.anchor("source", "r\"><x") == "source-r_22__3e__3c_x")
    }
}
