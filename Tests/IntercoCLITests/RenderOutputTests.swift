import Foundation
import Testing

/// `render -o` on odd targets: a FIFO nobody reads, a read-only file, a long name, stale temporaries.
@Suite struct RenderOutputTests {
    func render(to output: String, in directory: TemporaryDirectory, _ extra: [String] = []) throws -> Interco.Output {
        let arguments = ["render", "--model", Interco.fixtures.path + "/model.yaml", "--format", "dot", "-o", output] + extra
        return try Interco.shell("timeout 20 \"$INTERCO\" " + arguments.map { "'\($0)'" }.joined(separator: " "), in: directory.path)
    }

    @Test func aFIFOWithNoReaderIsRefusedAtOnce() throws {
        let directory = try TemporaryDirectory()
        #expect(mkfifo(directory.path + "/out.dot", 0o644) == 0)
        let result = try render(to: "out.dot", in: directory)
        #expect(result.exitCode == 73)
        #expect(result.stderr == "error: cannot write to out.dot: it is a FIFO that no process reads\n")
    }

    @Test func aReadOnlyTargetIsReplacedOnlyWithForce() throws {
        let directory = try TemporaryDirectory()
        let target = try directory.file("out.dot", "old\n")
        #expect(chmod(target, 0o444) == 0)
        let refused = try render(to: "out.dot", in: directory)
        #expect(refused.exitCode == 73)
        #expect(refused.stderr == "error: refusing to replace out.dot: it is read-only (mode 444); use --force to replace it\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old\n")
        let forced = try render(to: "out.dot", in: directory, ["--force"])
        #expect(forced.exitCode == 0, "stderr: \(forced.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func aNameOfAlmost255BytesIsWritten() throws {
        let directory = try TemporaryDirectory()
        let name = String(repeating: "é", count: 123) + ".dot"
        #expect(name.utf8.count == 250)
        let result = try render(to: name, in: directory)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
    }

    @Test func staleTemporariesAreRemovedOnTheNextWrite() throws {
        let directory = try TemporaryDirectory()
        let stale = try directory.file(".interco-out.dot.AbC123", "left by kill -9")
        let fresh = try directory.file(".interco-out.dot.XyZ789", "being written")
        let other = try directory.file(".interco-notes", "not ours")
        let twoHoursAgo = Date().addingTimeInterval(-7200)
        for file in [stale, other] { try FileManager.default.setAttributes([.modificationDate: twoHoursAgo], ofItemAtPath: file) }
        let result = try render(to: "out.dot", in: directory)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
                    == [".interco-notes", ".interco-out.dot.XyZ789", "out.dot"])
        _ = fresh
    }
}
