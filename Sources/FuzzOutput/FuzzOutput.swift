import Foundation
import FuzzSupport
import Interco

/// libFuzzer entry point for the output layer: whatever model loads (errors included) is queried
/// and every answer written in every format and language, then checked as a person or a spreadsheet would
/// meet it: text and Markdown hold no unsafe scalar but line ends, CSV cells are neutralised and
/// escaped, JSON parses, DOT keeps every value inside its quotes and links to http(s) only.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let result = loadFuzzInput(data, size)
    let index = AccessIndex(result.model)
    guard case .success(let theme) = Theme.load("default") else { return 0 }
    let filters = QueryFilters(day: .any, statuses: Set(Status.allCases), maxHops: 2)
    var finder = PathFinder(index: index, filters: filters)
    finder.stepBudget = 20_000
    for section in ModelListing.allCases {
        checkText(section.table(result.model).text(), "list \(section)")
        checkText(section.table(result.model, language: .fr).text(), "list \(section) fr")
    }
    for language in Language.allCases {
        // The reader's language travels with the query, so each language asks again.
        finder.language = language
        for category in index.categoryIDs.indices.prefix(4) {
            let answer = finder.whoCanReach(category, listing: 5)
            for format in QueryOutputFormat.allCases {
                for showPaths in [false, true] { check(answer.rendered(format, showPaths: showPaths), format) }
            }
        }
        for actor in index.actorIDs.indices.prefix(4) {
            let answer = finder.reach(actor, listing: 5)
            for format in QueryOutputFormat.allCases {
                for showPaths in [false, true] { check(answer.rendered(format, showPaths: showPaths), format) }
            }
            for category in index.categoryIDs.indices.prefix(2) {
                let paths = finder.paths(from: actor, to: category, limit: 5)
                for format in QueryOutputFormat.allCases { check(paths.rendered(format), format) }
            }
        }
    }
    checkDOT(DOTEncoder.encode(DiagramBuilder(finder: finder, theme: theme).graph(.wholeMap)))
    return 0
}

func check(_ output: String, _ format: QueryOutputFormat) {
    switch format {
    case .text, .markdown: checkText(output, format.rawValue)
    case .csv: checkCSV(output)
    case .csvRaw: break
    case .json:
        precondition((try? JSONSerialization.jsonObject(with: Data(output.utf8))) != nil, "JSON does not parse")
    }
}

/// No scalar that could drive a terminal, forge a line or reorder text, but the line ends.
func checkText(_ text: String, _ what: String) {
    for scalar in text.unicodeScalars where SafeText.isUnsafe(scalar) && scalar != "\n" {
        preconditionFailure("\(what): unsafe scalar U+\(String(scalar.value, radix: 16, uppercase: true))")
    }
}

/// One record per CRLF-ended line, no other unsafe scalar, and no cell a spreadsheet would run.
func checkCSV(_ text: String) {
    precondition(text.hasSuffix("\r\n"), "CSV does not end with CRLF")
    for scalar in text.unicodeScalars where SafeText.isUnsafe(scalar) && scalar != "\r" && scalar != "\n" {
        preconditionFailure("CSV: unsafe scalar U+\(String(scalar.value, radix: 16, uppercase: true))")
    }
    // Scalars, not characters: "\r\n" is one character, and so is a quote with a combining mark.
    var records: [[Unicode.Scalar]] = [[]]
    for scalar in text.unicodeScalars {
        if scalar == "\n" {
            precondition(records[records.count - 1].last == "\r", "CSV: a line feed without its carriage return")
            records[records.count - 1].removeLast()
            records.append([])
        } else {
            records[records.count - 1].append(scalar)
        }
    }
    records.removeLast()
    for record in records {
        precondition(!record.contains("\r"), "CSV: a carriage return inside a record")
        var cells: [[Unicode.Scalar]] = [], cell: [Unicode.Scalar] = [], quoted = false, index = 0
        while index < record.count {
            let scalar = record[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < record.count, record[index + 1] == "\"" { cell.append("\""); index += 1 } else { quoted = false }
                } else {
                    cell.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                cells.append(cell)
                cell = []
            } else {
                cell.append(scalar)
            }
            index += 1
        }
        precondition(!quoted, "CSV: a quote left open")
        cells.append(cell)
        for cell in cells {
            if let first = cell.first {
                precondition(!["=", "+", "-", "@", "\t", "\r"].contains(first), "CSV: a formula cell")
            }
        }
    }
}

/// Every statement on its own line, every quoted value closed on its line, links http(s) only,
/// no unsafe scalar but the line ends.
func checkDOT(_ dot: String) {
    checkText(dot, "DOT")
    for line in dot.split(separator: "\n") {
        var quoted = false, escaped = false, html = 0
        for character in line {
            if escaped { escaped = false; continue }
            if quoted {
                if character == "\\" { escaped = true } else if character == "\"" { quoted = false }
            } else if html > 0 {
                if character == "<" { html += 1 } else if character == ">" { html -= 1 }
            } else if character == "\"" {
                quoted = true
            } else if character == "<" {
                html = 1
            }
        }
        precondition(!quoted && html == 0, "DOT: a value runs past its line: \(line)")
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        precondition(trimmed.hasSuffix(";") || trimmed.hasSuffix("{") || trimmed == "}", "DOT: not a statement: \(line)")
        var rest = Substring(line)
        while let range = rest.range(of: "URL=\"") {
            let value = rest[range.upperBound...]
            precondition(value.hasPrefix("http://") || value.hasPrefix("https://"), "DOT: a link that is not http(s)")
            rest = value
        }
    }
    precondition(!dot.lowercased().contains("<script"), "DOT: a script tag")
}
