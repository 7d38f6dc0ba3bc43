import Foundation
import Testing

/// `--model` on paths that are not plain model files: answered at once, never a hang or a skip.
@Suite struct ModelOptionsTests {
    /// `timeout` turns a hang into exit 124 rather than a stuck test. `prefix` runs it as another
    /// user (root reads any file, so permission tests run as nobody under root).
    func check(_ model: String, in directory: String, as prefix: String = "") throws -> Interco.Output {
        try Interco.shell(#"\#(prefix)timeout 20 "$INTERCO" check --model '\#(model)'"#, in: directory)
    }

    /// The error lines of `stderr` (the fixture model has warnings too).
    func errors(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    }

    func copyOfModel(in directory: TemporaryDirectory, as name: String) throws {
        try directory.file(name, String(contentsOf: Interco.fixtures.appendingPathComponent("model.yaml"), encoding: .utf8))
    }

    @Test func aFIFOIsRefusedAtOnce() throws {
        let directory = try TemporaryDirectory()
        #expect(mkfifo(directory.path + "/m.yaml", 0o644) == 0)
        let result = try check("m.yaml", in: directory.path)
        #expect(result.exitCode == 66)
        #expect(result.stderr == "m.yaml: error: this is a FIFO (named pipe): only regular files are read [unreadable-file]\n1 error, 0 warnings\n")
    }

    @Test func aFIFOInsideAModelDirectoryIsRefusedAtOnce() throws {
        let directory = try TemporaryDirectory()
        try copyOfModel(in: directory, as: "m/a.yaml")
        #expect(mkfifo(directory.path + "/m/b.yaml", 0o644) == 0)
        let result = try check("m", in: directory.path)
        #expect(result.exitCode == 66)
        #expect(errors(result.stderr) == ["m/b.yaml: error: this is a FIFO (named pipe): only regular files are read [unreadable-file]"])
    }

    @Test func aDeviceIsRefusedAtOnce() throws {
        let result = try check("/dev/zero", in: "/")
        #expect(result.exitCode == 66)
        #expect(result.stderr == "/dev/zero: error: this is a character device: only regular files are read [unreadable-file]\n1 error, 0 warnings\n")
    }

    @Test func aSymbolicLinkToAModelDirectoryIsFollowed() throws {
        let directory = try TemporaryDirectory()
        try copyOfModel(in: directory, as: "m/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/alias", withDestinationPath: "m")
        let result = try check("alias", in: directory.path)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "ok: 6 actors, 5 files, 5 data categories, 4 populations, 5 rights, 3 flows, 1 source\n")
    }

    @Test func anUnreadableSubdirectoryIsAnErrorNotASkip() throws {
        let directory = try TemporaryDirectory()
        try copyOfModel(in: directory, as: "m/a.yaml")
        try directory.file("m/locked/b.yaml", "sources: []\n")
        #expect(chmod(directory.path + "/m/locked", 0) == 0)
        #expect(chmod(directory.path, 0o755) == 0)
        let prefix = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let result = try check("m", in: directory.path, as: prefix)
        #expect(result.exitCode == 66)
        #expect(errors(result.stderr) == ["m/locked: error: cannot read the directory: permission denied [unreadable-directory]"])
    }

    @Test func anUnreadableFileInADirectoryIsAnError() throws {
        let directory = try TemporaryDirectory()
        try copyOfModel(in: directory, as: "m/a.yaml")
        try directory.file("m/b.yaml", "sources: []\n")
        #expect(chmod(directory.path + "/m/b.yaml", 0) == 0)
        let prefix = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let result = try check("m", in: directory.path, as: prefix)
        #expect(result.exitCode == 66)
        #expect(errors(result.stderr) == ["m/b.yaml: error: cannot read the file: permission denied [unreadable-file]"])
    }

    @Test func anEmptyPathIsNamed() throws {
        let result = try check("", in: "/")
        #expect(result.exitCode == 66)
        #expect(result.stderr == "(empty path): error: the path is empty: name a model file or directory [no-such-file]\n1 error, 0 warnings\n")
    }
}
