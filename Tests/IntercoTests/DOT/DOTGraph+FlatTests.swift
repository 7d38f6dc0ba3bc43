@testable import Interco
import Testing

@Suite struct DOTGraphFlatTests {
    @Test func nestedClustersMoveToTheTopWithTheirOwnNodes() {
        var graph = DOTGraph()
        var inner = DOTGraph.Cluster(id: "inner", attributes: ["label": .label("Inner")])
        inner.nodes = [.init(id: "c", attributes: [:])]
        var middle = DOTGraph.Cluster(id: "middle", attributes: [:])
        middle.nodes = [.init(id: "b", attributes: [:])]
        middle.clusters = [inner]
        var outer = DOTGraph.Cluster(id: "outer", attributes: [:])
        outer.nodes = [.init(id: "a", attributes: [:])]
        outer.clusters = [middle]
        graph.top.clusters = [outer]
        graph.top.nodes = [.init(id: "d", attributes: [:])]
        graph.edges = [.init(from: "d", to: "c", key: "1", attributes: [:])]

        let flat = graph.flatteningClusters()
        #expect(flat.top.clusters.map(\.id) == ["outer", "middle", "inner"])
        #expect(flat.top.clusters.map { $0.nodes.map(\.id) } == [["a"], ["b"], ["c"]])
        #expect(flat.top.clusters.allSatisfy { $0.clusters.isEmpty })
        #expect(flat.top.clusters[2].attributes == inner.attributes)
        #expect(flat.top.nodes == graph.top.nodes && flat.edges == graph.edges)
        #expect(flat.size == graph.size)
    }
}
