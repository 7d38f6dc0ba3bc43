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

    @Test func aModelIsReadFromStandardInput() throws {
        let result = try Interco.shell(#"timeout 20 "$INTERCO" list actors --model - < model.yaml"#)
        let fromFile = try Interco.run(["list", "actors", "--model", "model.yaml"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == fromFile.stdout && !result.stdout.isEmpty)
        // Its diagnostics name standard input; '-' goes alone.
        let broken = try Interco.shell(#"printf 'actors:\n  - {id: a' | timeout 20 "$INTERCO" check --model -"#)
        #expect(broken.exitCode == 65 && broken.stderr.hasPrefix("<stdin>:"), "\(broken.stderr)")
        let mixed = try Interco.run(["check", "--model", "-", "--model", "model.yaml"])
        #expect(mixed.exitCode == 64 && mixed.stderr.contains("give it alone"))
    }

    /// The shipped model names its fingerprint, and a ./data that differs from it is pointed out.
    @Test func anEditedDataDirectoryIsPointedOut() throws {
        let directory = try TemporaryDirectory()
        let data = Interco.repository.appendingPathComponent("data")
        try FileManager.default.copyItem(atPath: data.path, toPath: directory.path + "/data")
        let same = try Interco.run(["list", "actors"], in: directory.path)
        #expect(same.exitCode == 0 && same.stderr.isEmpty, "\(same.stderr)")
        let handle = try #require(FileHandle(forWritingAtPath: directory.path + "/data/actors.yaml"))
        handle.seekToEndOfFile()
        handle.write(Data("# an edit\n".utf8))
        try handle.close()
        let edited = try Interco.run(["list", "actors"], in: directory.path)
        #expect(edited.exitCode == 0)
        #expect(edited.stderr.hasPrefix("note: ./data differs from the model shipped with interco ("))
        #expect(edited.stderr.hasSuffix("), which answered; add --model data to use ./data\n"))
        let french = try Interco.run(["list", "actors", "--lang", "fr"], in: directory.path)
        #expect(french.stderr.hasPrefix("note\u{A0}: ./data diffère du modèle livré avec interco ("), "\(french.stderr)")
        #expect(french.stderr.hasSuffix("), qui a répondu\u{A0}; ajoutez --model data pour utiliser ./data\n"))
        #expect(try Interco.run(["list", "actors", "--model", "data"], in: directory.path).stderr.isEmpty)
        let answer = try Interco.run(["who-can-reach", "bank-accounts", "--lang", "en"], in: directory.path)
        #expect(answer.stdout.contains("model: the shipped model ("))
    }
}
