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
public let queryJSONSchemaVersion = 1

extension WhoCanReachAnswer {
    /// The summary table: one row per actor.
    public var table: Table {
        Table(headers: ["actor", "name", "how", "match", "hops", "status", "since", "basis"],
              rows: rows.map {
                  [$0.actor.id.value, $0.actor.name, $0.how.joined(separator: ", "), $0.match.rawValue,
                   String($0.fewestHops), $0.shortest.status.rawValue, $0.shortest.hops.first?.sinceText ?? "",
                   $0.shortest.hops.first?.shortJustification ?? ""]
              })
    }

    /// The answer in `format`; `showPaths` lists every path hop by hop.
    public func rendered(_ format: QueryOutputFormat, header: QueryHeader, showPaths: Bool) -> String {
        let allPaths = rows.flatMap(\.paths)
        switch format {
        case .json:
            return JSONValue.object([
                "schema_version": .int(queryJSONSchemaVersion), "query": header.json, "truncated": .bool(truncated),
                "category": .object(["id": .string(category.id.value), "name": .string(category.name),
                                     "sensitive": .bool(category.sensitive)]),
                "results": .array(rows.map { row in
                    .object([
                        "actor": .object(["id": .string(row.actor.id.value), "name": .string(row.actor.name),
                                          "kind": .string(row.actor.kind.rawValue)]),
                        "how": .texts(row.how), "match": .string(row.match.rawValue), "hops": .int(row.fewestHops),
                        "status": .string(row.shortest.status.rawValue),
                        "first_hop": row.shortest.hops.first?.json ?? .null,
                        "paths": showPaths ? .array(row.paths.map(\.json)) : .null,
                    ])
                }),
            ]).rendered()
        case .csv, .csvRaw:
            return showPaths ? Table(headers: PathReport.hopHeaders, rows: numberedHopRows(allPaths)).csv(raw: format == .csvRaw) : table.csv(raw: format == .csvRaw)
        case .markdown:
            var text = "**Who can reach `\(category.id.value)`** (\(Table.markdownText(category.name))): \(header.line)\n\n"
            text += table.markdown()
            if showPaths { text += "\n" + Table(headers: PathReport.hopHeaders, rows: numberedHopRows(allPaths)).markdown() }
            return text + undatedNote(allPaths, header) + truncationNote(truncated)
        case .text:
            var text = "Who can reach '\(category.id.value)' (\(SafeText.escaped(category.name)))\(category.sensitive ? " [sensitive, GDPR art. 9]" : "")\n"
            text += header.line + "\n\n"
            if rows.isEmpty {
                text += "No actor reaches this category under these filters.\n"
            } else {
                text += table.text(truncating: ["name": 48, "basis": 60])
                text += "\n\(rows.count) actor\(rows.count == 1 ? "" : "s")."
                text += showPaths ? "\n" : " Every path: add --paths, or run interco paths ACTOR \(category.id.value).\n"
            }
            if showPaths {
                for row in rows {
                    for (number, path) in row.paths.enumerated() {
                        text += "\n" + path.textBlock(number: number + 1, of: row.paths.count)
                    }
                }
            }
            return Table.singleLine(text + undatedNote(allPaths, header), keepingBreaks: true) + truncationNote(truncated)
        }
    }
}

extension ReachAnswer {
    /// One row per reached category and end point.
    public var table: Table {
        Table(headers: ["category", "name", "sensitive", "via", "how", "hops", "status", "since", "basis"],
              rows: rows.map {
                  [$0.category.id.value, $0.category.name, $0.category.sensitive ? "yes" : "", $0.via,
                   $0.path.hops.first.map { $0.type == "holds" ? "holds" : $0.kind } ?? "", String($0.path.rights),
                   $0.path.status.rawValue, $0.path.hops.first?.sinceText ?? "", $0.path.hops.first?.shortJustification ?? ""]
              })
    }

