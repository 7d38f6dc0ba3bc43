/// Checks the bytes of a model file before the YAML parser sees them: libyaml reports invalid
/// UTF-8 without a useful position, and a NUL byte can cut a C string short.
enum TextCheck {
    /// A problem with the raw bytes and where it is.
    struct Problem: Equatable {
        var mark: YAMLMark
        var code: Diagnostic.Code
        var message: String
    }

    /// The UTF-8 byte-order mark, which some editors write at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The encoding of a text that is UTF-16 or UTF-32, told by its byte-order mark or, without
    /// one, by the NUL bytes an ASCII start has in those encodings; nil otherwise.
    static func wideEncoding(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let start = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (start[0], start[1], start[2], start[3]) {
        case (0xFF, 0xFE, 0, 0), (1...0x7F, 0, 0, 0): return "UTF-32 (little endian)"
        case (0, 0, 0xFE, 0xFF), (0, 0, 0, 1...0x7F): return "UTF-32 (big endian)"
        case (0xFF, 0xFE, _, _), (1...0x7F, 0, 1...0x7F, 0): return "UTF-16 (little endian)"
        case (0xFE, 0xFF, _, _), (0, 1...0x7F, 0, 1...0x7F): return "UTF-16 (big endian)"
        default: return nil
        }
    }

    /// The first problem with the bytes, if any: a UTF-16 or UTF-32 text, an invalid UTF-8
    /// sequence, or a character YAML does not allow (controls, U+FFFE, U+FFFF, a byte-order mark
    /// past the start, which the loader strips). Positions count lines as the file is written: LF, CR and CRLF each end one.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        if let encoding = wideEncoding(of: bytes) {
            return Problem(mark: YAMLMark(line: 1, column: 1), code: EncodingRule.code, message: "this file is \(encoding); save it as UTF-8")
        }
        var index = 0
        var line = 1
        var lineStart = 0
        let count = bytes.count
        func mark(at offset: Int) -> YAMLMark {
            var column = 1
            var i = lineStart
            while i < offset {
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            return YAMLMark(line: line, column: column)
        }
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D && (index + 1 == count || bytes[index + 1] != 0x0A) {
                    line += 1
                    lineStart = index + 1
                } else if byte < 0x20 && byte != 0x09 && byte != 0x0D || byte == 0x7F {
                    return Problem(mark: mark(at: index), code: ControlCharacterRule.code,
                                   message: ControlCharacterRule.message(byte: byte))
                }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default: return invalid(at: index, mark: mark(at: index))
            }
            guard index + length <= count else { return invalid(at: index, mark: mark(at: index)) }
            for k in 1..<length {
                let next = bytes[index + k]
                guard next & 0xC0 == 0x80 else { return invalid(at: index, mark: mark(at: index)) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                return invalid(at: index, mark: mark(at: index))
            }
            if (0x80...0x9F).contains(scalar) && scalar != 0x85 || scalar == 0xFFFE || scalar == 0xFFFF || scalar == 0xFEFF {
                let name = scalar == 0xFEFF ? "a byte-order mark (U+FEFF) past the start of the file"
                    : scalar < 0xA0 ? "control character U+\(hex(scalar))" : "noncharacter U+\(hex(scalar))"
                return Problem(mark: mark(at: index), code: ControlCharacterRule.code, message: "\(name) is not allowed in a model file; remove it or write it as an escape in a double-quoted string")
            }
            index += length
        }
        return nil
    }

    private static func invalid(at offset: Int, mark: YAMLMark) -> Problem {
        Problem(mark: mark, code: EncodingRule.code, message: EncodingRule.message(offset: offset))
    }

    private static func hex(_ value: some BinaryInteger) -> String {
        String(value, radix: 16, uppercase: true).leftPadded(to: 4)
    }
}
