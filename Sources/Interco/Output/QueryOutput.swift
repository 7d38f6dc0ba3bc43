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
/// 3: dates are full ISO days (`since`, `until`, people `date`) with a `…_precision` member
/// (`year`, `month` or `day`).
/// 2: summary rows (`since`, `status`, `confidence`, `basis`, `paths_count` over every
/// counting path), `reach` places (`via_entry`, `via_origin`), `query.model`.
public let queryJSONSchemaVersion = 3

/// The frame every answer shares: title, context line, JSON envelope, truncation note, in the
/// reader's language (JSON keeps codes).
struct AnswerFrame {
    var command: String
    var arguments: [String: String]
    var context: QueryContext
    var truncated: Bool
    /// Names of the facts shown whose start is unknown, for the undated note.
    var undated: [String] = []
    /// The reader's language, the query's.
    var language: Language { context.language }

    /// `{schema_version, query, truncated, …members}`.
    func json(_ members: [String: JSONValue]) -> String {
        var all = members
        all["schema_version"] = .int(queryJSONSchemaVersion)
        all["query"] = context.json(command: command, arguments: arguments)
        all["truncated"] = .bool(truncated)
        return JSONValue.object(all).rendered()
    }

    /// A title line, the context line, a blank line, then the body.
    func text(title: String, body: String) -> String {
        Table.singleLine(title + "\n" + context.line(.of(language)) + "\n\n" + body + undatedNote(undated, context, language),
                         keepingBreaks: true) + note
    }

    /// A bold title with the context, then the body.
    func markdown(title: String, body: String) -> String {
        title + Typography.colon(language) + Table.markdownText(context.line(.of(language))) + "\n\n" + body
            + Table.markdownText(undatedNote(undated, context, language), keepingBreaks: true)
            + Table.markdownText(note, keepingBreaks: true)
    }

    var note: String { truncated ? "\n" + AnswerWords.truncated(language) + "\n" : "" }
}

extension RowSummary {
    /// The columns every summary row ends with: codes for CSV (nil), words for people.
    static func headers(_ language: Language?) -> [String] {
        guard let language else { return ["hops", "status", "confidence", "since", "since_precision", "basis", "paths"] }
        return [AnswerWords.hops, .status, .confidence, .since, .basis, .paths].map { $0(language) }
    }

    /// The cells under `headers`: the model's codes and full ISO days for CSV (nil), words for people.
    func cells(_ language: Language?) -> [String] {
        guard let language else {
            return [String(fewestRights), status.rawValue, confidence?.rawValue ?? "", since.map(MachineDate.day) ?? "",
                    since.map(MachineDate.precision) ?? "", basis ?? "", pathCountText(nil)]
        }
        return [String(fewestRights), status.label(language), confidence?.label(language) ?? AnswerWords.notStated(language),
                since ?? (sinceUnknown ? AnswerWords.unknown(language) : ""), basisWords(language), pathCountText(language)]
    }

    /// The basis, or what stands in for it, in `language`.
    func basisWords(_ language: Language) -> String {
        if basisHop == .holds || basisHop == .heldBy { return basis ?? AnswerWords.holdsBasis(language) }
        if basisIdentified, let basis { return basis }
        return (basisInternal ? AnswerWords.internalAccess : .noBasis)(language)
    }

    /// How the actor reaches the data: "holds", then the kinds of rights; codes joined by "; " without a language.
    func howWords(_ language: Language?) -> String {
        guard let language else { return how.joined(separator: "; ") }
        return how.map { $0 == HopKind.holds.rawValue ? AnswerWords.holdsHow(language) : RightKind(rawValue: $0)?.label(language) ?? $0 }
            .joined(separator: ", ")
    }

    /// `3`, or `more than 1 000 000` (without a language: `999999+`).
    func pathCountText(_ language: Language?) -> String {
        guard pathCountSaturated else { return String(pathCount) }
        return language.map { AnswerWords.moreThanMillion($0) } ?? String(Tally.saturation - 1) + "+"
    }

