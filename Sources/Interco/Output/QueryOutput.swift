/// The four output forms of the query commands.
public enum QueryOutputFormat: String, Sendable, CaseIterable {
    /// Aligned text for a terminal.
    case text
    /// JSON with a `schema_version`.
    case json
    /// RFC 4180 CSV for spreadsheets: control characters escaped, formulas neutralised.
    case csv
    /// RFC 4180 CSV with the values byte for byte, for programs (`--csv-raw`).
    case csvRaw = "csv-raw"
    /// A Markdown table to paste into a report.
    case markdown
}

/// Version of the JSON shape of query answers; raised on any incompatible change.
/// 2: summary rows (`since`, `status`, `confidence`, `basis`, `paths_count` over every
/// counting path), `reach` places (`via_entry`, `via_origin`), `query.model`.
public let queryJSONSchemaVersion = 2

/// The frame every answer shares: title, context line, JSON envelope, truncation note.
struct AnswerFrame {
    var command: String
    var arguments: [String: String]
    var context: QueryContext
    var truncated: Bool

    /// `{schema_version, query, truncated, …members}`.
    func json(_ members: [String: JSONValue]) -> String {
        var all = members
        all["schema_version"] = .int(queryJSONSchemaVersion)
        all["query"] = context.json(command: command, arguments: arguments)
        all["truncated"] = .bool(truncated)
        return JSONValue.object(all).rendered()
    }

    /// Names of the facts shown whose start is unknown, for the undated note.
    var undated: [String] = []

    /// A title line, the context line, a blank line, then the body.
    func text(title: String, body: String) -> String {
        Table.singleLine(title + "\n" + context.line() + "\n\n" + body + undatedNote(undated, context), keepingBreaks: true) + note
    }

    /// A bold title with the context, then the body.
    func markdown(title: String, body: String) -> String {
        title + ": " + Table.markdownText(context.line()) + "\n\n" + body + undatedNote(undated, context) + note
    }

    var note: String {
        truncated ? "\nwarning: a path listing stopped at its step budget; fewer paths are listed than exist (narrow it with filters or --max-hops).\n" : ""
    }
}

extension RowSummary {
    /// The columns every summary row ends with.
    static let headers = ["hops", "status", "confidence", "since", "basis", "paths"]

    var cells: [String] {
        [String(fewestRights), status.rawValue, confidence?.rawValue ?? "not stated", since ?? (sinceUnknown ? "unknown" : ""),
         basis ?? "holds the file", pathCountText]
    }

    /// `3`, or `more than 1 000 000`.
    var pathCountText: String { pathCountSaturated ? "more than 1 000 000" : String(pathCount) }

    var jsonMembers: [String: JSONValue] {
        ["how": .texts(how), "hops": .int(fewestRights), "status": .string(status.rawValue),
         "confidence": .text(confidence?.rawValue), "since": .text(since), "since_unknown": .bool(sinceUnknown && since == nil),
         "basis": .text(basis), "basis_identified": .bool(basisIdentified), "basis_note": .text(basisNote),
         "basis_id": .text(basisID), "basis_hop": .string(basisHop.rawValue),
         "paths_count": .int(min(pathCount, Tally.saturation - 1)), "paths_count_saturated": .bool(pathCountSaturated)]
    }
}

extension WhoCanReachAnswer {
    /// The summary table: one row per actor.
    public var table: Table { Self.table(rows, context.language) }

    static func table(_ rows: [Row], _ language: Language) -> Table {
        Table(headers: ["actor", "name", "how", "match"] + RowSummary.headers,
              rows: rows.map { [$0.actor.id.value, $0.actor.name.text(language), $0.summary.how.joined(separator: ", "), $0.match.rawValue] + $0.summary.cells })
    }

    /// What the what-if takes away, when there is one.
    var loss: LossReport? {
        lost.map { LossReport(table: Self.table($0, context.language), count: $0.count, noun: ("actor", "actors"), paths: lostPaths) }
    }

