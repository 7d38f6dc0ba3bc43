import Foundation
@testable import Interco
import Testing

/// Inputs that once made a fuzz target fail (`Fixtures/fuzz-regressions/`, named after what they
/// broke), replayed through what the targets do: load, index, query, encode twice.
@Suite struct FuzzRegressionTests {
    /// The folder's listing; `theFolderIsReadAndHoldsInputs` fails when it cannot be read, so a
    /// missing folder cannot pass as zero cases.
    static let listing = Result { try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("fuzz-regressions")) }

    static let inputs: [String] = switch listing {
    case .success(let names): names.filter { !$0.hasPrefix(".") }.sorted()
    case .failure: []
    }

    @Test func theFolderIsReadAndHoldsInputs() throws {
        let names = try Self.listing.get()
        #expect(names.filter { !$0.hasPrefix(".") }.count >= 2)
    }

    @Test(arguments: inputs)
    func replay(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("fuzz-regressions/" + name))))
        let result = ModelLoader().load(inputs: [.init(path: "fuzz.yaml", bytes: bytes)])
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
