/// An image format Graphviz renders in-process; the raw value is its `-T` name.
///
/// DOT output is not listed: it is produced by the DOT generator and never
/// goes through Graphviz.
public enum ImageFormat: String, CaseIterable, Sendable {
    /// SVG from Graphviz's core renderer (text stays text, XML-escaped).
    case svg
    /// PNG through cairo and pango (fonts resolved by fontconfig).
    case png
    /// PDF through cairo; not byte-stable across runs (cairo writes a creation date).
    case pdf
    /// Graphviz's layout as JSON (`-Tjson`): every object's position, size and drawing operations.
    case json
}
