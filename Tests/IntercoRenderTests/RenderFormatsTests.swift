import Foundation
import IntercoRender
import XCTest

/// Every engine renders every format, and the accented French text survives.
final class RenderFormatsTests: XCTestCase {
    func testEveryEngineRendersSVGThatParsesAndKeepsAccents() {
        for engine in LayoutEngine.allCases {
            guard let output = renderOrFail(Sample.dot, engine: engine, format: .svg) else { continue }
            XCTAssertEqual(output.warnings, [], "\(engine)")
            guard let texts = SVGText.texts(in: output.data) else {
                XCTFail("\(engine): SVG is not well-formed XML")
                continue
            }
            XCTAssertTrue(texts.contains(Sample.accentedLabel), "\(engine): \(texts)")
            XCTAssertTrue(texts.contains("Répertoire national commun de la protection sociale"), "\(engine)")
            XCTAssertTrue(texts.contains("échange"), "\(engine): edge labels")
        }
    }

    func testEveryEngineRendersPNG() {
        for engine in LayoutEngine.allCases {
            guard let output = renderOrFail(Sample.dot, engine: engine, format: .png) else { continue }
            let bytes = [UInt8](output.data)
            XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(engine)")
            XCTAssertGreaterThan(bytes.count, 5_000, "\(engine)")
            // IHDR: width and height are big-endian at offsets 16 and 20.
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            XCTAssertGreaterThan(width, 100, "\(engine)")
            XCTAssertGreaterThan(height, 50, "\(engine)")
        }
    }

    func testEveryEngineRendersPDF() {
        for engine in LayoutEngine.allCases {
            guard let output = renderOrFail(Sample.dot, engine: engine, format: .pdf) else { continue }
            XCTAssertTrue(output.data.starts(with: Array("%PDF-".utf8)), "\(engine)")
            XCTAssertGreaterThan(output.data.count, 5_000, "\(engine)")
            let tail = String(decoding: output.data.suffix(64), as: UTF8.self)
            XCTAssertTrue(tail.contains("%%EOF"), "\(engine): truncated PDF")
        }
    }

    func testSVGEscapesMarkupInLabels() {
        // Text that would break the XML if Graphviz wrote it raw.
        let dot = #"digraph { a [label="a &amp; b &lt;c&gt; \"d\" 'e'"] }"#
        guard let output = renderOrFail(dot, engine: .dot, format: .svg) else { return }
        XCTAssertEqual(SVGText.texts(in: output.data), ["a & b <c> \"d\" 'e'"])
    }

    func testWarningsAreReturnedWithoutPrefix() {
        let dot = "digraph { a -> b [arrowhead=bogus]; c [shape=nope] }"
        guard let output = renderOrFail(dot, engine: .dot, format: .svg) else { return }
        XCTAssertEqual(output.warnings, [
            GraphvizMessage(severity: .warning, message: "using box for unknown shape nope"),
            GraphvizMessage(severity: .warning, message: #"Arrow type "bogus" unknown - ignoring"#),
        ])
    }
}
