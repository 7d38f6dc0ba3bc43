import Foundation
import Interco

/// Writes to the terminal. The library returns text; only commands write it.
enum Console {
    /// Writes `text` to standard output as is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` to standard error as is.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends the process at once with `code`. The answer is written (file handles are not
    /// buffered); releasing a million-record model entry by entry would only add a second or more.
    static func finish(_ code: Int32 = 0) -> Never {
        exit(code)
    }

    /// Writes diagnostics to standard error, one per line, with a count of errors and warnings.
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        var text = diagnostics.map { $0.description + "\n" }.joined()
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        text += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        error(text)
    }
}
