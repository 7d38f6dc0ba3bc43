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

    /// `render --diff`: what either day counts, gained edges thicker with a `+` in their note,
    /// lost ones dashed grey and marked "ended", unchanged ones grey.
    @Test func aDiffDrawsGainedUnchangedAndLostEdges() throws {
        let index = AccessIndex(ModelLoader().loadShipped().model)
        func finder(_ day: String) throws -> PathFinder {
            PathFinder(index: index, filters: QueryFilters(day: .on(try ModelDate.parse(day).get()), statuses: Status.queryDefault))
        }
        var builder = DiagramBuilder(finder: try finder("2024"), theme: try Theme.load("default").get())
        builder.language = .en
        builder.earlier = try finder("2019")
        func edge(_ graph: DOTGraph, right id: String) -> DOTGraph.Edge? {
            let number = index.model.rights.firstIndex { $0.id?.value == id }!
            return graph.edges.first { $0.key == "r" + String(number).leftPadded(to: 8) }
        }
        let bank = builder.graph(.whoCanReach(.category(index.category("bank-transactions")!, in: index)))
        #expect(bank.title.hasSuffix(": changes from 2019 to 2024"))
        let gained = try #require(edge(bank, right: "r-08a"))
        #expect(gained.attributes["penwidth"] == .token("2.5"))
        let unchanged = try #require(edge(bank, right: "r-09a"))
        #expect(unchanged.attributes["color"] == .token("#bdbdbd"))
        #expect(DOTEncoder.encode(bank).contains("droit de communication +"))
        // Connection data: the 2019-789 QPC censure of 14 June 2019 ends the CAF's right r-09f.
        builder.earlier = try finder("2019-01")
        let connection = builder.graph(.whoCanReach(.category(index.category("connection-data")!, in: index)))
        let lost = try #require(edge(connection, right: "r-09f"))
        #expect(lost.attributes["style"] == .token("dashed") && lost.attributes["xlabel"] == .label("ended"))
        // Without a diff the same view draws only 2024's edges.
        builder.earlier = nil
        #expect(edge(builder.graph(.whoCanReach(.category(index.category("connection-data")!, in: index))), right: "r-09f") == nil)
    }

    /// Worked out by hand on `Fixtures/diagram/overview.yaml` (see the comments there).
    @Test func theOverviewFoldsUnitsAndBundlesEdgesPerInstitution() throws {
        let index = AccessIndex(Fixtures.model("diagram/overview.yaml"))
        var builder = DiagramBuilder(finder: PathFinder(index: index, filters: QueryFilters(day: .any, statuses: Status.queryDefault)),
                                     theme: try Theme.load("default").get())
        builder.language = .en
        let graph = builder.graph(.overview)
        let dot = DOTEncoder.encode(graph)
        // Units fold into their institution: no node, no cluster for the fraud unit.
        #expect(!dot.contains("agency.fraud\""))
        let pairs = graph.edges.map { $0.from + " -> " + $0.to }.sorted()
        #expect(pairs == ["actor:agency -> actor:tax", "actor:fund -> actor:agency", "actor:tax -> actor:fund"])
        let bundled = try #require(graph.edges.first { $0.from == "actor:agency" })
        // Two kinds in one bundle: black, and the note counts and names them.
        #expect(bundled.attributes["color"] == .token("#000000"))
        #expect(dot.contains("2 rights: consultation, droit de communication"))
        if case .tooltip(let text)? = bundled.attributes["tooltip"] {
            #expect(text.contains("r-unit") && text.contains("r-agency") && !text.contains("r-own"))
        } else { Issue.record("the bundle has no tooltip") }
        let single = try #require(graph.edges.first { $0.from == "actor:fund" })
        #expect(single.attributes["color"] == .token(try Theme.load("default").get().rightKinds[.consultation]?.color ?? ""))
        // The earliest start of the bundle, the file counts, the right kept inside Agency.
        #expect(dot.contains(">2013<"))
        #expect(dot.contains("Agence\\n1 file"))
        #expect(dot.contains("inside this institution, not drawn: 1 right(s), 0 flow(s)"))
        // The court has no link: listed, not drawn.
        #expect(!graph.top.nodes.contains { $0.id == "actor:court" } && !dot.contains("\"actor:court\""))
        #expect(dot.contains("Actors with no link in this view"))
        #expect(DiagramBuilderTests.unlinkedDrawn(graph).isEmpty)
    }
}
