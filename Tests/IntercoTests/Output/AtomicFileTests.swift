#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import Interco
import Testing

@Suite struct AtomicFileTests {
    @Test func devicesAreWrittenInPlaceNotReplaced() throws {
        try AtomicFile.write(Data("discarded".utf8), to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFCHR, "/dev/null must stay a device")
    }

    @Test func aLinkIsFollowedAndAFileKeepsItsMode() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interco-atomic-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.svg").path
        let link = directory.appendingPathComponent("link.svg").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0o640)
        symlink(file, link)
        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "new")
        var status = stat()
        #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
        #expect(stat(file, &status) == 0 && status.st_mode & 0o777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.svg", "out.svg"])
    }
}

/// Output files: temporary names, read-only targets, non-regular targets .
extension AtomicFileTests {
    @Test func temporaryNamesStayWithinTheNameLimit() {
        for name in ["a.svg", String(repeating: "x", count: 250), String(repeating: "é", count: 125) + ".svg"] {
            let temporary = AtomicFile.temporaryName(for: name)
            #expect(temporary.utf8.count <= 255)
            #expect(temporary.hasPrefix(".interco-") && temporary.hasSuffix(".XXXXXX"))
        }
        #expect(AtomicFile.temporaryName(for: "a.svg") == ".interco-a.svg.XXXXXX")
    }

    @Test func aReadOnlyTargetIsRefusedUnlessForced() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("interco-ro-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o444) == 0)
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Data("new".utf8), to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        try AtomicFile.write(Data("new".utf8), to: path, force: true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("new".utf8))
    }

    @Test func aSocketIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("interco-sock-\(getpid())").path
        unlink(path)
        defer { unlink(path) }
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[offset] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Data("x".utf8), to: path) }
    }
}