    var jsonMembers: [String: JSONValue] {
        var members: [String: JSONValue] = [
            "how": .texts(how), "hops": .int(fewestRights), "status": .string(status.rawValue),
            "confidence": .text(confidence?.rawValue), "since_unknown": .bool(sinceUnknown && since == nil),
            "basis": .text(basis), "basis_identified": .bool(basisIdentified), "basis_note": .text(basisNote),
            "basis_id": .text(basisID), "basis_hop": .string(basisHop.rawValue),
            "paths_count": .int(min(pathCount, Tally.saturation - 1)), "paths_count_saturated": .bool(pathCountSaturated)]
        MachineDate.add(&members, "since", since)
        return members
    }
}

extension Actor {
    /// `{id, name, kind}`, the name in `language`.
    func jsonReference(_ language: Language) -> JSONValue {
        .object(["id": .string(id.value), "name": .string(name.text(language)), "kind": .string(kind.rawValue)])
    }
}

extension DataCategory {
    /// `{id, name, sensitive}`, the name in `language`.
    func jsonReference(_ language: Language) -> JSONValue {
        .object(["id": .string(id.value), "name": .string(name.text(language)), "sensitive": .bool(sensitive)])
    }
}

extension Subject {
    /// ` (name)`, with what a file or `any` stands for, and the GDPR article 9 mark when asked.
    func textNaming(markingSensitive: Bool, _ language: Language) -> String {
        let mark = markingSensitive && sensitive ? AnswerWords.sensitiveTag(language) : ""
        return switch kind {
        case .category: " (\(SafeText.escaped(name.text(language))))" + mark
        case .file: " (\(SafeText.escaped(name.text(language))))" + mark + AnswerWords.fileData(language, categoryIDs.joined(separator: ", "))
        case .sensitive: AnswerWords.sensitiveData(language, categoryIDs.joined(separator: ", "))
        case .any: AnswerWords.anyData(language)
        }
    }

    /// The same for a Markdown title.
    func markdownNaming(_ language: Language) -> String {
        switch kind {
        case .category: " (\(Table.markdownText(name.text(language))))"
        case .file: " (\(Table.markdownText(name.text(language))))" + AnswerWords.fileData(language, categoryIDs.map { "`\($0)`" }.joined(separator: ", "))
        case .sensitive: AnswerWords.sensitiveData(language, categoryIDs.map { "`\($0)`" }.joined(separator: ", "))
        case .any: AnswerWords.anyData(language)
        }
    }

    /// `{id, name, sensitive, kind, categories}`.
    func json(_ language: Language) -> JSONValue {
        .object(["id": .string(id), "name": .string(name.text(language)), "sensitive": .bool(sensitive), "kind": .string(kind.rawValue),
                 "categories": .texts(categoryIDs)])
    }
}

extension WhoCanReachAnswer {
    /// The summary table, one row per actor: the model's codes without `words` (CSV), words in
    /// that language with it; the actors' names in the query's language.
    public func table(words: Language? = nil) -> Table { Self.table(rows, words: words, texts: context.language) }

    static func table(_ rows: [Row], words language: Language?, texts: Language) -> Table {
        let headers = language.map { language in [AnswerWords.actor, .name, .how, .match].map { $0(language) } }
            ?? ["actor", "name", "how", "match"]
        return Table(headers: headers + RowSummary.headers(language),
                     rows: rows.map { row in
                         [row.actor.id.value, row.actor.name.text(texts), row.summary.howWords(language),
                          language.map(row.match.label) ?? row.match.rawValue] + row.summary.cells(language)
                     })
    }

    /// What the what-if takes away, when there is one.
    var loss: LossReport? {
        lost.map { rows in
            LossReport(table: { Self.table(rows, words: $0, texts: context.language) }, count: rows.count, noun: .actors,
                       paths: lostPaths, language: context.language)
        }
    }

