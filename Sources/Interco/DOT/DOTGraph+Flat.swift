extension DOTGraph {
    /// The same graph with every cluster moved to the top level, each keeping its own nodes,
    /// label and style: for layout engines that crash on nested clusters (Graphviz 2.42's
    /// `fdp`, see `LayoutEngine.needsFlatClusters`). Edges are unchanged; the units of an actor
    /// are drawn beside it instead of inside it.
    public func flatteningClusters() -> DOTGraph {
        var flat = self
        var clusters: [Cluster] = []
        func collect(_ cluster: Cluster) {
            var copy = cluster
            copy.clusters = []
            clusters.append(copy)
            cluster.clusters.forEach(collect)
        }
        top.clusters.forEach(collect)
        flat.top.clusters = clusters
        return flat
    }
}
