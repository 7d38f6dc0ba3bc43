import Foundation
import FoundationXML
@testable import Interco
import IntercoRender
import Testing

/// Renders real views end to end (model → DOT → Graphviz) and inspects what comes out.
@Suite(.serialized) struct DiagramRenderTests {
    static let shipped = AccessIndex(ModelLoader().loadShipped().model)

    static func dot(_ index: AccessIndex, _ view: DiagramView = .wholeMap, day: String = "2026-11-25",
                    theme: String = "default", statuses: Set<Status> = Status.queryDefault) -> String {
        let filters = QueryFilters(day: .on(try! ModelDate.parse(day).get()), statuses: statuses)
        let builder = DiagramBuilder(finder: PathFinder(index: index, filters: filters), theme: try! Theme.load(theme).get())
        return DOTEncoder.encode(builder.graph(view))
    }

    @Test(arguments: LayoutEngine.allCases)
    func wholeShippedMapInEveryFormat(_ engine: LayoutEngine) throws {
        let dot = Self.dot(Self.shipped, statuses: Set(Status.allCases))
        for format in ImageFormat.allCases {
            let output = try GraphvizRenderer.render(dot: dot, engine: engine, format: format)
            let bytes = [UInt8](output.data)
            #expect(bytes.count > 10_000, "\(engine) \(format): \(bytes.count) bytes")
            switch format {
            case .png: #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            case .pdf: #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
            case .svg: #expect(try SVG(output.data).elements.count > 100)
            case .json: #expect(LayoutGeometry(json: output.data).map { $0.width > 100 && $0.smallestText > 0 } == true)
            }
        }
    }

    @Test func everyNodeAndEdgeHasATooltipAndLinksAreHTTP() throws {
        let svg = try SVG(try GraphvizRenderer.render(dot: Self.dot(Self.shipped), engine: .dot, format: .svg).data)
        let groups = svg.elements.filter { $0.name == "g" && ["node", "edge"].contains($0.attributes["class"] ?? "") }
        #expect(groups.count > 50)
        for group in groups where group.id != "legend" {
            #expect(svg.hasTooltip(inside: group), "no tooltip in \(group.title)")
        }
        let links = svg.elements.compactMap { $0.attributes["xlink:href"] }
        #expect(links.count > 30)
        #expect(links.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
        #expect(svg.text.contains("Direction générale des finances publiques"))
        #expect(svg.text.contains("état au 2026-11-25"))
    }

    @Test func queryViewsShowOnlyTheirPaths() throws {
        let index = Self.shipped
        let category = try #require(index.category("bank-transactions"))
        let svg = try SVG(try GraphvizRenderer.render(dot: Self.dot(index, .whoCanReach(.category(category, in: index))), engine: .dot, format: .svg).data)
        let titles = Set(svg.elements.filter { $0.attributes["class"] == "node" }.map(\.title))
        #expect(titles.contains("file:bank-customer-records"))  // the banks hold the statements, drawn inside their cluster
        #expect(!titles.contains("file:agdref"))
        #expect(titles.contains("cat:bank-transactions"))
    }

    @Test func hostileNamesComeOutAsText() throws {
        let dot = Self.dot(AccessIndex(HostileModel.model), statuses: Set(Status.allCases))
        let data = try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg).data
        let text = String(decoding: data, as: UTF8.self)
        let svg = try SVG(data)
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.contains("javascript:"))
        #expect(!text.contains("data:text"))
        #expect(svg.text.contains(#"\N \G \l"#))
        #expect(svg.text.contains("<script>alert(1)</script>"), "names are kept as text")
        #expect(svg.elements.compactMap { $0.attributes["xlink:href"] } == ["https://example.org/a?b=1&c=%222%22"])
        for format in [ImageFormat.png, .pdf] {
            #expect(try GraphvizRenderer.render(dot: dot, engine: .dot, format: format).data.count > 1000)
        }
    }

    @Test func sameViewGivesTheSameDOTAndSVG() throws {
        let view = DiagramView.whoCanReach(.category(Self.shipped.category("health")!, in: Self.shipped))
        let dot = Self.dot(Self.shipped, view)
        #expect(dot == Self.dot(Self.shipped, view))
        // Names get ids in order of appearance, so clusters come out in the same order every time.
        let first = try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg).data
        let second = try GraphvizRenderer.render(dot: Self.dot(Self.shipped), engine: .dot, format: .svg).data
        #expect(first != second)
        #expect(first == (try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg).data))
    }
}

/// A model no validator would accept, built in code, with every character and link that tries to
/// break out of a label, a tooltip or an attribute.
enum HostileModel {
    static let evil = "Quote \" backslash \\ \\N \\G \\l <script>alert(1)</script> & ] } { \n newline \u{202E}rtl"

    static var model: Model {
        let here = SourceLocation(file: "hostile", line: 1, column: 1)
        func at<T>(_ value: T) -> Located<T> { Located(value, at: here) }
        var model = Model()
        model.sources = [
            Source(id: at("js"), title: Localized(evil), url: "javascript:alert(1)", location: here),
            Source(id: at("data"), title: Localized(evil), url: "data:text/html,<script>alert(1)</script>", location: here),
            Source(id: at("ok"), title: Localized(evil), url: "https://example.org/a?b=1&c=\"2\"", location: here),
        ]
        model.categories = [DataCategory(id: at("cat"), name: Localized(evil), sensitive: true, location: here)]
        model.actors = [
            Actor(id: at("a"), name: Localized(evil), kind: .state, aka: [evil], description: Localized(evil), sources: [at("js")], location: here),
            Actor(id: at("b"), name: Localized(evil), kind: .privateCompany, partOf: at("a"), aka: [], sources: [at("data")], location: here),
        ]
        model.files = [DataFile(id: at("f"), name: Localized(evil), heldBy: at("b"), data: [at("cat")], about: [],
                                standing: Standing(sources: [at("ok")]), description: Localized(evil), location: here)]
        model.rights = [Right(actor: at("a"), reaches: at("f"), kind: .communication, data: [], basis: evil,
                              standing: Standing(status: .alleged, sources: [at("js"), at("data")]), note: Localized(evil), location: here)]
        return model
    }
}

/// A parsed SVG: every element with its attributes, and all its text, or a parse error.
struct SVG {
    struct Element {
        var name: String
        var attributes: [String: String]
        var id: String
        var title: String
        var children: [Int]
    }

    var elements: [Element] = []
    var text = ""

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        elements = delegate.elements
        text = delegate.text
    }

    /// Graphviz puts a node's or an edge's tooltip on an `<a xlink:title>` inside its group.
    func hasTooltip(inside group: Element) -> Bool {
        group.children.contains { elements[$0].name == "a" && elements[$0].attributes["xlink:title"]?.isEmpty == false }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var text = ""
        var stack: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes, id: attributes["id"] ?? "", title: "", children: []))
            for parent in stack { elements[parent].children.append(elements.count - 1) }
            stack.append(elements.count - 1)
            text += attributes.values.joined(separator: " ") + " "
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
            if let last = stack.last, elements[last].name == "title" {
                for parent in stack { elements[parent].title += string }
            }
        }
    }
}
