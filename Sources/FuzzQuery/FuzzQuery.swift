import FuzzSupport
import Interco

/// libFuzzer entry point: whatever model loads (errors included) is indexed, queried in every
/// way and drawn as DOT; paths must stay valid and DOT deterministic.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let result = loadFuzzInput(data, size)
    // Only valid models reach queries in the tool; a model with errors is still indexed here,
    // since the index must never trust references.
    let index = AccessIndex(result.model)
    guard case .success(let theme) = Theme.load("default") else { return 0 }
    for hops in [1, 2] {
        let filters = QueryFilters(day: .any, statuses: Set(Status.allCases), maxHops: hops)
        var finder = PathFinder(index: index, filters: filters)
        finder.stepBudget = 20_000
        for category in index.categoryIDs.indices.prefix(8) {
            _ = finder.whoCanReach(category)
        }
        for actor in index.actorIDs.indices.prefix(8) {
            _ = finder.reach(actor)
        }
        let builder = DiagramBuilder(finder: finder, theme: theme)
        let first = DOTEncoder.encode(builder.graph(.wholeMap))
        precondition(first == DOTEncoder.encode(builder.graph(.wholeMap)), "DOT differs between two runs")
    }
    return 0
}
