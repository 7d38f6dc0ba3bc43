import CSV
import Foundation

/// Rows of text cells with headers, rendered as an aligned terminal table, a Markdown table or
/// RFC 4180 CSV. Query and list results are turned into tables, then into one of these forms.
public struct Table: Sendable, Equatable {
    /// Column headers.
    public var headers: [String]
    /// Rows; each has as many cells as there are headers.
    public var rows: [[String]]

    /// Creates a table.
    public init(headers: [String], rows: [[String]] = []) {
        self.headers = headers
        self.rows = rows
    }

    /// Columns padded to their widest cell, two spaces apart; control characters (line breaks
    /// included), bidi controls and separators in cells are shown escaped by `SafeText`, so that a
    /// hostile name can neither drive the terminal nor forge a line.
    /// Cells of the columns named in `truncating` are cut to at most that many characters at a
    /// word, with `…` (`ShortLabel`; the full text is in the other formats and in `--paths`).
    public func text(truncating: [String: Int] = [:]) -> String {
        let limits = headers.map { truncating[$0] }
        let cleaned = ([headers] + rows).map { row in
            row.enumerated().map { column, cell -> String in
                let line = Self.singleLine(cell)
                guard let limit = limits[column], line.count > limit else { return line }
                return ShortLabel.cut(line, limit: limit)
            }
        }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cleaned {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var output = ""
        for (number, row) in cleaned.enumerated() {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
            }
            while line.last == " " { line.removeLast() }
            output += line + "\n"
            if number == 0 {
                output += widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "  ") + "\n"
            }
        }
        return output
    }

    /// A GitHub-flavoured Markdown table: `|` and `\` are escaped, line breaks become `<br>`,
    /// and `<`, `>` and `&` are written as entities so that a cell cannot open HTML.
    public func markdown() -> String {
        let cell = { (text: String) -> String in
            let escaped = Self.markdownText(text)
            return escaped.isEmpty ? " " : escaped
        }
        var output = "| " + headers.map(cell).joined(separator: " | ") + " |\n"
        output += "|" + headers.map { _ in " --- |" }.joined() + "\n"
        for row in rows { output += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return output
    }

    /// Text safe in a Markdown table cell or line: `|`, backslash and emphasis characters escaped,
    /// `<`, `>`, `&` as entities, line breaks (LF, CR, CRLF) as `<br>`, every other unsafe scalar
    /// escaped by `SafeText` (its `\u{…}` reads literally in Markdown). `keepingBreaks` keeps LF as
    /// the line break of a multi-line text built by interco.
    static func markdownText(_ text: String, keepingBreaks: Bool = false) -> String {
        if keepingBreaks {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { markdownText(String($0)) }.joined(separator: "\n")
        }
        var escaped = ""
        for character in text {
            switch character {
            case "|": escaped += "\\|"
            case "\\": escaped += "\\\\"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\n", "\r", "\r\n": escaped += "<br>"
            case "`", "*", "_", "[", "]": escaped += "\\" + String(character)
            default: escaped += SafeText.escaped(String(character), limit: nil)
            }
        }
        return escaped
    }

    /// RFC 4180 CSV (CRLF line ends, fields quoted when needed), headers first. Unless `raw`,
    /// every cell is `csvCell`: control characters escaped and formulas neutralised, for people
    /// who open the file in a spreadsheet; `raw` keeps the values byte for byte, for programs.
    public func csv(raw: Bool = false) -> String {
        let stream = OutputStream(toMemory: ())
        guard let writer = try? CSVWriter(stream: stream, delimiter: ",", newline: .crlf) else { return "" }
        try? writer.write(row: raw ? headers : headers.map(Self.csvCell))
        for row in rows { try? writer.write(row: raw ? row : row.map(Self.csvCell)) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        // The writer separates records; a final line break makes the output a complete text file.
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A CSV cell safe to open in a spreadsheet: a value starting with `=`, `+`, `-`, `@`, tab or
    /// CR gets a leading `'` (OWASP's advice: the spreadsheet shows it as text), then unsafe
    /// scalars are escaped by `SafeText` (never cut).
    public static func csvCell(_ value: String) -> String {
        let neutral = value.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + value : value
        return SafeText.escaped(neutral, limit: nil)
    }

    /// `text` on one line, every unsafe scalar (line breaks included) escaped by `SafeText`;
    /// `keepingBreaks` keeps LF as the line break of a multi-line text built by interco (its
    /// values must have been escaped line by line already).
    static func singleLine(_ text: String, keepingBreaks: Bool = false) -> String {
        guard keepingBreaks else { return SafeText.escaped(text, limit: nil) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { SafeText.escaped(String($0), limit: nil) }.joined(separator: "\n")
    }
}
