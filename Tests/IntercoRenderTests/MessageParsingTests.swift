@testable import IntercoRender
import XCTest

/// How captured Graphviz text is cut into messages.
final class MessageParsingTests: XCTestCase {
    func testPrefixesAreClassifiedAndStripped() {
        XCTAssertEqual(MessageCapture.parse("Error: bad thing\nWarning: odd thing\n"), [
            GraphvizMessage(severity: .error, message: "bad thing"),
            GraphvizMessage(severity: .warning, message: "odd thing"),
        ])
    }

    func testContinuationLinesJoinThePreviousMessage() {
        let text = "Error: mismatched tag in line 1 \n... x</i> ...\nin label of node a\nWarning: next\n"
        XCTAssertEqual(MessageCapture.parse(text), [
            GraphvizMessage(severity: .error, message: "mismatched tag in line 1 ... x</i> ... in label of node a"),
            GraphvizMessage(severity: .warning, message: "next"),
        ])
    }

    func testForeignLinesAreWarnings() {
        // e.g. fontconfig or pango writing through stderr, outside any Graphviz message.
        XCTAssertEqual(MessageCapture.parse("\nFontconfig warning: ignoring C.UTF-8\n"), [
            GraphvizMessage(severity: .warning, message: "Fontconfig warning: ignoring C.UTF-8"),
        ])
    }

    func testBlankAndEmptyTextGiveNoMessages() {
        XCTAssertEqual(MessageCapture.parse(""), [])
        XCTAssertEqual(MessageCapture.parse("\n\n  \n"), [])
    }

    func testMessageWithoutTrailingNewlineIsKept() {
        XCTAssertEqual(MessageCapture.parse("Warning: cut"), [GraphvizMessage(severity: .warning, message: "cut")])
    }
}
