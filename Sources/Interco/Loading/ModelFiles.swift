#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds and reads the model files at the paths given: a file itself, or the `.yaml`/`.yml`
/// files under a directory (recursively, hidden entries skipped, sorted by relative path).
///
/// Only regular files are read: a FIFO, device or socket gets an error at once, never a read
/// that blocks. Reading stops at the size limit whatever size the file system reports. Symbolic
/// links are followed, with loops found by device and inode. A directory is walked whatever its
/// name. Anything that cannot be listed or read is an error, never skipped. A file reached twice
/// (named twice, or through a link) is read once.
struct ModelFiles {
    let limits: ReadingLimits
    /// The files read, in order.
    private(set) var inputs: [ModelLoader.Input] = []
    /// Every path that could not be used.
    private(set) var problems: [Diagnostic] = []
    /// Files already read.
    private var seen: Set<Identity> = []

    /// A file or directory as the system knows it, whatever path leads to it.
    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            device = UInt64(bitPattern: Int64(status.st_dev))
            inode = UInt64(status.st_ino)
        }
    }

    init(limits: ReadingLimits) {
        self.limits = limits
    }

    /// The inputs read, moved out (the files keep none: the loader lets their bytes go).
    mutating func takeInputs() -> [ModelLoader.Input] {
        defer { inputs = [] }
        return inputs
    }

    /// The bytes of the one regular file at `path` (a theme), read as model files are.
    static func readFile(_ path: String, limits: ReadingLimits = .standard) -> Result<[UInt8], Diagnostic> {
        var files = ModelFiles(limits: limits)
        if files.status(of: path, reportMissing: true) != nil { files.read(path) }
        if let problem = files.problems.first { return .failure(problem) }
        return .success(files.inputs.first?.bytes ?? [])
    }

    /// Reads the file at `path`, or the model files under the directory at `path`.
    mutating func add(_ path: String) {
        guard !path.isEmpty else { return fail("(empty path)", MissingPathRule.code, "the path is empty: name a model file or directory") }
        guard let status = status(of: path, reportMissing: true) else { return }
        guard Self.kind(status) == S_IFDIR else {
            return Self.kind(status) == S_IFREG ? read(path) : fail(path, UnreadableFileRule.code, Self.notRegular(status))
        }
        let before = problems.count
        var found: [String] = []
        walk(path, relative: "", ancestors: [Identity(status): path], into: &found)
        if found.isEmpty && problems.count == before {
            return fail(path, DirectoryRule.emptyCode, "the directory holds no .yaml or .yml file")
        }
        found.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for relative in found { read(Self.join(path, relative)) }
    }

    /// Collects the model files under `directory`, relative to the directory first given.
    private mutating func walk(_ directory: String, relative: String, ancestors: [Identity: String],
                               into found: inout [String]) {
        guard let stream = opendir(directory) else {
            return fail(directory, DirectoryRule.code, "cannot read the directory: \(Self.reason(errno))")
        }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(stream)
        for name in names {
            let path = Self.join(directory, name)
            let entryRelative = relative.isEmpty ? name : relative + "/" + name
            let isModelFile = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
            guard let status = status(of: path, reportMissing: isModelFile) else { continue }
            switch Self.kind(status) {
            case S_IFDIR:
                let identity = Identity(status)
                if let ancestor = ancestors[identity] {
                    fail(path, UnreadableFileRule.code, "this link leads back to \(ancestor), a directory being read (a loop): remove the link")
                    continue
                }
                var inner = ancestors
                inner[identity] = path
                walk(path, relative: entryRelative, ancestors: inner, into: &found)
            case S_IFREG where isModelFile:
                found.append(entryRelative)
            default:
                if isModelFile { fail(path, UnreadableFileRule.code, Self.notRegular(status)) }
            }
        }
    }

    /// The status of what `path` leads to, or nil with a problem reported. A missing entry is
    /// reported only when `reportMissing` (a dangling link in a directory may be no model file).
    private mutating func status(of path: String, reportMissing: Bool) -> stat? {
        var status = stat()
        if stat(path, &status) == 0 { return status }
        let code = errno
        var link = stat()
        let isLink = lstat(path, &link) == 0 && Self.kind(link) == S_IFLNK
        let target = isLink ? Self.linkTarget(path).map { " (\($0))" } ?? "" : ""
        switch code {
        case ELOOP:
            fail(path, UnreadableFileRule.code, "the symbolic link\(target) loops back on itself: it leads to no file")
        case ENOENT where isLink:
            if reportMissing { fail(path, MissingPathRule.code, "the symbolic link points to a missing file\(target)") }
        case ENOENT:
            if reportMissing { fail(path, MissingPathRule.code, "no such file or directory") }
        default:
            fail(path, UnreadableFileRule.code, "cannot read: \(Self.reason(code))")
        }
        return nil
    }

    /// Reads one regular file, at most the size limit, without blocking on anything else.
    private mutating func read(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return fail(path, UnreadableFileRule.code, "cannot read the file: \(Self.reason(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return fail(path, UnreadableFileRule.code, "cannot read the file: \(Self.reason(errno))") }
        guard Self.kind(status) == S_IFREG else { return fail(path, UnreadableFileRule.code, Self.notRegular(status)) }
        guard seen.insert(Identity(status)).inserted else { return }
        guard Int(status.st_size) <= limits.maxFileBytes else {
            return problems.append(FileSizeRule.diagnostic(at: Self.start(of: path), size: Int(status.st_size), limit: limits.maxFileBytes))
        }
        readContents(descriptor, path: path, reportedSize: Int(status.st_size), onDisk: true)
    }

    /// Reads an open descriptor (standard input: a pipe or a file) to its end, up to the size
    /// limit, as the file `name`.
    mutating func add(descriptor: Int32, as name: String) {
        var status = stat()
        let reported = fstat(descriptor, &status) == 0 && Self.kind(status) == S_IFREG ? Int(status.st_size) : nil
        readContents(descriptor, path: name, reportedSize: reported.map { min($0, limits.maxFileBytes) })
    }

    /// Reads what `descriptor` holds, at most the size limit, as the file `path`; `reportedSize`
    /// is what the system says it holds (nil for a pipe); `onDisk` when it is the file at `path`.
    private mutating func readContents(_ descriptor: Int32, path: String, reportedSize: Int?, onDisk: Bool = false) {
        let limit = limits.maxFileBytes
        // Read one byte more than the reported size: a file that holds more (a growing file, a
        // pipe, or one whose size the system does not know) is read on in chunks, up to the limit.
        var failure: Int32?
        let expected = max(reportedSize ?? 0, 0)
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = Self.read(descriptor, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[initialized...])))
                guard count > 0 else {
                    if count < 0 { failure = errno }
                    return
                }
                initialized += count
            }
        }
        if failure == nil && bytes.count > expected {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while bytes.count <= limit {
                let count = chunk.withUnsafeMutableBytes { Self.read(descriptor, into: $0) }
                guard count > 0 else {
                    if count < 0 { failure = errno }
                    break
                }
                bytes.append(contentsOf: chunk[..<count])
            }
        }
        if let failure { return fail(path, UnreadableFileRule.code, "cannot read the file: \(Self.reason(failure))") }
        guard bytes.count <= limit else {
            return problems.append(FileSizeRule.grewPast(at: Self.start(of: path), reported: reportedSize, limit: limit))
        }
        inputs.append(ModelLoader.Input(path: path, bytes: bytes, onDisk: onDisk))
    }

    /// One read(2), retried when interrupted: the count, 0 at the end, -1 on error.
    private static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 || errno != EINTR { return count }
        }
    }

    private mutating func fail(_ path: String, _ code: Diagnostic.Code, _ message: String) {
        problems.append(Diagnostic(.error, code, at: Self.start(of: path), message))
    }

    /// A path as a diagnostic's location (no line: the whole file).
    private static func start(of path: String) -> SourceLocation { SourceLocation(file: path, line: 0, column: 0) }

    private static func kind(_ status: stat) -> mode_t { status.st_mode & S_IFMT }

    private static func notRegular(_ status: stat) -> String {
        let what = switch kind(status) {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
        return "this is \(what): only regular files are read"
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The system's reason, starting lowercase like every message.
    private static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