    /// The answer in `format` and, for people, in `language`; `showPaths` adds the paths listed.
    public func rendered(_ format: QueryOutputFormat, showPaths: Bool) -> String {
        let language = context.language
        let listed = rows.flatMap(\.paths)
        let frame = AnswerFrame(command: "who-can-reach", arguments: ["category": subject.id], context: context, truncated: truncated,
                                undated: rows.compactMap(\.summary.undatedName) + listed.flatMap(\.undatedNames))
        switch format {
        case .json:
            return frame.json([
                "category": subject.json(context.language),
                "results": .array(rows.map { row in
                    var members = row.summary.jsonMembers
                    members["actor"] = row.actor.jsonReference(language)
                    members["match"] = .string(row.match.rawValue)
                    members["paths"] = showPaths ? .array(row.paths.map(\.json)) : .null
                    return .object(members)
                }),
                "lost": loss?.json(showPaths: showPaths) ?? .null,
                "people": .array(people.map { entry in
                    var members: [String: JSONValue] = [
                        "file": .string(entry.file.id.value), "number": .int(entry.count.number),
                        "counts": .text(entry.count.note.text(.en)), "source": .string(entry.count.source.value)]
                    MachineDate.add(&members, "date", entry.count.date?.description)
                    return .object(members)
                }),
                "people_total": people.isEmpty ? .null : .int(peopleTotal),
            ])
        case .csv, .csvRaw:
            return LossReport.csv(showPaths ? PathReport.hopTable(listed) : table(),
                                  lost: loss.flatMap { showPaths ? PathReport.hopTable($0.paths) : $0.table?(nil) }, raw: format == .csvRaw)
        case .markdown:
            var body = table(words: language).markdown()
            if showPaths {
                for row in rows {
                    for (number, path) in row.paths.enumerated() {
                        body += "\n" + path.markdownBlock(number: number + 1, of: row.summary.pathCountText(language), language)
                    }
                }
            }
            body += loss?.markdown(showPaths: showPaths) ?? ""
            if let lines = peopleLines(language) {
                body += "\n" + Table.markdownText(lines.title) + "\n\n" + lines.items.map { "- " + Table.markdownText($0) + "\n" }.joined()
                    + (lines.sum.map { "\n" + Table.markdownText($0) + "\n" } ?? "")
            }
            return frame.markdown(title: AnswerWords.whoTitleMarkdown(language, subject.id) + subject.markdownNaming(language), body: body)
        case .text:
            var body = ""
            if rows.isEmpty {
                body += (subject.kind == .category ? AnswerWords.noActor : .noActorData)(language) + "\n"
            } else {
                body += table(words: language).text(truncating: [AnswerWords.name(language): 48, AnswerWords.basis(language): 60])
                body += "\n" + AnswerWords.count(rows.count, one: .oneActor, many: .actors, language)
                body += showPaths ? "\n" : AnswerWords.pathsHintWho(language, subject.id) + "\n"
            }
            if showPaths {
                for row in rows {
                    for (number, path) in row.paths.enumerated() {
                        body += "\n" + path.textBlock(number: number + 1, of: row.summary.pathCountText(language), language)
                    }
                }
            }
            body += loss?.text(showPaths: showPaths) ?? ""
            body += peopleText(language)
            return frame.text(title: AnswerWords.whoTitle(language, subject.id) + subject.textNaming(markingSensitive: true, language),
                              body: body)
        }
    }
}

extension WhoCanReachAnswer {
    /// The people counts of the files holding the category, and their sum with what it is not.
    func peopleLines(_ language: Language) -> (title: String, items: [String], sum: String?)? {
        guard !people.isEmpty else { return nil }
        let items = people.map { entry in
            let date = entry.count.date.map { ($0.day == nil ? AnswerWords.peopleIn : .peopleOn)(language, $0.prose(language)) } ?? ""
            let counts = entry.count.note.text(language).map { " (\($0))" } ?? ""
            return Typography.apply(entry.file.id.value + ":", language) + " \(PeopleCount.grouped(entry.count.number))\(date)\(counts) [\(entry.count.source.value)]"
        }
        let sum = people.count < 2 ? nil : AnswerWords.peopleSum(language, PeopleCount.grouped(peopleTotal))
        return (AnswerWords.peopleTitle(language), items, sum)
    }

