/// One diagnostic line emitted by Graphviz, with its "Error: "/"Warning: " prefix removed.
public struct GraphvizMessage: Sendable, Hashable, CustomStringConvertible {
    /// How serious Graphviz said the message was.
    public enum Severity: String, Sendable, Hashable {
        /// Graphviz reported an error (the render is refused).
        case error
        /// Graphviz reported a warning and carried on.
        case warning
    }

    /// How serious the message is.
    public var severity: Severity
    /// The message text, on one line, without the severity prefix.
    public var message: String

    /// Creates a message; mostly useful in tests.
    public init(severity: Severity, message: String) {
        self.severity = severity
        self.message = message
    }

    /// `error: text` or `warning: text`, as a CLI would print it.
    public var description: String { "\(severity.rawValue): \(message)" }
}
