import CGraphviz
import Foundation

/// Collects what Graphviz reports instead of letting it reach the terminal.
///
/// Why not cgraph's `agseterrf` hook: in Graphviz 2.42 the hook is called from
/// `userout`, which formats into a 1024-byte static buffer and, when a message
/// is longer, reuses a consumed `va_list` and keeps writing into the buffer it
/// just `realloc`ed away (`buf = np` is missing). A malformed HTML label of a
/// few kilobytes, whose text Graphviz echoes back, crashes the process
/// (measured: SIGSEGV in strlen). Without the hook, cgraph formats messages
/// with `vfprintf(stderr, ...)`, which has no length limit.
///
/// So while the renderer holds its lock, C stdio's `stderr` variable points at
/// a private temporary file, and the text is read back after each Graphviz
/// call. This also catches what pango, GLib and fontconfig print through
/// `stderr`. Nothing touches file descriptor 2. The file is never closed, so a
/// thread that loaded the swapped pointer just before it was restored can
/// still write safely (its text would land in the next drain).
enum MessageCapture {
    /// The capture file; `@unchecked` because a FILE* is only used under the renderer's lock.
    private final class Sink: @unchecked Sendable {
        let file: UnsafeMutablePointer<FILE>?

        init() {
            // tmpfile() is unlinked at creation; /dev/null keeps stderr quiet if /tmp is unusable.
            file = tmpfile() ?? fopen("/dev/null", "w")
        }
    }

    private static let sink = Sink()

    /// Runs `body` with `stderr` redirected to the capture file. Call with the Graphviz lock held.
    static func redirectingStderr<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard let file = sink.file else { return try body() }
        let previous = cgv_swap_stderr(file)
        defer {
            fflush(file)
            _ = cgv_swap_stderr(previous)
        }
        return try body()
    }

    /// Makes cgraph print its messages (warnings included) instead of calling a hook.
    static func configureGraphviz() {
        _ = agseterrf(nil)
        // Messages at or above this level are printed; lower ones go silently to a
        // temporary file of cgraph's. AGWARN (the default) is the lowest level, so
        // warnings are kept; AGERR would hide them.
        _ = agseterr(AGWARN)
    }

    /// Drops whatever earlier calls left behind.
    static func reset() {
        _ = takeText()
    }

    /// Returns the messages printed since the last `reset()` or `drain()` and forgets them.
    static func drain() -> [GraphvizMessage] {
        parse(takeText())
    }

    /// Reads the capture file and empties it.
    private static func takeText() -> String {
        guard let file = sink.file else { return "" }
        fflush(file)
        let end = ftell(file)
        guard end > 0 else { return "" }
        rewind(file)
        var bytes = [UInt8](repeating: 0, count: end)
        let read = fread(&bytes, 1, end, file)
        rewind(file)
        _ = ftruncate(fileno(file), 0)
        return String(decoding: bytes[..<read], as: UTF8.self)
    }

    /// Splits captured text into messages.
    ///
    /// A line starting with "Error: " or "Warning: " opens a message. A line
    /// without a prefix right after one continues it (Graphviz prints some
    /// errors over several lines, e.g. bad HTML labels), so it is appended after
    /// a space to keep every message on one line. An unprefixed line with no
    /// message before it comes from another library (pango, fontconfig) and is
    /// kept as a warning. Blank lines are dropped and end a message.
    static func parse(_ text: String) -> [GraphvizMessage] {
        var messages: [GraphvizMessage] = []
        var continuing = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                continuing = false
            } else if let rest = line.droppingPrefix("Error:") {
                messages.append(GraphvizMessage(severity: .error, message: rest))
                continuing = true
            } else if let rest = line.droppingPrefix("Warning:") {
                messages.append(GraphvizMessage(severity: .warning, message: rest))
                continuing = true
            } else if continuing, let last = messages.indices.last {
                messages[last].message += (messages[last].message.isEmpty ? "" : " ") + line
            } else {
                messages.append(GraphvizMessage(severity: .warning, message: line))
                continuing = true
            }
        }
        return messages
    }
}

extension String {
    /// The rest of the string after `prefix`, trimmed, or nil if it does not start with it.
    fileprivate func droppingPrefix(_ prefix: String) -> String? {
        guard hasPrefix(prefix) else { return nil }
        return dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }
}
