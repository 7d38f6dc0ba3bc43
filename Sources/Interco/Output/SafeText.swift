/// The one rule for showing text that came from a model (or from a user) to a person: on a
/// terminal, in Markdown, in diagnostics and in diagram labels, a value can never drive the
/// terminal, forge a line, or reorder what surrounds it.
///
/// Unsafe scalars are control characters (C0, DEL, C1, so also NUL, ESC, BEL, CR and LF), bidi
/// controls (embeddings, overrides, isolates, marks), line and paragraph separators, the byte
/// order mark and the noncharacters U+FFFE and U+FFFF. `escaped` shows each one as Swift's
/// `\u{1B}`, so the reader sees what is there.
public enum SafeText {
    /// Longest echoed value, in characters, before `escaped` cuts it with "…".
    public static let echoLimit = 200

    /// True for a scalar that must never reach a person's screen as is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true                 // C0, DEL, C1 controls
        case 0x200E, 0x200F, 0x061C: true                   // LRM, RLM, ALM
        case 0x202A...0x202E, 0x2066...0x2069: true         // embeddings, overrides, isolates
        case 0x2028, 0x2029: true                           // line and paragraph separators
        case 0xFEFF, 0xFFFE, 0xFFFF: true                   // byte order mark, noncharacters
        default: false
        }
    }

    /// `text` with every unsafe scalar written as `\u{HEX}`, cut after `limit` characters with
    /// "…" (nil: never cut). For values echoed inside messages and labels.
    public static func escaped(_ text: String, limit: Int? = echoLimit) -> String {
        var result = ""
        var count = 0
        for character in text {
            if let limit, count == limit {
                result += "…"
                break
            }
            for scalar in character.unicodeScalars {
                if isUnsafe(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return result
    }

    /// True when `text` holds no unsafe scalar.
    public static func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: isUnsafe)
    }
}
