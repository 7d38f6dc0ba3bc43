/// A problem found in a model, with the place to fix it.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Hashable, Sendable {
        /// The model is not valid.
        case error
        /// Worth fixing; an error under `--strict`.
        case warning
    }

    /// How serious it is.
    public var severity: Severity
    /// Where, when the problem has a place (an unreadable path has only a file).
    public var location: SourceLocation
    /// One sentence, starting lowercase, saying what is wrong and, where possible, how to fix it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:column: error: message`.
    public var description: String {
        let place = location.line > 0 ? location.description : location.file
        return "\(place): \(severity.rawValue): \(message)"
    }

    /// Sorts by file and line, errors before warnings at the same place, then by message,
    /// so that output is deterministic.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity == .error }
            return $0.message < $1.message
        }
    }
}

extension Array where Element == Diagnostic {
    /// True when any element is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
