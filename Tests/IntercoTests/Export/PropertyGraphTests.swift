import Interco
import Testing

@Suite struct PropertyGraphTests {
    let model = Fixtures.model("query/reach-ways.yaml")

    @Test func everyRecordBecomesOneNodeOrEdge() {
        let graph = PropertyGraph(model, language: .en)
        func nodes(_ type: String) -> Int { graph.nodes.filter { $0.type == type }.count }
        func edges(_ type: String) -> Int { graph.edges.filter { $0.type == type }.count }
        #expect(nodes("actor") == model.actors.count)
        #expect(nodes("file") == model.files.count)
        #expect(nodes("category") == model.categories.count)
        #expect(edges("right") == model.rights.count)
        #expect(edges("flow") == model.flows.count)
        #expect(edges("holds") == model.files.count)
        #expect(edges("part-of") == model.actors.filter { $0.partOf != nil }.count)
        #expect(edges("broader") == model.categories.filter { $0.parent != nil }.count)
        #expect(Set(graph.edges.map(\.id)).count == graph.edges.count, "edge ids are unique")
        #expect(Set(graph.nodes.map(\.id)).count == graph.nodes.count, "node ids are unique")
        let nodeIDs = Set(graph.nodes.map(\.id))
        #expect(graph.edges.allSatisfy { nodeIDs.contains($0.source) && nodeIDs.contains($0.target) })
    }

    @Test func flowsGoTheWayTheDataGoesAndDatesAreFullDays() throws {
        let graph = PropertyGraph(model, language: .en)
        for flow in model.flows {
            let edge = try #require(graph.edges.first { $0.type == "flow" && $0.attributes.contains { $0.value == .text(flow.id?.value ?? "") } })
            #expect(edge.source == "file:" + flow.from.value)
            #expect(edge.target == "file:" + flow.into.value)
        }
        let right = try #require(model.rights.first { $0.since?.value.day == nil && $0.since != nil })
        let edge = try #require(graph.edges.first { $0.id == "right:" + (right.id?.value ?? "") })
        let since = try #require(edge.attributes.first { $0.name == "since" })
        #expect(since.value == .text(ExportDateProbe.firstDay(right.since!.value)))
        #expect(edge.attributes.contains { $0.name == "since_precision" && $0.value != .text("day") })
        #expect(edge.start == ExportDateProbe.firstDay(right.since!.value))
    }

    @Test func filtersKeepOnlyWhatCountsThatDay() {
        let everything = PropertyGraph(model, language: .en)
        let early = PropertyGraph(model, counting: PathFinder(index: AccessIndex(model), filters: QueryFilters(day: .on(ModelDate(year: 2000)))), language: .en)
        let rights = { (graph: PropertyGraph) in graph.edges.filter { $0.type == "right" }.count }
        #expect(rights(early) < rights(everything))
        #expect(early.edges.filter { $0.type == "right" }.allSatisfy { edge in
            !edge.attributes.contains { $0.name == "since" && ($0.value.textValue ?? "") > "2000-01-01" }
                && edge.attributes.contains { $0.name == "status" && Status.queryDefault.map(\.rawValue).contains($0.value.textValue ?? "") }
        })
    }
}

/// The expected full day of a model date, written independently of the exporter.
enum ExportDateProbe {
    static func firstDay(_ date: ModelDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)-\(two(date.month ?? 1))-\(two(date.day ?? 1))"
    }
}

extension PropertyGraph.Value {
    var textValue: String? { if case .text(let text) = self { text } else { nil } }
}
