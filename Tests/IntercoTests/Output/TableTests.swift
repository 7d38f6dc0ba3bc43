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

@Suite struct AtomicFileTests {
    @Test func devicesAreWrittenInPlaceNotReplaced() throws {
        try AtomicFile.write(Data("discarded".utf8), to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFCHR, "/dev/null must stay a device")
    }

    @Test func aLinkIsFollowedAndAFileKeepsItsMode() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interco-atomic-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.svg").path
        let link = directory.appendingPathComponent("link.svg").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o640)
        symlink(file, link)
        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "new")
        var status = stat()
        #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
        #expect(stat(file, &status) == 0 && status.st_mode & 0o777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.svg", "out.svg"])
    }
}
