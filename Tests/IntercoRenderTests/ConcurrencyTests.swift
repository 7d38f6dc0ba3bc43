import Foundation
import IntercoRender
import XCTest

/// One process-wide context serves many renders, from any thread.
final class ConcurrencyTests: XCTestCase {
    func testTwoHundredRendersInALoop() {
        var failures = 0
        var sizes = Set<Int>()
        for index in 0..<200 {
            do {
                let output = try GraphvizRenderer.render(
                    dot: Sample.dot, engine: .dot, format: index % 20 == 0 ? .png : .svg)
                if index % 20 != 0 { sizes.insert(output.data.count) }
            } catch {
                failures += 1
            }
        }
        XCTAssertEqual(failures, 0)
        XCTAssertEqual(sizes.count, 1, "every SVG should be the same")
    }

    func testConcurrentRendersAllSucceed() {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var svgs: [Data] = []
            var errors: [String] = []
            func add(_ body: () -> Void) { lock.lock(); body(); lock.unlock() }
        }
        let results = Results()
        let engines = LayoutEngine.allCases
        let formats = ImageFormat.allCases
        DispatchQueue.concurrentPerform(iterations: 24) { index in
            let engine = engines[index % engines.count]
            let format = formats[index % formats.count]
            do {
                let svg = try GraphvizRenderer.render(dot: Sample.dot, engine: .dot, format: .svg)
                let other = try GraphvizRenderer.render(dot: Sample.dot, engine: engine, format: format)
                results.add {
                    results.svgs.append(svg.data)
                    if other.data.count < 1_000 { results.errors.append("\(engine)/\(format): tiny output") }
                }
            } catch {
                results.add { results.errors.append("\(engine)/\(format): \(error)") }
            }
            // A failing render on another thread must not leak its messages into the others.
            _ = try? GraphvizRenderer.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
        }
        XCTAssertEqual(results.errors, [])
        XCTAssertEqual(results.svgs.count, 24)
        XCTAssertEqual(Set(results.svgs).count, 1)
    }
}
