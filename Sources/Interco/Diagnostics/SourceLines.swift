/// The lines of model texts that diagnostics point at, so that printers can show them.
enum SourceLines {
    /// The text of 1-based `line` in `bytes` (without its line break), empty past the end.
    static func line(_ line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        lines([line], in: bytes)[line] ?? ""
    }

    /// The texts of the given 1-based lines, read in one pass.
    static func lines(_ wanted: Set<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Int: String] {
        guard let last = wanted.max(), last >= 1 else { return [:] }
        var found: [Int: String] = [:]
        var number = 1
        var start = 0
        var index = 0
        while index <= bytes.count && number <= last {
            // LF, CRLF and a lone CR each end a line, as positions count them.
            let lineEnd = index == bytes.count || bytes[index] == 0x0A
                || bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)
            if lineEnd {
                if wanted.contains(number) {
                    var end = index
                    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                    found[number] = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                }
                number += 1
                start = index + 1
            }
            index += 1
        }
        return found
    }

    /// Fills in `sourceLine` of every diagnostic and note that points into one of `inputs`.
    /// A file whose bytes were let go after reading is read again (under `limits`) only when a
    /// diagnostic points into it, and shows no lines if it changed since.
    static func attach(to diagnostics: inout [Diagnostic], from inputs: [ModelLoader.Input], limits: ReadingLimits) {
        var wanted: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            for location in [diagnostic.location] + diagnostic.notes.map(\.location) where location.line > 0 {
                wanted[location.file, default: []].insert(location.line)
            }
        }
        guard !wanted.isEmpty else { return }
        var texts: [String: [Int: String]] = [:]
        for input in inputs {
            guard let lines = wanted[input.path], texts[input.path] == nil else { continue }
            texts[input.path] = input.bytesForLines(limits: limits)?.withUnsafeBufferPointer { Self.lines(lines, in: $0) } ?? [:]
        }
        for index in diagnostics.indices {
            let location = diagnostics[index].location
            diagnostics[index].sourceLine = texts[location.file]?[location.line]
            for note in diagnostics[index].notes.indices {
                let place = diagnostics[index].notes[note].location
                diagnostics[index].notes[note].sourceLine = texts[place.file]?[place.line]
            }
        }
    }
}
