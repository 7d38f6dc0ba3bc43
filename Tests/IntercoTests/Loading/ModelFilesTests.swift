import Foundation
@testable import Interco
import Testing

/// Finding and reading model files on disk: links, loops, odd names, limits.
@Suite struct ModelFilesTests {
    /// A small valid model file.
    static let model = TextCheckTests.model

    /// A fresh directory, removed afterwards.
    final class Scratch {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("interco-files-" + UUID().uuidString).path

        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }

        func file(_ name: String, _ text: String = ModelFilesTests.model) throws {
            let file = path + "/" + name
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: false, encoding: .utf8)
        }

        func link(_ name: String, to destination: String) throws {
            let link = path + "/" + name
            try FileManager.default.createDirectory(atPath: (link as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: path + "/" + name, withDestinationPath: destination)
        }

        /// Diagnostics of loading `names` (relative), with the directory stripped.
        func diagnostics(_ names: String..., limits: ReadingLimits = .standard) -> [String] {
            ModelLoader(limits: limits).load(paths: names.map { path + "/" + $0 }).diagnostics
                .map { $0.withoutCode.replacingOccurrences(of: path + "/", with: "") }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func aDirectoryNamedLikeAFileIsWalked() throws {
        let scratch = try Scratch()
        try scratch.file("m/x.yaml/a.yaml")
        let result = ModelLoader().load(paths: [scratch.path + "/m"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.files == [scratch.path + "/m/x.yaml/a.yaml"])
    }

    @Test func theSameFileGivenTwiceIsReadOnce() throws {
        let scratch = try Scratch()
        try scratch.file("m/a.yaml")
        try scratch.link("m/b.yaml", to: "a.yaml")
        #expect(scratch.diagnostics("m/a.yaml", "m/a.yaml").isEmpty)
        #expect(scratch.diagnostics("m", "m/a.yaml").isEmpty)
        #expect(ModelLoader().load(paths: [scratch.path + "/m"]).files == [scratch.path + "/m/a.yaml"])
    }

    @Test func aSelfLoopingLinkHasItsOwnMessage() throws {
        let scratch = try Scratch()
        try scratch.link("self.yaml", to: "self.yaml")
        #expect(scratch.diagnostics("self.yaml") == ["self.yaml: error: the symbolic link (self.yaml) loops back on itself: it leads to no file"])
    }

    @Test func aLinkBackToAnAncestorIsALoopNotARecursion() throws {
        let scratch = try Scratch()
        try scratch.file("m/a.yaml")
        try scratch.link("m/sub/back", to: "..")
        #expect(scratch.diagnostics("m") == ["m/sub/back: error: this link leads back to m, a directory being read (a loop): remove the link"])
    }

    @Test func aDanglingLinkNamedLikeAModelFileIsAnError() throws {
        let scratch = try Scratch()
        try scratch.file("m/a.yaml")
        try scratch.link("m/gone.yaml", to: "nowhere.yaml")
        try scratch.link("m/gone-notes", to: "nowhere")
        #expect(scratch.diagnostics("m") == ["m/gone.yaml: error: the symbolic link points to a missing file (nowhere.yaml)"])
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableFileIsAnError() throws {
        let scratch = try Scratch()
        try scratch.file("m/a.yaml")
        #expect(chmod(scratch.path + "/m/a.yaml", 0) == 0)
        #expect(scratch.diagnostics("m") == ["m/a.yaml: error: cannot read the file: permission denied"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status"), "needs /proc"))
    func readingStopsAtTheLimitWhateverTheReportedSize() throws {
        // Files under /proc report a size of 0 bytes and hold more.
        var status = stat()
        #expect(stat("/proc/self/status", &status) == 0 && status.st_size == 0)
        let limits = ReadingLimits(maxFileBytes: 64)
        #expect(ModelLoader(limits: limits).load(paths: ["/proc/self/status"]).diagnostics.map(\.withoutCode)
                    == ["/proc/self/status: error: the file holds more than 64 bytes (the limit of one model file), though the system reported 0; split it into several files"])
    }

    @Test func aReportedSizeOverTheLimitIsRefusedBeforeReading() throws {
        let scratch = try Scratch()
        try scratch.file("a.yaml")
        let size = ModelFilesTests.model.utf8.count
        #expect(scratch.diagnostics("a.yaml", limits: ReadingLimits(maxFileBytes: 10))
                    == ["a.yaml: error: the file is \(size) bytes, over the 10-byte limit of one model file; split it into several files"])
    }

    /// Standard input (here a pipe) is read to its end and stops at the same limit, with the
    /// same message, naming no file on disk.
    @Test func aPipeIsReadToItsEndAndStopsAtTheLimit() throws {
        func load(_ text: String, limits: ReadingLimits) throws -> ModelLoader.Result {
            let pipe = Pipe()
            let bytes = Data(text.utf8)
            let writer = Thread { pipe.fileHandleForWriting.write(bytes); try? pipe.fileHandleForWriting.close() }
            writer.start()
            defer { try? pipe.fileHandleForReading.close() }
            return ModelLoader(limits: limits).load(descriptor: pipe.fileHandleForReading.fileDescriptor, as: "<stdin>")
        }
        let whole = try load(ModelFilesTests.model, limits: .standard)
        #expect(whole.diagnostics.hasErrors == false && whole.files.isEmpty && !whole.hasUnreadableInput)
        #expect(whole.model.actors.map(\.id.value) == ["dgfip"])
        let over = try load(String(repeating: "# comment\n", count: 1000), limits: ReadingLimits(maxFileBytes: 100))
        #expect(over.hasUnreadableInput)
        #expect(over.diagnostics.map(\.withoutCode)
                    == ["<stdin>: error: the file holds more than 100 bytes (the limit of one model file); split it into several files"])
    }
}