    /// The answer in `format`; `showPaths` adds the paths listed.
    public func rendered(_ format: QueryOutputFormat, showPaths: Bool) -> String {
        let listed = rows.flatMap(\.paths)
        let frame = AnswerFrame(command: "who-can-reach", arguments: ["category": subject.id], context: context, truncated: truncated,
                                undated: rows.compactMap(\.summary.undatedName) + listed.flatMap(\.undatedNames))
        switch format {
        case .json:
            return frame.json([
                "category": subject.json(context.language),
                "results": .array(rows.map { row in
                    var members = row.summary.jsonMembers
                    members["actor"] = .object(["id": .string(row.actor.id.value), "name": .string(row.actor.name.text(context.language)),
                                                "kind": .string(row.actor.kind.rawValue)])
                    members["match"] = .string(row.match.rawValue)
                    members["paths"] = showPaths ? .array(row.paths.map(\.json)) : .null
                    return .object(members)
                }),
                "lost": loss?.json(showPaths: showPaths) ?? .null,
                "people": .array(people.map { entry in
                    .object(["file": .string(entry.file.id.value), "number": .int(entry.count.number),
                             "date": .text(entry.count.date?.description), "counts": .text(entry.count.note),
                             "source": .string(entry.count.source.value)])
                }),
                "people_total": people.isEmpty ? .null : .int(peopleTotal),
            ])
        case .csv, .csvRaw:
            return LossReport.csv(showPaths ? Table(headers: PathReport.hopHeaders, rows: numberedHopRows(listed)) : table,
                                  lost: loss.flatMap { showPaths ? Table(headers: PathReport.hopHeaders, rows: numberedHopRows($0.paths)) : $0.table },
                                  raw: format == .csvRaw)
        case .markdown:
            var body = table.markdown()
            if showPaths { body += "\n" + Table(headers: PathReport.hopHeaders, rows: numberedHopRows(listed)).markdown() }
            body += loss?.markdown(showPaths: showPaths) ?? ""
            if let lines = peopleLines {
                body += "\n" + Table.markdownText(lines.title) + "\n\n" + lines.items.map { "- " + Table.markdownText($0) + "\n" }.joined()
                    + (lines.sum.map { "\n" + Table.markdownText($0) + "\n" } ?? "")
            }
            return frame.markdown(title: "**Who can reach `\(subject.id)`**" + subject.markdownNaming(context.language), body: body)
        case .text:
            var body = ""
            if rows.isEmpty {
                body += "No actor reaches \(subject.kind == .category ? "this category" : "this data") under these filters.\n"
            } else {
                body += table.text(truncating: ["name": 48, "basis": 60])
                body += "\n\(rows.count) actor\(rows.count == 1 ? "" : "s")."
                body += showPaths ? "\n" : " Paths: add --paths, or run interco paths ACTOR \(subject.id).\n"
            }
            if showPaths {
                for row in rows {
                    for (number, path) in row.paths.enumerated() {
                        body += "\n" + path.textBlock(number: number + 1, of: row.summary.pathCountText)
                    }
                }
            }
            body += loss?.text(showPaths: showPaths) ?? ""
            body += peopleText
            return frame.text(title: "Who can reach '\(subject.id)'" + subject.textNaming(markingSensitive: true, context.language), body: body)
        }
    }
}

extension WhoCanReachAnswer {
    /// The people counts of the files holding the category, and their sum with what it is not.
    var peopleLines: (title: String, items: [String], sum: String?)? {
        guard !people.isEmpty else { return nil }
        let items = people.map { entry in
            let date = entry.count.date.map { " in \($0)" } ?? ""
            let counts = entry.count.note.map { " (\($0))" } ?? ""
            return "\(entry.file.id.value): \(PeopleCount.grouped(entry.count.number))\(date)\(counts) [\(entry.count.source.value)]"
        }
        let sum = people.count < 2 ? nil : "Sum: \(PeopleCount.grouped(peopleTotal)), an upper bound on entries, not a number of "
            + "people: the files overlap (a person can be in several) and some count households."
        return ("People in the files that hold this data, where the model gives a number:", items, sum)
    }

    var peopleText: String {
        guard let lines = peopleLines else { return "" }
        return "\n" + lines.title + "\n" + lines.items.map { "  " + $0 + "\n" }.joined() + (lines.sum.map { "  " + $0 + "\n" } ?? "")
    }
}

extension PeopleCount {
    /// `80 000 000`: digits grouped by three with a space, as both French and English reports print them.
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(abs(number)))
        var out = ""
        while digits.count > 3 {
            out = " " + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return (number < 0 ? "-" : "") + String(digits) + out
    }
}

extension ReachAnswer {
    /// One row per reached category and place.
    public var table: Table { Self.table(rows, context.language) }

    /// What the what-if takes away, when there is one.
    var loss: LossReport? {
        lost.map { LossReport(table: Self.table($0, context.language), count: $0.count, noun: ("row", "rows"), paths: lostPaths) }
    }

    static func table(_ rows: [Row], _ language: Language) -> Table {
        Table(headers: ["category", "name", "sensitive", "via", "how"] + RowSummary.headers,
              rows: rows.map {
                  [$0.category.id.value, $0.category.name.text(language), $0.category.sensitive ? "yes" : "", $0.place.text,
                   $0.summary.how.joined(separator: ", ")] + $0.summary.cells
              })
    }

