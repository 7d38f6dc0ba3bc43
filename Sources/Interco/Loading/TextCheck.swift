/// Checks the bytes of a model file before the YAML parser sees them: libyaml reports invalid
/// UTF-8 without a useful position, and a NUL byte can cut a C string short.
enum TextCheck {
    /// A problem with the raw bytes and where it is.
    struct Problem: Equatable {
        var mark: YAMLMark
        var message: String
    }

    /// The first invalid UTF-8 sequence or forbidden control character, if any.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
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
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                } else if byte < 0x20 && byte != 0x09 && byte != 0x0D || byte == 0x7F {
                    let name = byte == 0 ? "NUL byte" : "control character"
                    return Problem(mark: mark(at: index),
                                   message: "\(name) U+\(hex(byte)) is not allowed in a model file (is this a binary file?)")
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
            index += length
        }
        return nil
    }

    private static func invalid(at offset: Int, mark: YAMLMark) -> Problem {
        Problem(mark: mark, message: "invalid UTF-8 at byte offset \(offset): model files must be UTF-8 text")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
