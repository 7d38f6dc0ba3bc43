/// A problem found in a model, with the place to fix it: a finding in the sense of
/// swift-format's, with a stable code naming the rule that found it, and notes pointing at the
/// other places involved ("first defined here").
///
/// Messages are declared beside their rule (`Validation/`), never built at the call site.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Hashable, Sendable {
        /// The model is not valid.
        case error
        /// Worth fixing; an error under `--strict`.
        case warning
    }

    /// The stable name of a rule (`unknown-id`), documented in docs/model-format.md; scripts
    /// may match on it, so a code is never renamed or reused.
    public struct Code: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// The code as printed.
        public var rawValue: String
        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Creates a code from a literal.
        public init(stringLiteral value: String) { rawValue = value }
        /// The code as printed.
        public var description: String { rawValue }
        /// Orders by name.
        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Another place a diagnostic involves, with what it is.
    public struct Note: Hashable, Sendable {
        /// Where.
        public var location: SourceLocation
        /// What is there ("first defined here").
        public var message: String
        /// The text of the line at `location`, when known (see `Diagnostic.sourceLine`).
        public var sourceLine: String?

        /// Creates a note.
        public init(at location: SourceLocation, _ message: String) {
            self.location = location
            self.message = message
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// The rule that found it.
    public var code: Code
    /// Where, when the problem has a place (an unreadable path has only a file).
    public var location: SourceLocation
    /// One sentence, starting lowercase, saying what is wrong and, where possible, how to fix it.
    public var message: String
    /// Other places involved, each with its own location.
    public var notes: [Note]
    /// The text of the line at `location` as read, when the loader still had the file (filled
    /// in by `ModelLoader`; printers escape it).
    public var sourceLine: String?

    /// Creates a diagnostic; rules call this from their own message functions.
    public init(_ severity: Severity, _ code: Code, at location: SourceLocation, _ message: String, notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// `path:line:column: error: message [code]`, the one line editors and terminals recognise.
    public var description: String {
        "\(Self.place(location)): \(severity.rawValue): \(message) [\(code)]"
    }

    /// `path:line:column`, or the path alone for a problem with the file as a whole.
    static func place(_ location: SourceLocation) -> String {
        location.line > 0 ? location.description : location.file
    }

    /// Sorts by file and line, errors before warnings at the same place, then by message,
    /// so that output is deterministic.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity == .error }
            if $0.message != $1.message { return $0.message < $1.message }
            return $0.code < $1.code
        }
    }
}

extension Array where Element == Diagnostic {
    /// True when any element is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Quotes a value echoed in a message, through the one sanitiser: `'value'`.
func quoted(_ value: String) -> String {
    "'" + SafeText.escaped(value) + "'"
}
