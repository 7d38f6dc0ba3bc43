/// A Graphviz layout engine; the raw value is the name Graphviz knows it by.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical layout in ranks; best for flows, slowest on dense graphs.
    case dot
    /// Spring model (stress majorization) for undirected-looking graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold); handles clusters.
    case fdp
    /// Multiscale force-directed; the engine that copes with large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node.
    case twopi
    /// Clusters packed as nested rectangles.
    case osage
}
