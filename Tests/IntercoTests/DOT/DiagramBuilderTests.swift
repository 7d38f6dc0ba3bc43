@testable import Interco
import Testing

@Suite struct DiagramBuilderTests {
    static func graph(_ view: (AccessIndex) -> DiagramView, day: String = "2026-11-25") throws -> (DOTGraph, AccessIndex) {
        let index = AccessIndex(ModelLoader().loadShipped().model)
        let filters = QueryFilters(day: .on(try ModelDate.parse(day).get()), statuses: Status.queryDefault)
        let builder = DiagramBuilder(finder: PathFinder(index: index, filters: filters), theme: try Theme.load("default").get())
        return (builder.graph(view(index)), index)
    }

    /// Every actor drawn is linked: it, a file it holds or one of its units is an end of an edge.
    static func unlinkedDrawn(_ graph: DOTGraph) -> [String] {
        let ends = Set(graph.edges.flatMap { [$0.from, $0.to] })
        var orphans: [String] = []
        func touched(_ cluster: DOTGraph.Cluster) -> Bool {
            cluster.nodes.contains { ends.contains($0.id) } || cluster.clusters.contains(where: touched)
        }
        func visit(_ cluster: DOTGraph.Cluster) {
            if cluster.id.hasPrefix("actor:"), !touched(cluster) { orphans.append(cluster.id) }
            cluster.clusters.forEach(visit)
        }
        graph.top.clusters.forEach(visit)
        orphans += graph.top.nodes.filter { $0.id.hasPrefix("actor:") && !ends.contains($0.id) }.map(\.id)
        return orphans
    }

    @Test func actorsWithNoEdgeAreListedNotDrawn() throws {
        let (graph, index) = try Self.graph { _ in .wholeMap }
        #expect(Self.unlinkedDrawn(graph).isEmpty)
        // The legend is in the frame whose label is the notes table.
        let legend = try #require(graph.top.clusters.flatMap { [$0] + $0.clusters }.first { $0.id == "legend" })
        let box = try #require(legend.nodes.first { $0.id == "legend:unlinked" })
        guard case .html(let table)? = box.attributes["label"] else { Issue.record("no box"); return }
        let cnil = try #require(index.actor("cnil"))
        #expect(table.contains(DOTEncoder.xmlEscape(index.model.actors[cnil].name.text(.fr))))
        #expect(!DOTEncoder.encode(graph).contains("\"actor:cnil\""))
    }

    @Test func queryViewsDrawNoOrphanEither() throws {
        let (reach, _) = try Self.graph { .reach(actor: $0.actor("france-travail")!) }
        #expect(Self.unlinkedDrawn(reach).isEmpty)
        let (who, _) = try Self.graph { .whoCanReach(.category($0.category("residence-status")!, in: $0)) }
        #expect(Self.unlinkedDrawn(who).isEmpty)
    }

    @Test func namesCoverNodesClustersAndEdges() throws {
        let (graph, index) = try Self.graph { .whoCanReach(.category($0.category("bank-transactions")!, in: $0)) }
        #expect(graph.title.hasPrefix("Qui peut atteindre"))
        let caf = index.model.actors[index.actor("caf")!].name.text(.fr)
        #expect(graph.names["actor:caf"] == caf)
        #expect(graph.names["cluster_actor:banks"] == index.model.actors[index.actor("banks")!].name.text(.fr))
        for edge in graph.edges { #expect(graph.names[edge.from + "->" + edge.to]?.contains(" → ") == true) }
        #expect(graph.names.values.allSatisfy { !$0.hasPrefix("actor:") && !$0.hasPrefix("file:") })
    }
}
