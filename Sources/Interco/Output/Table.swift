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

    /// Columns padded to their widest cell, two spaces apart; line breaks in cells become spaces,
    /// control characters are shown as `?` so that a hostile name cannot drive the terminal.
    /// Cells of the columns named in `truncating` are cut to that many characters, with `…`
    /// (the full text is in the other formats and in `--paths`).
    public func text(truncating: [String: Int] = [:]) -> String {
        let limits = headers.map { truncating[$0] }
        let cleaned = ([headers] + rows).map { row in
            row.enumerated().map { column, cell -> String in
                let line = Self.singleLine(cell)
                guard let limit = limits[column], line.count > limit else { return line }
                return String(line.prefix(limit - 1)) + "…"
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
    /// `<`, `>`, `&` as entities, line breaks as `<br>`, control characters as `?`.
    static func markdownText(_ text: String) -> String {
        var escaped = ""
        for character in singleLine(text, keepingBreaks: true) {
            switch character {
            case "|": escaped += "\\|"
            case "\\": escaped += "\\\\"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\n": escaped += "<br>"
            case "`", "*", "_", "[", "]": escaped += "\\" + String(character)
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// RFC 4180 CSV (CRLF line ends, fields quoted when needed), headers first.
    public func csv() -> String {
        let stream = OutputStream(toMemory: ())
        guard let writer = try? CSVWriter(stream: stream, delimiter: ",", newline: .crlf) else { return "" }
        try? writer.write(row: headers)
        for row in rows { try? writer.write(row: row) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        // The writer separates records; a final line break makes the output a complete text file.
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// `text` with line breaks turned to spaces (or kept), and other control characters to `?`.
    static func singleLine(_ text: String, keepingBreaks: Bool = false) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D: result.unicodeScalars.append(keepingBreaks ? "\n" : " ")
            case 0x09: result.unicodeScalars.append(" ")
            case 0..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: result.unicodeScalars.append("?")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
