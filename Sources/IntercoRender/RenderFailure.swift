/// Why Graphviz produced no image: a one-line summary and everything Graphviz said.
public struct RenderFailure: Error, Sendable, CustomStringConvertible {
    /// Every message Graphviz emitted during the failed render, in order.
    public var messages: [GraphvizMessage]
    /// One line for a human, e.g. "Graphviz could not parse the DOT text".
    public var summary: String
    /// True when the layout ran past its time budget (and is still running on its thread).
    public var timedOut: Bool

    /// Creates a failure; mostly useful in tests and for callers wrapping the renderer.
    public init(summary: String, messages: [GraphvizMessage] = [], timedOut: Bool = false) {
        self.summary = summary
        self.messages = messages
        self.timedOut = timedOut
    }

    /// The summary followed by one indented line per Graphviz message.
    public var description: String {
        ([summary] + messages.map { "  \($0)" }).joined(separator: "\n")
    }
}