    func peopleText(_ language: Language) -> String {
        guard let lines = peopleLines(language) else { return "" }
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
    /// One row per reached category and place: the model's codes without `words` (CSV), words
    /// in that language with it; the categories' names in the query's language.
    public func table(words: Language? = nil) -> Table { Self.table(rows, words: words, texts: context.language) }

    /// What the what-if takes away, when there is one.
    var loss: LossReport? {
        lost.map { rows in
            LossReport(table: { Self.table(rows, words: $0, texts: context.language) }, count: rows.count, noun: .rows,
                       paths: lostPaths, language: context.language)
        }
    }

    static func table(_ rows: [Row], words language: Language?, texts: Language) -> Table {
        let headers = language.map { language in [AnswerWords.category, .name, .sensitive, .via, .how].map { $0(language) } }
            ?? ["category", "name", "sensitive", "via", "via_origin", "how"]
        return Table(headers: headers + RowSummary.headers(language),
                     rows: rows.map { row in
                         let place = language == nil ? [row.place.entry, row.place.origin ?? ""] : [row.place.text]
                         let sensitive = row.category.sensitive ? language.map { AnswerWords.yes($0) } ?? "true" : language == nil ? "false" : ""
                         return [row.category.id.value, row.category.name.text(texts), sensitive] + place + [row.summary.howWords(language)]
                             + row.summary.cells(language)
                     })
    }

    /// The answer in `format` and, for people, in `language`; `showPaths` adds the paths listed.
    public func rendered(_ format: QueryOutputFormat, showPaths: Bool) -> String {
        let language = context.language
        let frame = AnswerFrame(command: "reach", arguments: ["actor": actor.id.value], context: context, truncated: truncated,
                                undated: rows.compactMap(\.summary.undatedName) + paths.flatMap(\.undatedNames))
        switch format {
        case .json:
            return frame.json([
                "actor": actor.jsonReference(language),
                "results": .array(rows.map { row in
                    var members = row.summary.jsonMembers
                    members["category"] = row.category.jsonReference(language)
                    members["via"] = .string(row.place.text)
                    members["via_entry"] = .string(row.place.entry)
                    members["via_origin"] = .text(row.place.origin)
                    return .object(members)
                }),
                "paths": showPaths ? .array(paths.map(\.json)) : .null,
                "lost": loss?.json(showPaths: showPaths) ?? .null,
            ])
        case .csv, .csvRaw:
            return LossReport.csv(showPaths ? PathReport.hopTable(paths) : table(),
                                  lost: loss.flatMap { showPaths ? PathReport.hopTable($0.paths) : $0.table?(nil) }, raw: format == .csvRaw)
        case .markdown:
            var body = table(words: language).markdown()
            if showPaths {
                for (number, path) in paths.enumerated() { body += "\n" + path.markdownBlock(number: number + 1, of: nil, language) }
            }
            body += loss?.markdown(showPaths: showPaths) ?? ""
            return frame.markdown(title: AnswerWords.reachTitleMarkdown(language, actor.id.value, Table.markdownText(actor.name.text(language))),
                                  body: body)
        case .text:
            var body = ""
            if rows.isEmpty {
                body += AnswerWords.noReach(language) + "\n"
            } else {
                body += table(words: language).text(truncating: [AnswerWords.name(language): 40, AnswerWords.basis(language): 60])
                let categories = Set(rows.map(\.category.id.value)).count
                body += "\n" + AnswerWords.count(categories, one: .oneCategory, many: .categories, language)
                body += showPaths ? "\n" : AnswerWords.pathsHintReach(language) + "\n"
            }
            if showPaths {
                for (number, path) in paths.enumerated() {
                    body += "\n" + path.textBlock(number: number + 1, of: nil, language)
                }
            }
            body += loss?.text(showPaths: showPaths) ?? ""
            return frame.text(title: AnswerWords.reachTitle(language, actor.id.value, SafeText.escaped(actor.name.text(language))), body: body)
        }
    }
}

extension PathsAnswer {
    /// What the what-if takes away, when there is one: the paths lost.
    var loss: LossReport? {
        lostPaths.map { LossReport(table: nil, count: lostTotal, noun: .paths, paths: $0, language: context.language) }
    }

    /// `12`, or `more than 1 000 000`.
    func totalText(_ language: Language) -> String { total >= Tally.saturation ? AnswerWords.moreThanMillion(language) : String(total) }

