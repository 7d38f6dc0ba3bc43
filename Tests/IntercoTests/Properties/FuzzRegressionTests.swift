import Foundation
@testable import Interco
import Testing

/// Inputs that once made a fuzz target fail (`Fixtures/fuzz-regressions/`, named after what they
/// broke), replayed through what the targets do: load, index, query, encode twice.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = {
        let directory = Fixtures.path("fuzz-regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test(arguments: inputs)
    func replay(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("fuzz-regressions/" + name))))
        let result = ModelLoader.load(inputs: [.init(path: "fuzz.yaml", bytes: bytes)])
        let index = AccessIndex(result.model)
        let theme = try Theme.load("default").get()
        for hops in [1, 2] {
            var finder = PathFinder(index: index, filters: QueryFilters(day: .any, statuses: Set(Status.allCases), maxHops: hops))
            finder.stepBudget = 20_000
            for category in index.categoryIDs.indices { _ = finder.whoCanReach(category) }
            let builder = DiagramBuilder(finder: finder, theme: theme)
            #expect(DOTEncoder.encode(builder.graph(.wholeMap)) == DOTEncoder.encode(builder.graph(.wholeMap)))
        }
    }
}
