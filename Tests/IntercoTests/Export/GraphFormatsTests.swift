import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Interco
import Testing

@Suite struct GraphFormatsTests {
    let hostile = PropertyGraph(Fixtures.model("export/hostile.yaml"), language: .en)

    /// Parses XML and returns the error, if any.
    func xmlError(_ text: String) -> Error? {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() ? nil : (parser.parserError ?? CocoaError(.coderReadCorrupt))
    }

    @Test(arguments: [GraphFormat.graphml, .gexf])
    func hostileTextStaysWellFormedXML(_ format: GraphFormat) {
        let text = format.encode(hostile)
        #expect(xmlError(text) == nil)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no raw control character")
        #expect(text.contains("&lt;script&gt;"))
        #expect(!text.contains("<script>"))
    }

    @Test func hostileTextStaysValidJSON() throws {
        let text = GraphFormat.json.encode(hostile)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let links = try #require(object["links"] as? [[String: Any]])
        let basis = links.compactMap { $0["basis"] as? String }
        #expect(basis.contains { $0.contains("\u{0}") }, "JSON keeps the value exactly, escaped by the encoder")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func cypherIsOneStatementALineWithQuotedStrings() {
        let text = GraphFormat.cypher.encode(hostile)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("//") || $0.hasSuffix(";") })
        #expect(lines.filter { !$0.hasPrefix("//") }.count == hostile.nodes.count + hostile.edges.count)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // A note that tries to end the string and the statement stays inside its quotes.
        #expect(text.contains("note: '\\'}); MATCH (n) DETACH DELETE n; //'"))
        #expect(text.contains("'back\\\\slash \\' apostrophe \\u0000 nul \\u001B[31m escape'"))
    }

    @Test(arguments: GraphFormat.allCases)
    func sameModelGivesTheSameBytes(_ format: GraphFormat) {
        let model = Fixtures.model("query/reach-ways.yaml")
        #expect(format.encode(PropertyGraph(model, language: .en)) == format.encode(PropertyGraph(model, language: .en)))
    }
}
