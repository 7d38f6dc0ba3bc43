import Foundation

/// A place in a model file: the path as given by the user, a 1-based line and a 1-based column
/// counted in Unicode scalars.
///
/// Every reference of a model keeps one, so it is kept small: the path is interned once
/// (`SourceFileID`) and line and column are 32-bit. A million-right model holds about fifteen
/// million locations; with the path as a `String` in each, copying a record retained it a dozen
/// times.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, interned.
    public let fileID: SourceFileID
    private let storedLine: UInt32
    private let storedColumn: UInt32

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.init(fileID: SourceFileID(file), line: line, column: column)
    }

    /// Creates a location in an interned file.
    public init(fileID: SourceFileID, line: Int, column: Int) {
        self.fileID = fileID
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
    }

    /// The file path, as the user wrote it (or `data/…` for the shipped model).
    public var file: String { fileID.path }
    /// 1-based line (0 when the problem is with the file as a whole).
    public var line: Int { Int(storedLine) }
    /// 1-based column, in Unicode scalars.
    public var column: Int { Int(storedColumn) }

    /// `path:line:column`, the form editors and terminals recognise.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by file (byte order of the path), then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileID != rhs.fileID { return Array(lhs.file.utf8).lexicographicallyPrecedes(Array(rhs.file.utf8)) }
        if lhs.storedLine != rhs.storedLine { return lhs.storedLine < rhs.storedLine }
        return lhs.storedColumn < rhs.storedColumn
    }
}

/// A file path interned for the life of the process: equal paths get equal ids.
public struct SourceFileID: Hashable, Sendable {
    let raw: UInt32

    /// Interns `path`.
    public init(_ path: String) {
        raw = SourceFileTable.shared.intern(path)
    }

    /// The path.
    public var path: String { SourceFileTable.shared.path(raw) }
}

/// The process-wide table behind `SourceFileID`: append-only, behind a lock.
private final class SourceFileTable: @unchecked Sendable {
    static let shared = SourceFileTable()
    private let lock = NSLock()
    private var paths: [String] = []
    private var ids: [String: UInt32] = [:]

    func intern(_ path: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[path] { return id }
        let id = UInt32(paths.count)
        paths.append(path)
        ids[path] = id
        return id
    }

    func path(_ id: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return paths[Int(id)]
    }
}

/// A value together with the place it was written, so that rules can point at it.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value.
    public var value: Value
    /// Where the value was written.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
