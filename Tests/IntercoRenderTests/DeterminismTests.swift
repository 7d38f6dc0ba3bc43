import Foundation
import IntercoRender
import XCTest

/// The same DOT text gives the same SVG bytes, whatever was rendered in between.
final class DeterminismTests: XCTestCase {
    func testSameDOTGivesByteIdenticalSVGWithEveryEngine() {
        for engine in LayoutEngine.allCases {
            let first = renderOrFail(Sample.dot, engine: engine, format: .svg)?.data
            let second = renderOrFail(Sample.dot, engine: engine, format: .svg)?.data
            XCTAssertNotNil(first)
            XCTAssertEqual(first, second, "\(engine)")
        }
    }

    func testOtherRendersInBetweenDoNotChangeTheSVG() {
        // Plugins load on demand (cairo, pango); text metrics must not change with them.
        let before = renderOrFail(Sample.dot, engine: .dot, format: .svg)?.data
        _ = renderOrFail(Sample.dot, engine: .neato, format: .png)
        _ = renderOrFail(Sample.dot, engine: .fdp, format: .pdf)
        _ = expectFailure("digraph { a -> }")
        let after = renderOrFail(Sample.dot, engine: .dot, format: .svg)?.data
        XCTAssertEqual(before, after)
    }
}
