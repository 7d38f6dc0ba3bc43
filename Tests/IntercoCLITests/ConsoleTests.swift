import Foundation
import Testing

/// Standard output and error that cannot be written: no trap, one line on the other stream and
/// exit 73; a reader that went away ends the command quietly with exit 141.
@Suite struct ConsoleTests {
    static let full = "No space left on device"

    @Test func fullStandardOutput() throws {
        let result = try Interco.shell(#""$INTERCO" list actors --model model.yaml > /dev/full"#)
        #expect(result.exitCode == 73)
        #expect(result.stderr == "error: cannot write to standard output: \(Self.full)\n")
        #expect(result.stdout == "")
    }

    @Test func fullStandardErrorIsToldOnStandardOutput() throws {
        let result = try Interco.shell(#""$INTERCO" check --model invalid.yaml 2> /dev/full"#)
        #expect(result.exitCode == 73)
        #expect(result.stdout == "error: cannot write to standard error: \(Self.full)\n")
    }

    @Test func closedStandardOutput() throws {
        let result = try Interco.shell(#""$INTERCO" who-can-reach bank-accounts --model model.yaml >&-"#)
        #expect(result.exitCode == 73)
        #expect(result.stderr == "error: cannot write to standard output: Bad file descriptor\n")
    }

    @Test func renderToFullStandardOutput() throws {
        let result = try Interco.shell(#""$INTERCO" render --model model.yaml --format dot -o - > /dev/full"#)
        #expect(result.exitCode == 73)
        #expect(result.stderr == "error: cannot write to standard output: \(Self.full)\n")
    }

    @Test func helpAndUsageErrorsGoThroughTheSameWriter() throws {
        let help = try Interco.shell(#""$INTERCO" --help > /dev/full"#)
        #expect(help.exitCode == 73)
        #expect(help.stderr == "error: cannot write to standard output: \(Self.full)\n")
        let usage = try Interco.shell(#""$INTERCO" check --modle model.yaml 2> /dev/full"#)
        #expect(usage.exitCode == 73)
        #expect(usage.stdout == "error: cannot write to standard error: \(Self.full)\n")
    }

    @Test func readerThatWentAwayEndsTheCommandQuietly() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try Interco.run(["who-can-reach", "bank-accounts", "--model", "model.yaml", "--at", "any", "--paths"],
                                     standardOutput: pipe.fileHandleForWriting)
        #expect(result.exitCode == 141)
        #expect(result.stderr == "")
    }
}

/// A fresh directory, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("interco-test-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` inside the directory and returns its path.
    @discardableResult
    func file(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        return file
    }

    deinit {
        _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+rwx", path]).waitUntilExit()
        try? FileManager.default.removeItem(atPath: path)
    }
}
