/// Diagnostics as text for people, as swiftc and Yams show them: the one-line form, then the
/// source line with a caret under the column, then each note the same way.
///
/// ```
/// m.yaml:6:41: error: unknown id 'dgifp' in 'held_by' (expected an actor) [unknown-id]
///     6 |   - {id: ficoba, name: FICOBA, held_by: dgifp, data: [bank-accounts]}
///       |                                         ^
/// ```
public enum DiagnosticPrinter {
    /// Every diagnostic with its snippet, then a count of errors and warnings; empty for none.
    /// `warningsLeftOut` are warnings found but not listed (a command that answers lists errors
    /// only): the count includes them and says where to see them.
    public static func text(_ diagnostics: [Diagnostic], warningsLeftOut: Int = 0) -> String {
        guard !diagnostics.isEmpty else { return "" }
        var text = ""
        for diagnostic in diagnostics {
            text += SafeText.escaped(diagnostic.description, limit: nil) + "\n"
            text += snippet(diagnostic.location, diagnostic.sourceLine)
            for note in diagnostic.notes {
                text += SafeText.escaped("\(Diagnostic.place(note.location)): note: \(note.message)", limit: nil) + "\n"
                text += snippet(note.location, note.sourceLine)
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors + warningsLeftOut
        text += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if warningsLeftOut > 0 {
            text += " (\(warningsLeftOut == warnings ? "" : "\(warningsLeftOut) of them ")not listed here: `interco check` lists every warning)"
        }
        text += "\n"
        return text
    }

    /// Longest source line echoed, in characters; longer lines are cut around the column.
    static let lineLimit = 160

    /// The source line and a caret line under `location.column`, or nothing without a line.
    static func snippet(_ location: SourceLocation, _ line: String?) -> String {
        guard let line, location.line > 0 else { return "" }
        var scalars = Array(line.unicodeScalars)
        var column = max(1, location.column)
        var cutBefore = false
        if column > lineLimit {
            let drop = column - lineLimit / 2
            scalars.removeFirst(min(drop, scalars.count))
            column -= drop
            cutBefore = true
        }
        let cutAfter = scalars.count > lineLimit
        if cutAfter { scalars.removeLast(scalars.count - lineLimit) }
        var before = String.UnicodeScalarView()
        before.append(contentsOf: scalars.prefix(column - 1))
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars.dropFirst(column - 1))
        let shownBefore = (cutBefore ? "…" : "") + escapedKeepingTabs(String(before))
        let shown = shownBefore + escapedKeepingTabs(String(rest)) + (cutAfter ? "…" : "")
        // The caret goes under the same character: tabs kept so that it lines up.
        let pad = String(shownBefore.map { $0 == "\t" ? "\t" : " " })
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
        let blank = String(repeating: " ", count: gutter.count)
        return "\(gutter) | \(shown)\n\(blank) | \(pad)^\n"
    }

    /// `SafeText.escaped` without a length cut, tabs shown as tabs (they are how the line looks).
    private static func escapedKeepingTabs(_ text: String) -> String {
        text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { SafeText.escaped(String($0), limit: nil) }
            .joined(separator: "\t")
    }
}
