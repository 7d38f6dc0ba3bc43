/// The id rule: lowercase ASCII letters, digits, `-` and `.`, starting with a letter or digit.
public enum IDRule {
    static let code: Diagnostic.Code = "invalid-id"

    /// Longest id accepted.
    public static let maxLength = 128

    /// Why `text` is not a valid id, or nil when it is.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "an id cannot be empty" }
        if text.utf8.count > maxLength { return "ids are at most \(maxLength) characters" }
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E })
        else { return "ids use only lowercase letters a-z, digits, '-' and '.'" }
        guard bytes[0] != 0x2D && bytes[0] != 0x2E else { return "ids start with a letter or a digit" }
        return nil
    }

    static func diagnostic(_ key: String, value: String, at location: SourceLocation, problem: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' value \(quoted(value)) is not a valid id: \(problem)")
    }
}
