import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Interco
import Testing

/// Reads an SVG document with Foundation's parser: whether it is well formed, its elements with
/// their attributes, and the text of its elements.
final class SVGReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    var elements: [Element] = []
    private var open: [Int] = []
    private(set) var wellFormed = false

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        wellFormed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in open { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (className == nil || $0.attributes["class"] == className) }
    }
}

@Suite struct StepChartTests {
    func date(_ text: String) -> ModelDate { try! ModelDate.parse(text).get() }

    var sample: StepChart {
        StepChart(title: "Who", subtitle: "model", axisLabel: "actors", start: 1, steps: [
            .init(date: date("2008"), count: 6, label: "r-09a · Art. L114-19", note: "2008: + caf",
                  links: [.init(text: "s1", url: "https://example.org/a?b=1&c=2")]),
            .init(date: date("2008-02"), count: 7, label: "r-x · close to the first", note: "February"),
            .init(date: date("2020-12-29"), count: 3, label: "r-08a", note: "2020"),
        ])
    }

    @Test func wellFormedWithTheTitleAsDocumentTitle() {
        let reader = SVGReader(sample.svg)
        #expect(reader.wellFormed)
        #expect(reader.elements.first?.name == "svg")
        #expect(reader.elements.first?.attributes["width"] == "210mm")
        #expect(reader.elements.first?.attributes["viewBox"]?.hasPrefix("0 0 595.28 ") == true)
        #expect(reader.elements[1].name == "title" && reader.elements[1].text == "Who")
    }

    @Test func stepsGoRightInDateOrderAndRiseWithTheirCount() throws {
        let chart = sample
        let circles = SVGReader(chart.svg).all("circle", class: "step")
        #expect(circles.map { $0.attributes["data-count"] } == ["6", "7", "3"])
        let xs = circles.map { Double($0.attributes["cx"]!)! }, ys = circles.map { Double($0.attributes["cy"]!)! }
        #expect(xs == xs.sorted() && Set(xs).count == 3)
        // Heights above the axis are proportional to the counts.
        let axis = try #require(SVGReader(chart.svg).all("line", class: "axis").first.flatMap { Double($0.attributes["y1"]!) })
        let unit = (axis - ys[0]) / 6
        for (y, count) in zip(ys, [6, 7, 3]) { #expect(abs((axis - y) - unit * Double(count)) < 0.02) }
    }

    @Test func hostileTextIsEscapedAndUnsafeLinksDropped() {
        let hostile = "</text><script>alert(1)</script> & \u{202E}x \"q\" 'a'"
        let chart = StepChart(title: hostile, subtitle: hostile, axisLabel: hostile, start: 0, steps: [
            .init(date: date("2010"), count: 1, label: hostile, note: hostile,
                  links: [.init(text: hostile, url: "javascript:alert(1)"), .init(text: "ok", url: "https://example.org/\"><script>")]),
        ], footer: [hostile])
        let svg = chart.svg
        let reader = SVGReader(svg)
        #expect(reader.wellFormed)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("javascript:"))
        #expect(!svg.contains("\u{202E}"))
        #expect(reader.all("script").isEmpty)
        #expect(reader.all("a").map { $0.attributes["href"] } == ["https://example.org/%22%3E%3Cscript%3E"])
        #expect(reader.elements[1].text == "</text><script>alert(1)</script> & \\u{202E}x \"q\" 'a'")
    }

    @Test func noTextBelowSevenPointsAtA4Width() {
        let sizes = SVGReader(sample.svg).elements.compactMap { $0.attributes["font-size"].flatMap(Double.init) }
        #expect(!sizes.isEmpty)
        #expect(sizes.allSatisfy { $0 >= StepChart.minimumFontSize })
    }

    @Test func annotationsThatWouldOverlapGoToAnotherRow() {
        // 2008 and February 2008 are a few points apart: their labels cannot share a row.
        let rows = sample.labelRows
        #expect(rows.count == 2)
        #expect(rows[0].contains(0) && rows[1].contains(1))
    }

    @Test func notesWrapAtWordsAndNumbersHaveFixedDecimals() {
        let lines = StepChart.wrapped(String(repeating: "word ", count: 60), limit: 30)
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.joined(separator: " ") == String(repeating: "word ", count: 60).trimmingCharacters(in: .whitespaces))
        #expect([StepChart.fixed(2.5), StepChart.fixed(-1.004), StepChart.fixed(-0.004), StepChart.fixed(595.28)]
            == ["2.50", "-1.00", "0.00", "595.28"])
    }

    @Test func sameChartSameBytes() {
        #expect(sample.svg == sample.svg)
    }
}
