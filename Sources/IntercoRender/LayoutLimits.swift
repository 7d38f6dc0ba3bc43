/// How much each layout engine is given before a view is refused, measured with
/// `bench/engine_limits.sh` (Graphviz 2.42, in-process, whole maps of `bench/engine_model.py`
/// models, two shared cores; docs/rendering.md has the table). A Graphviz layout cannot be
/// interrupted, so a view is refused beforehand when it is larger than the engine lays out in
/// about 15 seconds there; `--timeout` catches what the size does not predict.
public struct LayoutLimit: Sendable, Equatable {
    /// Most nodes, clusters and edges in all.
    public var elements: Int
    /// Most edges, when density matters more than size (`dot`).
    public var edges: Int?

    /// Whether a view of this size is within the limit.
    public func admits(nodes: Int, edges: Int) -> Bool {
        nodes + edges <= elements && edges <= (self.edges ?? Int.max)
    }
}

extension LayoutEngine {
    /// This engine's limit.
    ///
    /// Measured (elements → seconds): `dot` 750 → 1 s and 1 250 → 50 s, 400 with 300 edges
    /// 3 to 7 s; `neato` 1 942 → 4.6 s, 3 850 → 14.7 s, 7 804 → over 60 s; `fdp` 973 → 16.4 s,
    /// 1 942 → over 60 s; `sfdp` 7 804 → 19.2 s, 15 602 → 31.7 s; `circo` 973 → 2.9 s,
    /// 1 942 → 24.6 s; `twopi` 7 804 → 6.5 s, 15 602 → 26.7 s; `osage` 15 602 → 16 s.
    public var limit: LayoutLimit {
        switch self {
        case .dot: LayoutLimit(elements: 600, edges: 300)
        case .neato: LayoutLimit(elements: 4_000)
        case .fdp: LayoutLimit(elements: 1_000)
        case .sfdp: LayoutLimit(elements: 8_000)
        case .circo: LayoutLimit(elements: 1_500)
        case .twopi: LayoutLimit(elements: 12_000)
        case .osage: LayoutLimit(elements: 16_000)
        }
    }

    /// Graphviz 2.42's `fdp` crashes at random (SIGSEGV in `agedge` from `fdp_layout`) on an edge
    /// from one cluster into a cluster nested two levels or more inside another: its port code
    /// reads a node pointer left over from the already freed layout of the other cluster. The
    /// DOT given to such an engine must keep clusters one level deep.
    public var needsFlatClusters: Bool { self == .fdp }

    /// Why a view of `nodes` (clusters included) and `edges` is refused with this engine, naming
    /// the engines that would take it; nil when it is within the limit.
    public func refusal(nodes: Int, edges: Int) -> String? {
        guard !limit.admits(nodes: nodes, edges: edges) else { return nil }
        let shown = limit.edges.map { "\(limit.elements) in all, \($0) edges" } ?? "\(limit.elements) in all"
        let others = Self.preference.filter { $0 != self && $0.limit.admits(nodes: nodes, edges: edges) }
        let advice = others.isEmpty ? "" : "use --engine " + others.prefix(3).map(\.rawValue).joined(separator: ", ") + ", "
        return "this view has \(nodes) nodes and clusters and \(edges) edges, more than the \(rawValue) engine lays out "
            + "in reasonable time (\(shown)); \(advice)draw less with a query view (--who-can-reach, --reach, --paths) "
            + "or filters, or add --no-size-limit to try anyway within --timeout"
    }

    /// What to try after a layout with this engine ran past its time budget.
    public var timeoutAdvice: String {
        let faster = Self.preference.filter { $0.limit.elements > limit.elements }
        let advice = faster.isEmpty ? "" : "try --engine " + faster.prefix(3).map(\.rawValue).joined(separator: ", ") + ", "
        return advice + "draw less with a query view or filters, or raise --timeout"
    }

    /// Engines in the order they are suggested: the general-purpose engines for large graphs
    /// first, then the special layouts.
    static let preference: [LayoutEngine] = [.sfdp, .neato, .twopi, .osage, .fdp, .circo, .dot]
}
