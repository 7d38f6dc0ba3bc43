/// Rules about the bytes of a file before YAML sees them, and about a file with nothing in it.

/// Model files are UTF-8 text.
enum EncodingRule {
    static let code: Diagnostic.Code = "invalid-utf8"
    static func message(offset: Int) -> String {
        "invalid UTF-8 at byte offset \(offset): model files must be UTF-8 text"
    }
}

/// NUL and other control characters (tab, CR and LF aside) have no place in a model file.
enum ControlCharacterRule {
    static let code: Diagnostic.Code = "control-character"
    static func message(byte: UInt8) -> String {
        let name = byte == 0 ? "NUL byte" : "control character"
        return "\(name) U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)) is not allowed in a model file (is this a binary file?)"
    }
}

/// A model file holds at least one section.
enum EmptyFileRule {
    static let code: Diagnostic.Code = "empty-file"
    static func empty(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "the file is empty: a model file holds at least one section")
    }
    static func onlyComments(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location,
                   "the file holds no YAML content (only comments): a model file holds at least one section")
    }
}

/// A model has at most `ReadingLimits.maxEntries` entries.
enum EntryLimitRule {
    static let code: Diagnostic.Code = "entry-limit"
    static func diagnostic(at location: SourceLocation, limit: Int) -> Diagnostic {
        Diagnostic(.error, code, at: location,
                   "the model has more than \(limit) entries (the entry limit); split it or raise the limit")
    }
}
