import CSV
import Foundation
@testable import Interco
import Testing

@Suite struct TableTests {
    static let hostile = [
        "plain", "comma, inside", "quote \" inside", "\"starts with a quote", "line\nbreak", "crlf\r\nbreak",
        "pipe | and \\ backslash", "<script>alert(1)</script>", "tab\there", "\u{202E}right-to-left", "",
        "trailing space ", String(repeating: "x", count: 10_000), "émoji 🇫🇷 and accents é",
    ]

    @Test func csvRoundTripsHostileFields() throws {
        let rows = Self.hostile.map { [$0, "second"] }
        let text = Table(headers: ["a", "b"], rows: rows).csv()
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(reader.headerRow == ["a", "b"])
        #expect(read == rows)
        #expect(text.hasSuffix("\r\n"))
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
        let text = Table(headers: ["id", "name"], rows: [["a", "x\u{7}\ny"], ["bb", "z"]]).text()
        #expect(text == "id  name\n--  ----\na   x? y\nbb  z\n")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
