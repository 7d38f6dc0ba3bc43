import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old content or the whole new one: the bytes go
/// to a temporary file in the same directory, are flushed to disk, then renamed over the target.
/// An interrupted write (even `kill -9`) leaves at most a stray `.interco-*` temporary file.
///
/// Only regular files are replaced that way. A character device or a FIFO (`-o /dev/null`,
/// `-o /dev/stdout`) is written to in place: renaming over it would replace the device node
/// itself. A FIFO nobody reads is refused at once rather than waited on; a block device or a
/// socket is refused. A symbolic link is followed, so the file it points to is replaced, not the link.
///
/// A read-only target is refused unless `force`. Temporary files are named within the 255-byte
/// limit of a file name, and those an interrupted write left beside the target more than an hour
/// ago are removed on the next write there.
public enum AtomicFile {
    /// Why a write failed.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, for the user.
        public var description: String
    }

    /// Longest file name most file systems take, in bytes.
    static let nameLimit = 255
    /// Prefix of temporary names.
    static let temporaryPrefix = ".interco-"
    /// Age after which a temporary file is taken as left by an interrupted write.
    static let staleAge: TimeInterval = 3600

    /// Writes `data` to `path`, replacing it atomically when it is (or will be) a regular file.
    /// A read-only file is replaced only when `force`.
    public static func write(_ data: Data, to path: String, force: Bool = false) throws(Failure) {
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
        if exists {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFCHR, S_IFIFO:
                try writeInPlace(data, to: target, isFIFO: status.st_mode & S_IFMT == S_IFIFO)
                return
            default:
                throw Failure(description: "refusing to write to \(path): it is not a regular file, a character device or a FIFO")
            }
            // Root may write anything: the mode bits say what the owner meant.
            if !force && (access(target, W_OK) != 0 || status.st_mode & 0o222 == 0) {
                throw Failure(description: "refusing to replace \(path): it is read-only (mode \(String(status.st_mode & 0o777, radix: 8))); use --force to replace it")
            }
        }
        try replace(target, with: data, mode: exists ? status.st_mode & 0o7777 : nil)
    }

    private static func writeInPlace(_ data: Data, to path: String, isFIFO: Bool) throws(Failure) {
        // Opening a FIFO for writing waits for a reader; non-blocking, it fails at once instead.
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | (isFIFO ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            if isFIFO && errno == ENXIO { throw Failure(description: "cannot write to \(path): it is a FIFO that no process reads") }
            throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        if isFIFO { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        guard writeAll(data, to: descriptor) else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    private static func replace(_ path: String, with data: Data, mode existingMode: mode_t?) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        removeStaleTemporaries(in: directory)
        var template = Array((directory + "/" + temporaryName(for: url.lastPathComponent)).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Failure(description: "cannot create a file in \(directory): \(String(cString: strerror(errno)))")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
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

    /// `.interco-NAME.XXXXXX` (the X for mkstemp), NAME cut at a character boundary so that the
    /// whole stays within `nameLimit` bytes.
    static func temporaryName(for name: String) -> String {
        let room = nameLimit - temporaryPrefix.utf8.count - ".XXXXXX".utf8.count
        var base = Substring(name)
        while base.utf8.count > room { base = base.dropLast() }
        return temporaryPrefix + base + ".XXXXXX"
    }

    /// Removes this user's `.interco-*` regular files in `directory` older than `staleAge`: no
    /// write lasts that long, so they were left by an interrupted one. Failures are ignored.
    static func removeStaleTemporaries(in directory: String, now: Date = Date()) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let prefix = Array(temporaryPrefix.utf8)
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            // mkstemp's suffix: a dot and six characters.
            guard name.starts(with: prefix), name.count > prefix.count + 7, name[name.count - 7] == UInt8(ascii: ".") else { continue }
            let path = directory + "/" + String(decoding: name, as: UTF8.self)
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == getuid() else { continue }
            #if canImport(Darwin)
            let modified = TimeInterval(status.st_mtimespec.tv_sec)
            #else
            let modified = TimeInterval(status.st_mtim.tv_sec)
            #endif
            if now.timeIntervalSince1970 - modified > staleAge { unlink(path) }
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { DescriptorWriter.writeAll($0, to: descriptor) } == nil
    }
}
