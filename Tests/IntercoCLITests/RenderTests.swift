import Foundation
import Testing

/// Engines, their size limits and time budget, and the fdp crash, through the built binary.
@Suite struct RenderEngineTests {
    /// A model of `actors` actors, each holding one file, with `rights` rights between them, in a
    /// fresh directory removed by the caller.
    static func model(actors: Int, rights: Int = 0) throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interco-engines-\(getpid())-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var yaml = "sources:\n  - {id: s, title: S}\ndata:\n  - {id: d, name: D}\nactors:\n"
        for actor in 0..<actors { yaml += "  - {id: a\(actor), name: A\(actor), kind: state}\n" }
        yaml += "files:\n"
        for file in 0..<actors { yaml += "  - {id: f\(file), name: F\(file), held_by: a\(file), data: [d], sources: [s]}\n" }
        if rights > 0 { yaml += "rights:\n" }
        for right in 0..<rights {
            yaml += "  - {actor: a\(right % actors), reaches: f\((right * 7 + 1) % actors), kind: consultation, sources: [s]}\n"
        }
        let path = directory.appendingPathComponent("m.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return (directory, path)
    }

    /// Each engine's limit in nodes, clusters and edges, as documented in docs/rendering.md.
    static let limits: [(engine: String, elements: Int, alternative: String?)] = [
        ("dot", 600, "sfdp"), ("fdp", 1_000, "sfdp"), ("circo", 1_500, "sfdp"), ("neato", 4_000, "sfdp"),
        ("sfdp", 8_000, "twopi"), ("twopi", 12_000, "osage"), ("osage", 16_000, nil),
    ]

    @Test(arguments: limits.map(\.engine))
    func aViewOverTheEngineLimitIsRefusedAtOnce(_ engine: String) throws {
        let limit = Self.limits.first { $0.engine == engine }!
        // Each actor is a cluster with its anchor and its file, and one right: four elements (an
        // actor with no edge is listed, not drawn), so the view is just over this engine's limit
        // and under the next one's.
        let actors = limit.elements / 4 + 10
        let (directory, path) = try Self.model(actors: actors, rights: actors)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Interco.run(["render", "--model", path, "--engine", engine, "--format", "svg", "-o", "-"])
        #expect(result.exitCode == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: this view has "))
        #expect(result.stderr.contains("more than the \(engine) engine lays out in reasonable time (\(limit.elements) in all"))
        if let alternative = limit.alternative {
            #expect(result.stderr.contains("use --engine \(alternative)"))
        } else {
            #expect(!result.stderr.contains("use --engine"))
        }
    }

    @Test func aLayoutPastTheTimeoutStopsWithExit70() throws {
        // About 3 900 elements: neato takes some 15 s on them (docs/rendering.md).
        let (directory, path) = try Self.model(actors: 800, rights: 1_400)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.svg").path
        let start = Date()
        let result = try Interco.run(["render", "--model", path, "--engine", "neato", "--timeout", "0.5",
                                      "--format", "svg", "-o", output])
        #expect(result.exitCode == 70)
        #expect(result.stderr == "error: the 'neato' layout took longer than 0.5 s and was stopped; try --engine sfdp, "
                + "twopi, osage, draw less with a query view or filters, or raise --timeout\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(Date().timeIntervalSince(start) < 60, "the command must end soon after its budget")
    }

