import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see either the old content or the whole new one: the bytes go
/// to a temporary file in the same directory, are flushed to disk, then renamed over the target.
/// An interrupted write (even `kill -9`) leaves at most a stray `.interco-*` temporary file.
public enum AtomicFile {
    /// Why a write failed.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, for the user.
        public var description: String
    }

    /// Writes `data` to `path`, replacing it atomically.
    public static func write(_ data: Data, to path: String) throws(Failure) {
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
        let written = data.withUnsafeBytes { buffer -> Bool in
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
        let mask = umask(0)
        umask(mask)
        let flushed = written && fchmod(descriptor, 0o666 & ~mask) == 0 && fsync(descriptor) == 0
        let error = errno
        close(descriptor)
        guard flushed else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(error)))") }
        guard rename(temporary, path) == 0 else {
            throw Failure(description: "cannot replace \(path): \(String(cString: strerror(errno)))")
        }
        committed = true
    }
}
