/// What is said about a file that stopped half-read (a syntax error, a limit): its entries are
/// not checked, and the ids it seems to define are taken as defined, so that the other files'
/// references to them are not reported as dangling.
enum BrokenFileRule {
    /// The note added to the problem that stopped the file.
    static func note(file: String, ids: Int) -> Diagnostic.Note {
        Diagnostic.Note(at: SourceLocation(file: file, line: 0, column: 0),
                        "the entries of this file were not checked; fix this error and run again"
                            + (ids == 0 ? "" : ids == 1 ? " (the id it seems to define is taken as defined meanwhile)"
                                : " (the \(ids) ids it seems to define are taken as defined meanwhile)"))
    }

    /// The values of `id:` keys in a text YAML could not read, found by a plain scan: block
    /// (`id: x`) and flow (`{id: x, …}`) forms, quotes removed, only well-formed ids kept.
    static func ids(in bytes: [UInt8]) -> Set<String> {
        var ids = Set<String>()
        let count = bytes.count
        var index = 0
        while index + 3 <= count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "i"), bytes[index + 1] == UInt8(ascii: "d"), bytes[index + 2] == UInt8(ascii: ":")
            else { continue }
            // `id:` as a key: at a line start, after indentation, `- `, `{` or `,` (not `paid:`, `held_id:`).
            if index > 0, ![0x20, 0x09, 0x0A, UInt8(ascii: "{"), UInt8(ascii: ",")].contains(bytes[index - 1]) { continue }
            var start = index + 3
            while start < count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            var end = start
            let stops: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "#")]
            while end < count, !stops.contains(bytes[end]) { end += 1 }
            var text = String(decoding: bytes[start..<end], as: UTF8.self)
            if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
                text = String(text.dropFirst().dropLast())
            }
            if IDRule.problem(with: text) == nil { ids.insert(text) }
        }
        return ids
    }
}
