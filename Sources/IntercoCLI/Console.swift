import Foundation
import Interco
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the terminal. The library returns text; only commands write it.
///
/// Every byte for standard output or error goes through `write(_:to:)`, which reports failure as
/// a value (Foundation's `FileHandle.write` traps instead). `out` and `error` turn a failure into
/// the documented ending: a closed pipe (`| head -c 10`) ends the command quietly with exit 141,
/// as a process killed by SIGPIPE would, so that `set -o pipefail` scripts see what they see with
/// other tools; a full disk or a closed descriptor exits 73 with one line on the other stream.
enum Console {
    /// One of the two streams.
    enum Stream: Sendable {
        case output, error

        var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }
        var name: String { self == .output ? "standard output" : "standard error" }
    }

    /// A write that failed, with the system's error number.
    struct WriteFailure: Error, Sendable {
        var stream: Stream
        var code: Int32

        /// True when the reader went away (a closed pipe): the end of the command, not an error.
        var readerLeft: Bool { code == EPIPE }

        var description: String { "error: cannot write to \(stream.name): \(String(cString: strerror(code)))" }
    }

    /// Exit code when the reader of standard output went away (128 + SIGPIPE, as the shell reports).
    static let readerLeftExitCode: Int32 = 141

    /// Readies the process: a closed pipe becomes EPIPE instead of killing the process, and a
    /// closed standard descriptor is held by a read-only /dev/null, so that no file opened later
    /// takes its number (the answer would go into it) and writes to it still fail with EBADF.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }

    /// Writes all of `bytes` to `stream`, retrying short and interrupted writes.
    static func write(_ bytes: some Collection<UInt8>, to stream: Stream) throws(WriteFailure) {
        let code: Int32? = bytes.withContiguousStorageIfAvailable {
            DescriptorWriter.writeAll(UnsafeRawBufferPointer($0), to: stream.descriptor)
        } ?? Array(bytes).withUnsafeBytes { DescriptorWriter.writeAll($0, to: stream.descriptor) }
        if let code { throw WriteFailure(stream: stream, code: code) }
    }

    /// Writes `text` to standard output as is; ends the process when it cannot.
    static func out(_ text: String) {
        put(text.utf8, to: .output)
    }

    /// Writes `bytes` to standard output as is; ends the process when it cannot.
    static func out(_ bytes: Data) {
        put(bytes, to: .output)
    }

    /// Writes `text` to standard error as is; ends the process when it cannot.
    static func error(_ text: String) {
        put(text.utf8, to: .error)
    }

    private static func put(_ bytes: some Collection<UInt8>, to stream: Stream) {
        do {
            try write(bytes, to: stream)
        } catch {
            give(up: error)
        }
    }

    /// Ends the process after a failed write: quietly when the reader left, otherwise with one
    /// line on the other stream (when it works) and exit 73.
    static func give(up failure: WriteFailure) -> Never {
        if failure.readerLeft { finish(readerLeftExitCode) }
        let other: Stream = failure.stream == .error ? .output : .error
        try? write(Array((failure.description + "\n").utf8), to: other)
        finish(73)
    }

    /// Ends the process at once with `code`. The answer is written (writes are not buffered);
    /// releasing a million-record model entry by entry would only add a second or more.
    static func finish(_ code: Int32 = 0) -> Never {
        exit(code)
    }

    /// Writes diagnostics to standard error, each with its source line and caret, then a count
    /// (which includes the warnings left out of the list).
    static func printDiagnostics(_ diagnostics: [Diagnostic], warningsLeftOut: Int = 0) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticPrinter.text(diagnostics, warningsLeftOut: warningsLeftOut))
    }
}
