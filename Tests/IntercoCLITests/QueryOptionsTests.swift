import Foundation
import Testing

/// Values of the query options that are wrong get a message saying what is wrong.
@Suite struct QueryOptionsTests {
    @Test func negativeMaxHopsIsNamed() throws {
        let result = try Interco.run(["who-can-reach", "health", "--model", "model.yaml", "--max-hops", "-1"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("Error: --max-hops must be between 1 and 16, not -1\n"))
    }

    @Test func aHugeUnknownIDIsNotEchoedWhole() throws {
        let id = String(repeating: "x", count: 100_000)
        let result = try Interco.run(["who-can-reach", id, "--model", "model.yaml"])
        #expect(result.exitCode == 64)
        #expect(result.stderr == "error: unknown data category '\(String(repeating: "x", count: 200))…'; `interco list data` prints the ids\n")
    }
}