    /// The answer in `format`; `showPaths` adds the paths listed.
    public func rendered(_ format: QueryOutputFormat, showPaths: Bool) -> String {
        let frame = AnswerFrame(command: "reach", arguments: ["actor": actor.id.value], context: context, truncated: truncated,
                                undated: rows.compactMap(\.summary.undatedName) + paths.flatMap(\.undatedNames))
        switch format {
        case .json:
            return frame.json([
                "actor": .object(["id": .string(actor.id.value), "name": .string(actor.name.text(context.language)), "kind": .string(actor.kind.rawValue)]),
                "results": .array(rows.map { row in
                    var members = row.summary.jsonMembers
                    members["category"] = .object(["id": .string(row.category.id.value), "name": .string(row.category.name.text(context.language)),
                                                   "sensitive": .bool(row.category.sensitive)])
                    members["via"] = .string(row.place.text)
                    members["via_entry"] = .string(row.place.entry)
                    members["via_origin"] = .text(row.place.origin)
                    return .object(members)
                }),
                "paths": showPaths ? .array(paths.map(\.json)) : .null,
                "lost": loss?.json(showPaths: showPaths) ?? .null,
            ])
        case .csv, .csvRaw:
            return LossReport.csv(showPaths ? Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)) : table,
                                  lost: loss.flatMap { showPaths ? Table(headers: PathReport.hopHeaders, rows: numberedHopRows($0.paths)) : $0.table },
                                  raw: format == .csvRaw)
        case .markdown:
            var body = table.markdown()
            if showPaths { body += "\n" + Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)).markdown() }
            body += loss?.markdown(showPaths: showPaths) ?? ""
            return frame.markdown(title: "**What `\(actor.id.value)` reaches** (\(Table.markdownText(actor.name.text(context.language))))", body: body)
        case .text:
            var body = ""
            if rows.isEmpty {
                body += "This actor reaches no personal data under these filters.\n"
            } else {
                body += table.text(truncating: ["name": 40, "basis": 60])
                let categories = Set(rows.map(\.category.id.value)).count
                body += "\n\(categories) categor\(categories == 1 ? "y" : "ies"); via: the file the actor holds or reaches, ← the file the data came from by flow."
                body += showPaths ? "\n" : " Paths: add --paths.\n"
            }
            if showPaths {
                for (number, path) in paths.enumerated() {
                    body += "\n" + path.textBlock(number: number + 1, of: nil)
                }
            }
            body += loss?.text(showPaths: showPaths) ?? ""
            return frame.text(title: "What '\(actor.id.value)' (\(SafeText.escaped(actor.name.text(context.language)))) reaches", body: body)
        }
    }
}

extension PathsAnswer {
    /// What the what-if takes away, when there is one: the paths lost.
    var loss: LossReport? {
        lostPaths.map { LossReport(table: nil, count: lostTotal, noun: ("path", "paths"), paths: $0) }
    }

    /// `12`, or `more than 1 000 000`.
    var totalText: String { total >= Tally.saturation ? "more than 1 000 000" : String(total) }

    /// The answer in `format`.
    public func rendered(_ format: QueryOutputFormat) -> String {
        let frame = AnswerFrame(command: "paths", arguments: ["actor": actor.id.value, "category": subject.id],
                                context: context, truncated: truncated, undated: paths.flatMap(\.undatedNames))
        let shown = paths.count < total ? "\(paths.count) of \(totalText) paths shown, shortest first (raise --limit to see more)" : nil
        switch format {
        case .json:
            return frame.json([
                "actor": .object(["id": .string(actor.id.value), "name": .string(actor.name.text(context.language)), "kind": .string(actor.kind.rawValue)]),
                "category": subject.json(context.language),
                "total": .int(min(total, Tally.saturation - 1)), "total_saturated": .bool(total >= Tally.saturation),
                "paths": .array(paths.map(\.json)),
                "lost": loss?.json(showPaths: true) ?? .null,
                "lost_total": lostPaths == nil ? .null : .int(lostTotal),
            ])
        case .csv, .csvRaw:
            return LossReport.csv(Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)),
                                  lost: loss.map { Table(headers: PathReport.hopHeaders, rows: numberedHopRows($0.paths)) }, raw: format == .csvRaw)
        case .markdown:
            var body = Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)).markdown()
            if let shown { body += "\n" + shown + "\n" }
            body += loss?.markdown(showPaths: true) ?? ""
            return frame.markdown(title: "**Paths from `\(actor.id.value)` to `\(subject.id)`**", body: body)
        case .text:
            var body = paths.isEmpty ? "No path under these filters.\n" : ""
            for (number, path) in paths.enumerated() {
                body += (number == 0 ? "" : "\n") + path.textBlock(number: number + 1, of: totalText)
            }
            if let shown { body += "\n" + shown + "\n" }
            body += loss?.text(showPaths: true) ?? ""
            return frame.text(title: "Paths from '\(actor.id.value)' (\(SafeText.escaped(actor.name.text(context.language)))) to '\(subject.id)'"
                                  + subject.textNaming(markingSensitive: false, context.language),
                              body: body)
        }
    }
}

