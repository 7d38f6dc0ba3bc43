import Foundation
import Testing

/// `interco export` on the shipped model, loaded by the tools its users load it with: networkx
/// (GraphML, GEXF, node-link JSON) and the embedded graph database Kuzu (the Cypher script), by
/// `Checkers/graph_exports.py`, which compares counts and attributes with `interco list`.
@Suite struct ExportTests {
    static let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Checkers/graph_exports.py").path

    @Test func exportsLoadInNetworkxAndKuzuWithTheCountsOfList() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interco-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["graphml", "gexf", "json", "cypher"] {
            let run = try Interco.run(["export", "--format", format, "-o", "map.\(format)"], in: directory.path)
            #expect(run.exitCode == 0, "\(format): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        let day = "2020-06-01"
        #expect(try Interco.run(["export", "--format", "json", "--at", day, "-o", "at.json"], in: directory.path).exitCode == 0)
        try Data(day.utf8).write(to: directory.appendingPathComponent("at.txt"))
        for section in ["actors", "files", "data", "rights", "flows"] {
            let run = try Interco.run(["list", section, "--format", "json"], in: directory.path)
            try Data(run.stdout.utf8).write(to: directory.appendingPathComponent("list-\(section).json"))
        }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", Self.checker, directory.path]
        let out = Pipe()
        python.standardOutput = out
        python.standardError = out
        try python.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "graph_exports.py (run scripts/ensure-test-deps for networkx and kuzu):\n\(report)")
        #expect(report.contains("ok: cypher: RIGHT edges"))
        #expect(report.hasSuffix("0 failed\n"))
    }

    @Test func sameArgumentsGiveTheSameBytesOnStandardOutput() throws {
        let first = try Interco.run(["export", "--format", "gexf", "--model", "model.yaml", "-o", "-"])
        let second = try Interco.run(["export", "--format", "gexf", "--model", "model.yaml", "-o", "-"])
        #expect(first.exitCode == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("<?xml"))
    }

    @Test func refusesToWriteOverAModelFile() throws {
        let run = try Interco.run(["export", "--format", "json", "--model", "model.yaml", "-o", "model.yaml"])
        #expect(run.exitCode == 64)
        #expect(run.stderr == "error: refusing to write over model file model.yaml\n")
    }
}
