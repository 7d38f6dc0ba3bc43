import Foundation

/// The bytes of a successful render and what Graphviz said while producing them.
public struct RenderOutput: Sendable {
    /// The rendered image (SVG text in UTF-8, PNG or PDF bytes).
    public var data: Data
    /// Warnings Graphviz emitted (unknown attributes, shapes, arrows...); never errors,
    /// since an error makes the render fail.
    public var warnings: [GraphvizMessage]

    /// Creates an output; mostly useful in tests.
    public init(data: Data, warnings: [GraphvizMessage]) {
        self.data = data
        self.warnings = warnings
    }
}
