@testable import IntercoRender
import Testing

@Suite struct LayoutLimitsTests {
    @Test func everyEngineHasALimitAndIsSuggestable() {
        #expect(Set(LayoutEngine.preference) == Set(LayoutEngine.allCases))
        #expect(LayoutEngine.allCases.allSatisfy { $0.limit.elements > 0 })
    }

    @Test func aViewWithinTheLimitIsNotRefused() {
        #expect(LayoutEngine.dot.refusal(nodes: 300, edges: 300) == nil)
        #expect(LayoutEngine.dot.refusal(nodes: 100, edges: 301) != nil, "dot also limits edges")
        #expect(LayoutEngine.neato.refusal(nodes: 2_000, edges: 2_000) == nil)
    }

    @Test func aRefusalNamesTheEnginesThatWouldTakeTheView() {
        #expect(LayoutEngine.circo.refusal(nodes: 1_000, edges: 600) == "this view has 1000 nodes and clusters and 600 edges, "
                + "more than the circo engine lays out in reasonable time (1500 in all); use --engine sfdp, neato, twopi, "
                + "draw less with a query view (--who-can-reach, --reach, --paths) or filters, or add --no-size-limit to try "
                + "anyway within --timeout")
        #expect(LayoutEngine.osage.refusal(nodes: 10_000, edges: 10_000)?.contains("use --engine") == false)
        #expect(LayoutEngine.fdp.timeoutAdvice == "try --engine sfdp, neato, twopi, draw less with a query view or filters, "
                + "or raise --timeout")
    }

    @Test func onlyFdpNeedsFlatClusters() {
        #expect(LayoutEngine.allCases.filter(\.needsFlatClusters) == [.fdp])
    }
}
