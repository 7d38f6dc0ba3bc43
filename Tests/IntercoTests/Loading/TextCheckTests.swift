import Foundation
@testable import Interco
import Testing

/// The bytes of a model file before YAML: encodings, forbidden characters and their positions.
@Suite struct TextCheckTests {
    static let model = "sources:\n  - {id: s1, title: Source}\nactors:\n  - {id: dgfip, name: DGFiP, kind: state, sources: [s1]}\n"

    func diagnostics(_ bytes: [UInt8]) -> [String] {
        ModelLoader().load(inputs: [.init(path: "m.yaml", bytes: bytes)]).diagnostics.map(\.withoutCode)
    }

    @Test func aUTF8ByteOrderMarkIsSkipped() {
        let result = ModelLoader().load(inputs: [.init(path: "m.yaml", bytes: TextCheck.byteOrderMark + Array(Self.model.utf8))])
        #expect(result.diagnostics.isEmpty)
        #expect(result.model.actors.map(\.id.value) == ["dgfip"])
    }

    @Test func positionsAfterAByteOrderMarkAreThoseOfTheFile() {
        #expect(diagnostics(TextCheck.byteOrderMark + Array("sources:\n  - {id: s1\u{1}}\n".utf8))
                    == ["m.yaml:2:12: error: control character U+0001 is not allowed in a model file (is this a binary file?)"])
    }

    static let wide: [(String.Encoding, Bool, String)] = [
        (.utf16LittleEndian, true, "UTF-16 (little endian)"), (.utf16BigEndian, true, "UTF-16 (big endian)"),
        (.utf32LittleEndian, true, "UTF-32 (little endian)"), (.utf32BigEndian, true, "UTF-32 (big endian)"),
        (.utf16LittleEndian, false, "UTF-16 (little endian)"), (.utf16BigEndian, false, "UTF-16 (big endian)"),
        (.utf32LittleEndian, false, "UTF-32 (little endian)"), (.utf32BigEndian, false, "UTF-32 (big endian)"),
    ]

    @Test(arguments: wide)
    func wideEncodingsAreNamed(_ encoding: String.Encoding, _ withMark: Bool, _ name: String) throws {
        var bytes = [UInt8](Self.model.data(using: encoding)!)
        if withMark { bytes = [UInt8]("\u{FEFF}".data(using: encoding)!) + bytes }
        #expect(diagnostics(bytes) == ["m.yaml:1:1: error: this file is \(name); save it as UTF-8"])
    }

    /// Scalars libyaml refuses, which it reports at 1:1.
    @Test(arguments: [("\u{FFFE}", "noncharacter U+FFFE"), ("\u{9B}", "control character U+009B"),
                      ("\u{FEFF}", "a byte-order mark (U+FEFF) past the start of the file")])
    func refusedScalarsAreReportedWhereTheyAre(_ scalar: String, _ name: String) {
        let text = String(repeating: "# comment\n", count: 12) + "sources: [] # é \(scalar)\n"
        #expect(diagnostics(Array(text.utf8))
                    == ["m.yaml:13:17: error: \(name) is not allowed in a model file; remove it or write it as an escape in a double-quoted string"])
    }

    @Test(arguments: ["\r", "\r\n", "\n"])
    func everyLineEndCountsALine(_ end: String) {
        let text = ["sources:", "  - {id: s1, title: Source}", "  - {id: s2\u{7}}"].joined(separator: end)
        #expect(diagnostics(Array(text.utf8)) == ["m.yaml:3:12: error: control character U+0007 is not allowed in a model file (is this a binary file?)"])
    }
}
