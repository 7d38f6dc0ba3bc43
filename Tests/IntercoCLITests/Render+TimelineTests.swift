import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `render --timeline`: the step chart's whole SVG against `Fixtures/golden`, and the refusals.
@Suite struct RenderTimelineTests {
    static let cases: [CLITests.Case] = [
        .init(name: "render-timeline-svg", arguments: ["render", "--timeline", "health", "--model", "model.yaml", "--status", "all",
                                                       "--format", "svg", "-o", "-"], exitCode: 0),
        .init(name: "render-timeline-french", arguments: ["render", "--timeline", "agency", "--model", "model.yaml", "--lang", "fr",
                                                          "--format", "svg", "-o", "-"], exitCode: 0),
        .init(name: "render-timeline-png", arguments: ["render", "--timeline", "health", "--model", "model.yaml", "--format", "png",
                                                       "-o", "chart.png"], exitCode: 64),
        .init(name: "render-timeline-unknown", arguments: ["render", "--timeline", "helth", "--model", "model.yaml", "--format", "svg",
                                                           "-o", "-"], exitCode: 64),
    ]

    @Test(arguments: cases)
    func golden(_ testCase: CLITests.Case) throws {
        try Golden.check(testCase)
    }

    /// The shipped model's chart of bank statements is well formed and has the two steps.
    @Test func shippedBankStatementsChart() throws {
        let result = try Interco.run(["render", "--timeline", "bank-transactions", "--format", "svg", "-o", "-"])
        #expect(result.exitCode == 0)
        let parser = XMLParser(data: Data(result.stdout.utf8))
        #expect(parser.parse())
        #expect(result.stdout.contains("data-date=\"2008\" data-count=\"6\""))
        #expect(result.stdout.contains("data-date=\"2020-12-29\" data-count=\"7\""))
    }
}