extension Subject {
    /// ` (name)`, with what a file or `any` stands for, and the GDPR article 9 mark when asked.
    func textNaming(markingSensitive: Bool, _ language: Language) -> String {
        let mark = markingSensitive && sensitive ? " [sensitive, GDPR art. 9]" : ""
        return switch kind {
        case .category: " (\(SafeText.escaped(name.text(language))))" + mark
        case .file: " (\(SafeText.escaped(name.text(language))))" + mark + ", a file: its data " + categoryIDs.joined(separator: ", ")
        case .sensitive: ": every special category of GDPR art. 9, " + categoryIDs.joined(separator: ", ")
        case .any: ": any data category"
        }
    }

    /// The same for a Markdown title.
    func markdownNaming(_ language: Language) -> String {
        switch kind {
        case .category: " (\(Table.markdownText(name.text(language))))"
        case .file: " (\(Table.markdownText(name.text(language)))), a file: its data " + categoryIDs.map { "`\($0)`" }.joined(separator: ", ")
        case .sensitive: ": every special category of GDPR art. 9, " + categoryIDs.map { "`\($0)`" }.joined(separator: ", ")
        case .any: ": any data category"
        }
    }

    /// `{id, name, sensitive, kind, categories}`.
    func json(_ language: Language) -> JSONValue {
        .object(["id": .string(id), "name": .string(name.text(language)), "sensitive": .bool(sensitive), "kind": .string(kind.rawValue),
                 "categories": .texts(categoryIDs)])
    }
}

/// What a what-if takes away, as every answer shows it after its own: the rows of the model as
/// it is that no longer hold and, with a path listing, the paths lost.
struct LossReport {
    /// The rows lost (nil for `paths`, whose answer is its paths).
    var table: Table?
    var count: Int
    var noun: (singular: String, plural: String)
    var paths: [PathReport]

    var heading: String {
        "Compared with the model as it is: " + (count == 0 ? "no \(noun.plural) lost" : "\(count) \(count == 1 ? noun.singular : noun.plural) lost")
    }

    func text(showPaths: Bool) -> String {
        var out = "\n" + heading + (count > 0 && table != nil ? ":\n\n" : ".\n")
        if count > 0, let table { out += table.text(truncating: ["name": 48, "basis": 60]) }
        if showPaths {
            out += paths.isEmpty ? (table == nil ? "" : "\nNo path lost.\n") : "\nPaths lost:\n"
            for (number, path) in paths.enumerated() { out += "\n" + path.textBlock(number: number + 1, of: nil) }
        }
        return out
    }

    func markdown(showPaths: Bool) -> String {
        var out = "\n" + Table.markdownText(heading) + (count > 0 && table != nil ? ":\n\n" : ".\n")
        if count > 0, let table { out += table.markdown() }
        if showPaths, !paths.isEmpty {
            out += "\nPaths lost:\n\n" + Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)).markdown()
        }
        return out
    }

    /// `{count, results (rows as in the answer's table), paths}`.
    func json(showPaths: Bool) -> JSONValue {
        var members: [String: JSONValue] = ["count": .int(count), "paths": showPaths ? .array(paths.map(\.json)) : .null]
        if let table {
            members["results"] = .array(table.rows.map { cells in
                .object(Dictionary(zip(table.headers, cells.map(JSONValue.string)), uniquingKeysWith: { first, _ in first }))
            })
        }
        return .object(members)
    }

    /// The answer's table with a last column `what_if`: empty for its own rows, `lost` for the
    /// rows the what-if takes away; without a what-if, the table as it is.
    static func csv(_ table: Table, lost: Table?, raw: Bool) -> String {
        guard let lost else { return table.csv(raw: raw) }
        return Table(headers: table.headers + ["what_if"], rows: table.rows.map { $0 + [""] } + lost.rows.map { $0 + ["lost"] }).csv(raw: raw)
    }
}

/// Hop rows of several paths, numbered per actor.
func numberedHopRows(_ paths: [PathReport]) -> [[String]] {
    var counters: [String: Int] = [:]
    return paths.flatMap { path -> [[String]] in
        counters[path.actor, default: 0] += 1
        return path.hopRows(pathNumber: counters[path.actor]!)
    }
}