    /// The answer in `format`; `showPaths` lists every path hop by hop.
    public func rendered(_ format: QueryOutputFormat, header: QueryHeader, showPaths: Bool) -> String {
        switch format {
        case .json:
            return JSONValue.object([
                "schema_version": .int(queryJSONSchemaVersion), "query": header.json, "truncated": .bool(truncated),
                "actor": .object(["id": .string(actor.id.value), "name": .string(actor.name), "kind": .string(actor.kind.rawValue)]),
                "results": .array(rows.map { row in
                    .object(["category": .object(["id": .string(row.category.id.value), "name": .string(row.category.name),
                                                  "sensitive": .bool(row.category.sensitive)]),
                             "via": .string(row.via), "hops": .int(row.path.rights), "paths_count": .int(row.pathCount),
                             "shortest_path": row.path.json])
                }),
                "paths": showPaths ? .array(paths.map(\.json)) : .null,
            ]).rendered()
        case .csv, .csvRaw:
            return showPaths ? Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)).csv(raw: format == .csvRaw) : table.csv(raw: format == .csvRaw)
        case .markdown:
            var text = "**What `\(actor.id.value)` reaches** (\(Table.markdownText(actor.name))): \(header.line)\n\n"
            text += table.markdown()
            if showPaths { text += "\n" + Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)).markdown() }
            return text + undatedNote(paths, header) + truncationNote(truncated)
        case .text:
            var text = "What '\(actor.id.value)' (\(SafeText.escaped(actor.name))) reaches\n" + header.line + "\n\n"
            if rows.isEmpty {
                text += "This actor reaches no personal data under these filters.\n"
            } else {
                text += table.text(truncating: ["name": 40, "basis": 60])
                let categories = Set(rows.map(\.category.id.value)).count
                text += "\n\(categories) categor\(categories == 1 ? "y" : "ies") by \(paths.count) path\(paths.count == 1 ? "" : "s")."
                text += showPaths ? "\n" : " Every path: add --paths.\n"
            }
            if showPaths {
                for (number, path) in paths.enumerated() {
                    text += "\n" + path.textBlock(number: number + 1, of: paths.count)
                }
            }
            return Table.singleLine(text + undatedNote(paths, header), keepingBreaks: true) + truncationNote(truncated)
        }
    }
}

extension PathsAnswer {
    /// The answer in `format`.
    public func rendered(_ format: QueryOutputFormat, header: QueryHeader) -> String {
        let shown = paths.count < total ? "\(paths.count) of \(total) paths shown (raise --limit to see more)" : nil
        switch format {
        case .json:
            return JSONValue.object([
                "schema_version": .int(queryJSONSchemaVersion), "query": header.json, "truncated": .bool(truncated),
                "actor": .object(["id": .string(actor.id.value), "name": .string(actor.name), "kind": .string(actor.kind.rawValue)]),
                "category": .object(["id": .string(category.id.value), "name": .string(category.name),
                                     "sensitive": .bool(category.sensitive)]),
                "total": .int(total), "paths": .array(paths.map(\.json)),
            ]).rendered()
        case .csv, .csvRaw:
            return Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)).csv(raw: format == .csvRaw)
        case .markdown:
            var text = "**Paths from `\(actor.id.value)` to `\(category.id.value)`**: \(header.line)\n\n"
            text += Table(headers: PathReport.hopHeaders, rows: numberedHopRows(paths)).markdown()
            if let shown { text += "\n" + shown + "\n" }
            return text + undatedNote(paths, header) + truncationNote(truncated)
        case .text:
            var text = "Paths from '\(actor.id.value)' (\(SafeText.escaped(actor.name))) to '\(category.id.value)' (\(SafeText.escaped(category.name)))\n"
            text += header.line + "\n"
            if paths.isEmpty { text += "\nNo path under these filters.\n" }
            for (number, path) in paths.enumerated() {
                text += "\n" + path.textBlock(number: number + 1, of: total)
            }
            if let shown { text += "\n" + shown + "\n" }
            return Table.singleLine(text + undatedNote(paths, header), keepingBreaks: true) + truncationNote(truncated)
        }
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

/// The sentence that says an answer may be incomplete.
func truncationNote(_ truncated: Bool) -> String {
    truncated ? "\nwarning: the search stopped at its step budget; the answer may be incomplete (narrow it with filters or --max-hops).\n" : ""
}