    @Test func aBadTimeoutIsAUsageError() throws {
        let result = try Interco.run(["render", "--model", "model.yaml", "--timeout", "0", "--format", "svg", "-o", "-"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--timeout takes a number of seconds"))
    }

    /// Graphviz 2.42's fdp crashed (SIGSEGV in agedge) 18 runs in 20 on this model when its
    /// clusters were nested; each run is a process of its own, so a crash fails the test.
    @Test func fdpSurvivesFiftyRunsOnNestedClusters() throws {
        var failures: [String] = []
        for run in 1...50 {
            let result = try Interco.run(["render", "--model", "fdp-nested.yaml", "--engine", "fdp", "--at", "2026-01-01",
                                          "--format", "svg", "-o", "-"])
            if result.exitCode != 0 || !result.stdout.hasSuffix("</svg>\n") {
                failures.append("run \(run): exit \(result.exitCode) \(result.stderr)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of 50 fdp runs failed: \(failures.prefix(3))")
    }

    @Test func fdpGetsClustersOneLevelDeepAndOtherEnginesNested() throws {
        func depth(_ dot: String) -> Int {
            var deepest = 0, current = 0
            for line in dot.split(separator: "\n") {
                if line.contains("subgraph \"cluster_") { current += 1; deepest = max(deepest, current) }
                if line.trimmingCharacters(in: .whitespaces) == "}" { current -= 1 }
            }
            return deepest
        }
        let nested = try Interco.run(["render", "--model", "fdp-nested.yaml", "--at", "2026-01-01", "--format", "dot", "-o", "-"])
        let flat = try Interco.run(["render", "--model", "fdp-nested.yaml", "--engine", "fdp", "--at", "2026-01-01",
                                    "--format", "dot", "-o", "-"])
        #expect(depth(nested.stdout) > 2)
        #expect(depth(flat.stdout) == 1)
        #expect(flat.stdout.components(separatedBy: " -> ").count == nested.stdout.components(separatedBy: " -> ").count)
    }
}

/// `render --page`: the drawing on the page, or a refusal when its text would be under 7 pt.
@Suite struct RenderPageTests {
    @Test func aViewThatFitsIsDrawnOnThePage() throws {
        let result = try Interco.run(["render", "--paths", "france-travail", "residence-status", "--at", "2026-11-25", "--page", "a4-landscape",
                                      "--format", "svg", "-o", "-"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<svg width=\"842pt\" height=\"595pt\"") || result.stdout.contains("<svg width=\"841pt\" height=\"595pt\""))
        #expect(result.stdout.contains("viewBox=\"0.00 0.00 84"))
        // PDF: the page itself (Graphviz's default PDF margin is turned off).
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("interco-page-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: pdf) }
        let printed = try Interco.run(["render", "--who-can-reach", "bank-transactions", "--at", "2026-11-25", "--page", "a4",
                                       "--format", "pdf", "-o", pdf.path])
        #expect(printed.exitCode == 0, "\(printed.stderr)")
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(bytes.contains("MediaBox [ 0 0 595 841 ]") || bytes.contains("MediaBox [ 0 0 595 842 ]"))
    }

    @Test func theWholeMapOnA4IsRefusedWithAdvice() throws {
        let result = try Interco.run(["render", "--at", "2026-11-25", "--page", "a4", "--format", "pdf", "-o", "/tmp/interco-never.pdf"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("error: fitted to A4, this view's smallest text would be "))
        #expect(result.stderr.contains("pt, under the 7 pt print needs; draw a narrower view: a query view"))
        #expect(result.stderr.contains("--max-hops 1") && result.stderr.contains("--overview for the whole map"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/interco-never.pdf"))
    }

    @Test func theOverviewFitsALandscapePage() throws {
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("interco-overview-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: pdf) }
        let result = try Interco.run(["render", "--overview", "--at", "2026-11-25", "--page", "a4-landscape", "--format", "pdf", "-o", pdf.path])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "Graphviz placed every marker: \(result.stderr)")
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(bytes.contains("MediaBox [ 0 0 841 595 ]") || bytes.contains("MediaBox [ 0 0 842 595 ]"))
    }

    @Test(arguments: [["--diff", "2019", "2024"], ["--without", "r-03"], ["--reach", "caf"]])
    func theOverviewRefusesWhatItCannotShow(_ extra: [String]) throws {
        let result = try Interco.run(["render", "--overview", "--format", "dot", "-o", "-"] + extra)
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--overview"))
    }
}
