import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see either the old content or the whole new one: the bytes go
/// to a temporary file in the same directory, are flushed to disk, then renamed over the target.
/// An interrupted write (even `kill -9`) leaves at most a stray `.interco-*` temporary file.
///
/// Only regular files are replaced that way. A device, pipe or socket (`-o /dev/null`,
/// `-o /dev/stdout`) is written to in place: renaming over it would replace the device node
/// itself. A symbolic link is followed, so the file it points to is replaced, not the link.
public enum AtomicFile {
    /// Why a write failed.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, for the user.
        public var description: String
    }

    /// Writes `data` to `path`, replacing it atomically when it is (or will be) a regular file.
    public static func write(_ data: Data, to path: String) throws(Failure) {
        var target = path
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw Failure(description: "cannot follow the link \(path): \(String(cString: strerror(errno)))")
            }
            target = String(cString: resolved)
            free(resolved)
        }
        let exists = stat(target, &status) == 0
        if exists && (status.st_mode & S_IFMT) != S_IFREG {
            try writeInPlace(data, to: target)
            return
        }
        try replace(target, with: data, mode: exists ? status.st_mode & 0o7777 : nil)
    }

    private static func writeInPlace(_ data: Data, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard writeAll(data, to: descriptor) else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    private static func replace(_ path: String, with data: Data, mode existingMode: mode_t?) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/.interco-" + url.lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Failure(description: "cannot create a file in \(directory): \(String(cString: strerror(errno)))")
        }
        let temporary = String(cString: template)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        let mask = umask(0)
        umask(mask)
        // A replaced file keeps its permissions; a new one gets the usual 0666 less the umask.
        let mode = existingMode ?? (0o666 & ~mask)
        let flushed = writeAll(data, to: descriptor) && fchmod(descriptor, mode) == 0 && fsync(descriptor) == 0
        let error = errno
        close(descriptor)
        guard flushed else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(error)))") }
        guard rename(temporary, path) == 0 else {
            throw Failure(description: "cannot replace \(path): \(String(cString: strerror(errno)))")
        }
        committed = true
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
    }
}
