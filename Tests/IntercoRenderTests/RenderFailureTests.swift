import Foundation
import IntercoRender
import XCTest

/// Bad input gives a RenderFailure with Graphviz's explanation, prints nothing and never crashes.
final class RenderFailureTests: XCTestCase {
    func testSyntaxErrorIsAFailureWithTheLineAndNothingPrinted() {
        let dot = "digraph {\n  a -> b\n  c -> ;\n}"
        let (failure, printed) = capturingTerminalOutput { expectFailure(dot) }
        XCTAssertEqual(printed, "")
        XCTAssertEqual(failure?.summary, "Graphviz could not parse the DOT text")
        XCTAssertEqual(failure?.messages, [GraphvizMessage(severity: .error, message: "syntax error in line 3 near ';'")])
    }

    func testLineNumbersStartAgainForEachText() {
        // cgraph's scanner state is global; a valid multi-line graph in between must not shift the count.
        _ = expectFailure("digraph {\n  a -> b\n  c -> ;\n}")
        _ = renderOrFail(String(repeating: "\n", count: 20) + "digraph { a }", engine: .dot, format: .svg)
        let failure = expectFailure("digraph {\n  a -> b\n  c -> ;\n}")
        XCTAssertEqual(failure?.messages.first?.message, "syntax error in line 3 near ';'")
    }

    func testRendererStillWorksAfterAFailure() {
        _ = expectFailure("digraph { a -> }")
        XCTAssertNotNil(renderOrFail(Sample.dot, engine: .dot, format: .svg))
    }

    func testEmptyTextIsAFailure() {
        let failure = expectFailure("   \n")
        XCTAssertEqual(failure?.summary, "Graphviz could not parse the DOT text")
        XCTAssertFalse(failure?.messages.isEmpty ?? true)
    }

    func testMalformedHTMLLabelIsAFailureNotADegradedPicture() {
        let failure = expectFailure("digraph { a [label=<<b>x</i>>] }")
        XCTAssertEqual(failure?.summary, "Graphviz could not lay out the graph with the 'dot' engine")
        XCTAssertEqual(failure?.messages.count, 1)
        XCTAssertEqual(failure?.messages.first?.severity, .error)
        // The continuation lines Graphviz prints are folded into the one message.
        XCTAssertEqual(failure?.messages.first?.message, "mismatched tag in line 1 ... x</i> ... in label of node a")
    }

    func testMessagesLongerThan1024BytesDoNotCrash() {
        // Graphviz 2.42's agseterrf path corrupts memory on such messages; the
        // stderr capture must carry them whole.
        let long = String(repeating: "é", count: 3_000)
        let (failure, printed) = capturingTerminalOutput {
            expectFailure("digraph { a [label=<<b>\(long)</i>>] }")
        }
        XCTAssertEqual(printed, "")
        XCTAssertTrue(failure?.messages.first?.message.contains(long) ?? false)
    }

    func testWarningsAreNotPrinted() {
        let (output, printed) = capturingTerminalOutput {
            renderOrFail("digraph { a -> b [arrowhead=bogus] }", engine: .dot, format: .png)
        }
        XCTAssertEqual(printed, "")
        XCTAssertEqual(output?.warnings.count, 1)
    }

    func testFailureDescriptionListsTheMessages() {
        let failure = RenderFailure(
            summary: "Graphviz could not parse the DOT text",
            messages: [GraphvizMessage(severity: .error, message: "syntax error in line 1 near '}'")]
        )
        XCTAssertEqual(failure.description, "Graphviz could not parse the DOT text\n  error: syntax error in line 1 near '}'")
    }
}

/// The "nothing printed" assertions above are only worth something if the helper sees output.
final class CaptureHelperTests: XCTestCase {
    func testHelperSeesWritesToBothDescriptors() {
        let (_, printed) = capturingTerminalOutput {
            FileHandle.standardError.write(Data("to fd 2\n".utf8))
            FileHandle.standardOutput.write(Data("to fd 1\n".utf8))
        }
        XCTAssertEqual(printed, "to fd 2\nto fd 1\n")
    }
}
