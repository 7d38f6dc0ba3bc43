/// Rules about the inputs themselves: a path that cannot be read, a file too large for the
/// reading limits. Each rule is one type with its code and its messages.

/// A path given on the command line that does not exist.
enum MissingPathRule {
    static let code: Diagnostic.Code = "no-such-file"
    static func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "no such file or directory")
    }
}

/// A directory that cannot be listed, or that holds no model file.
enum DirectoryRule {
    static let code: Diagnostic.Code = "unreadable-directory"
    static let emptyCode: Diagnostic.Code = "no-model-files"
    static func cannotList(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "cannot list the directory")
    }
    static func noModelFiles(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, emptyCode, at: location, "the directory holds no .yaml or .yml file")
    }
}

/// A file that cannot be read.
enum UnreadableFileRule {
    static let code: Diagnostic.Code = "unreadable-file"
    static func diagnostic(at location: SourceLocation, reason: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, reason.map { "cannot read the file: \($0)" }
                       ?? "cannot read the file (permission denied or not a regular file)")
    }
}

/// A file larger than `ReadingLimits.maxFileBytes`.
enum FileSizeRule {
    static let code: Diagnostic.Code = "file-too-large"
    static func diagnostic(at location: SourceLocation, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(.error, code, at: location,
                   "the file is \(size) bytes, over the \(limit)-byte limit of one model file; split it into several files")
    }
    /// A file that held more than the limit though the system reported less (a growing file),
    /// or a pipe past the limit (`reported` is then nil).
    static func grewPast(at location: SourceLocation, reported: Int?, limit: Int) -> Diagnostic {
        Diagnostic(.error, code, at: location, "the file holds more than \(limit) bytes (the limit of one model file)"
                       + (reported.map { ", though the system reported \($0)" } ?? "") + "; split it into several files")
    }
}
