/// A Graphviz graph as values: clusters, nodes and edges with attributes. `DOTGraph.encoded()`
/// writes it as DOT text, sorted, so that the same graph always gives the same bytes.
public struct DOTGraph: Sendable, Hashable {
    /// An attribute value, escaped according to where it goes.
    public enum Value: Sendable, Hashable {
        /// User text shown in a label: escapes and entities are neutralised, so `\N` prints as `\N`.
        case label(String)
        /// User text in a tooltip (Graphviz unescapes tooltips once more than labels).
        case tooltip(String)
        /// An HTML-like label built by interco, already XML-escaped.
        case html(String)
        /// A link, already checked and encoded by `SafeURL`.
        case url(String)
        /// A token from interco itself (a colour, a number, a shape): written quoted, never from user input.
        case token(String)
    }

    /// A node.
    public struct Node: Sendable, Hashable {
        /// Node id (interco ids with a prefix, such as `file:ficoba`).
        public var id: String
        /// Attributes.
        public var attributes: [String: Value]
    }

    /// An edge.
    public struct Edge: Sendable, Hashable {
        /// Tail node id.
        public var from: String
        /// Head node id.
        public var to: String
        /// Orders parallel edges deterministically.
        public var key: String
        /// Attributes.
        public var attributes: [String: Value]
    }

    /// A cluster (a subgraph drawn as a box), possibly nested.
    public struct Cluster: Sendable, Hashable {
        /// Cluster id (without the `cluster_` prefix).
        public var id: String
        /// Attributes.
        public var attributes: [String: Value]
        /// Nodes drawn inside.
        public var nodes: [Node] = []
        /// Clusters nested inside.
        public var clusters: [Cluster] = []
    }

    /// Graph attributes.
    public var attributes: [String: Value] = [:]
    /// Default node attributes.
    public var nodeDefaults: [String: Value] = [:]
    /// Default edge attributes.
    public var edgeDefaults: [String: Value] = [:]
    /// Top-level nodes and clusters.
    public var top = Cluster(id: "", attributes: [:])
    /// Edges.
    public var edges: [Edge] = []
    /// The diagram's title for people (the SVG document's `<title>`), plain text.
    public var title = ""
    /// People's names of the objects Graphviz names by id in an SVG's `<title>`s: node ids,
    /// `cluster_` ids and `tail->head` for edges (`SVGTitles` puts them in).
    public var names: [String: String] = [:]

    /// Creates an empty graph.
    public init() {}

    /// Number of nodes, clusters and edges: what a layout engine has to place.
    public var size: (nodes: Int, edges: Int) {
        func count(_ cluster: Cluster) -> Int { cluster.nodes.count + cluster.clusters.reduce(1) { $0 + count($1) } }
        return (count(top) - 1, edges.count)
    }
}