    /// The answer in `format` and, for people, in `language`.
    public func rendered(_ format: QueryOutputFormat) -> String {
        let language = context.language
        let frame = AnswerFrame(command: "paths", arguments: ["actor": actor.id.value, "category": subject.id],
                                context: context, truncated: truncated, undated: paths.flatMap(\.undatedNames))
        let shown = paths.count < total ? AnswerWords.shownPaths(language, String(paths.count), totalText(language)) : nil
        switch format {
        case .json:
            return frame.json([
                "actor": actor.jsonReference(language), "category": subject.json(language),
                "total": .int(min(total, Tally.saturation - 1)), "total_saturated": .bool(total >= Tally.saturation),
                "paths": .array(paths.map(\.json)),
                "lost": loss?.json(showPaths: true) ?? .null,
                "lost_total": lostPaths == nil ? .null : .int(lostTotal),
            ])
        case .csv, .csvRaw:
            return LossReport.csv(PathReport.hopTable(paths), lost: loss.map { PathReport.hopTable($0.paths) }, raw: format == .csvRaw)
        case .markdown:
            var body = paths.isEmpty ? Table.markdownText(AnswerWords.noPath(language)) + "\n" : ""
            for (number, path) in paths.enumerated() {
                body += (number == 0 ? "" : "\n") + path.markdownBlock(number: number + 1, of: totalText(language), language)
            }
            if let shown { body += "\n" + Table.markdownText(shown) + "\n" }
            body += loss?.markdown(showPaths: true) ?? ""
            return frame.markdown(title: AnswerWords.pathsTitleMarkdown(language, actor.id.value, subject.id), body: body)
        case .text:
            var body = paths.isEmpty ? AnswerWords.noPath(language) + "\n" : ""
            for (number, path) in paths.enumerated() {
                body += (number == 0 ? "" : "\n") + path.textBlock(number: number + 1, of: totalText(language), language)
            }
            if let shown { body += "\n" + shown + "\n" }
            body += loss?.text(showPaths: true) ?? ""
            return frame.text(title: AnswerWords.pathsTitle(language, actor.id.value, SafeText.escaped(actor.name.text(language)), subject.id)
                                  + subject.textNaming(markingSensitive: false, language),
                              body: body)
        }
    }
}

/// What a what-if takes away, as every answer shows it after its own: the rows of the model as
/// it is that no longer hold and, with a path listing, the paths lost.
struct LossReport {
    /// The rows lost, in the model's codes (nil) or in a language's words (nil for `paths`,
    /// whose answer is its paths).
    var table: ((Language?) -> Table)?
    var count: Int
    var noun: Noun
    var paths: [PathReport]
    var language: Language

    /// What is counted as lost.
    enum Noun { case actors, rows, paths }

    var heading: String {
        let words: (none: AnswerWords, one: AnswerWords, many: AnswerWords) = switch noun {
        case .actors: (.noActorLost, .oneActorLost, .actorsLost)
        case .rows: (.noRowLost, .oneRowLost, .rowsLost)
        case .paths: (.noPathLost, .onePathLost, .pathsLost)
        }
        return AnswerWords.comparedWithModel(language, count == 0 ? words.none(language) : AnswerWords.count(count, one: words.one, many: words.many, language))
    }

    func text(showPaths: Bool) -> String {
        var out = "\n" + heading + (count > 0 && table != nil ? Typography.apply(":", language) + "\n\n" : ".\n")
        if count > 0, let table {
            out += table(language).text(truncating: [AnswerWords.name(language): 48, AnswerWords.basis(language): 60])
        }
        if showPaths {
            out += paths.isEmpty ? (table == nil ? "" : "\n" + AnswerWords.noPathLostLine(language) + "\n") : "\n" + AnswerWords.lostPathsHeading(language) + "\n"
            for (number, path) in paths.enumerated() { out += "\n" + path.textBlock(number: number + 1, of: nil, language) }
        }
        return out
    }

    func markdown(showPaths: Bool) -> String {
        var out = "\n" + Table.markdownText(heading) + (count > 0 && table != nil ? Typography.apply(":", language) + "\n\n" : ".\n")
        if count > 0, let table { out += table(language).markdown() }
        if showPaths, !paths.isEmpty {
            out += "\n" + Table.markdownText(AnswerWords.lostPathsHeading(language)) + "\n"
            for (number, path) in paths.enumerated() { out += "\n" + path.markdownBlock(number: number + 1, of: nil, language) }
        }
        return out
    }

    /// `{count, results (rows as in the answer's CSV table), paths}`.
    func json(showPaths: Bool) -> JSONValue {
        var members: [String: JSONValue] = ["count": .int(count), "paths": showPaths ? .array(paths.map(\.json)) : .null]
        if let table = table?(nil) {
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
