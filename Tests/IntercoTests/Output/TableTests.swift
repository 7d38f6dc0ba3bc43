import CSV
#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import Interco
import Testing

@Suite struct TableTests {
    static let hostile = [
        "plain", "comma, inside", "quote \" inside", "\"starts with a quote", "line\nbreak", "crlf\r\nbreak",
        "pipe | and \\ backslash", "<script>alert(1)</script>", "tab\there", "\u{202E}right-to-left", "",
        "trailing space ", String(repeating: "x", count: 10_000), "émoji 🇫🇷 and accents é",
    ]

    @Test func rawCSVRoundTripsHostileFields() throws {
        let rows = Self.hostile.map { [$0, "second"] }
        let text = Table(headers: ["a", "b"], rows: rows).csv(raw: true)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(reader.headerRow == ["a", "b"])
        #expect(read == rows)
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func csvNeutralisesFormulasAndEscapesControls() throws {
        let values = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
                      "a\u{0}b\u{1B}c\u{7}", "line\nbreak", "\u{202E}rtl", "plain, text", "2008", "a=b"]
        let text = Table(headers: ["v"], rows: values.map { [$0] }).csv()
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var read: [String] = []
        while let row = reader.next() { read.append(row[0]) }
        #expect(read == ["'=HYPERLINK(\"https://evil.example\",\"x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\\u{9}x", "'\\u{D}x",
                         "a\\u{0}b\\u{1B}c\\u{7}", "line\\u{A}break", "\\u{202E}rtl", "plain, text", "2008", "a=b"])
        // One record per line: no cell carries a line break, and no control byte is left.
        #expect(text.split(separator: "\r\n").count == values.count + 1)
        #expect(!text.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\r" && $0 != "\n" })
        #expect(Table(headers: ["v"], rows: [["=1+1"]]).csv(raw: true) == "v\r\n=1+1\r\n")
    }

    @Test func markdownRowsKeepTheirColumns() {
        let markdown = Table(headers: ["a", "b"], rows: Self.hostile.map { [$0, "second"] }).markdown()
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Self.hostile.count + 2)
        for line in lines {
            // Unescaped pipes delimit cells: three per line for two columns.
            var count = 0, escaped = false
            for character in line {
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true } else if character == "|" { count += 1 }
            }
            #expect(count == 3, "\(line)")
        }
        #expect(!markdown.contains("<script>"))
    }

    @Test func textHasNoControlCharactersAndAlignsColumns() {
        let text = Table(headers: ["id", "name"], rows: [["a", "x\u{7}\ny"], ["bb", "z\u{200F}"]]).text()
        #expect(text == #"""
            id  name
            --  ------------
            a   x\u{7}\u{A}y
            bb  z\u{200F}

            """#)
        #expect(!text.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
    }

    @Test func markdownShowsUnsafeScalarsEscapedAndKeepsBreaks() {
        #expect(Table.markdownText("a\u{1B}[31m\u{200E}b\r\nc\nd") == #"a\u{1B}\[31m\u{200E}b<br>c<br>d"#)
    }
}
