/// A report on one question (`interco report`): the question and its context (model, day,
/// filters), the answer table, every path listed hop by hop with its legal bases numbered, the
/// caveats of those hops, and the sources they cite. A value in the reader's language, built from
/// a query answer; `ReportHTML` and `ReportMarkdown` write it, with the diagram beside it.
public struct Report: Sendable, Equatable {
    /// What weakens a hop, flagged in the paths and gathered in the caveats section.
    public enum Flag: String, Sendable, Hashable, CaseIterable {
        case alleged, planned, censured, repealed, ended, disputed, inferred, reported
        case noBasis = "no-basis"
        case startUnknown = "start-unknown"

        /// The flag's words in `language`.
        public func text(_ language: Language) -> String {
            guard let words else { return ReportWords.noBasis.text(language) }
            return words(language)
        }

        var words: ReportWords? {
            switch self {
            case .alleged: .alleged
            case .planned: .planned
            case .censured: .censured
            case .repealed: .repealed
            case .ended: .ended
            case .disputed: .disputed
            case .inferred: .inferred
            case .reported: .reported
            case .noBasis: nil
            case .startUnknown: .startUnknown
            }
        }
    }

    /// One hop of a path.
    public struct Hop: Sendable, Hashable {
        /// What the hop is: `right r-03: france-travail.fraud —consultation→ ficoba (FICOBA)`.
        public var headline: String
        /// The number of its legal basis in `bases` (from 1); nil when it has none.
        public var basis: Int?
        /// What stands in for a basis (none identified, internal access); nil with a basis or on a holding.
        public var basisText: String?
        /// Dates, status and confidence in words.
        public var standing: String
        /// Ids of the sources it cites.
        public var sources: [String]
        /// Its caveats.
        public var flags: [Flag]
    }

    /// One path, hop by hop.
    public struct Path: Sendable, Hashable {
        /// `france-travail.fraud: path 2 of 3 (1 right, match exact, in force)`.
        public var heading: String
        /// The hops in order.
        public var hops: [Hop]
        /// `reaches: bank-accounts`.
        public var reaches: String
    }

    /// A source cited by a hop listed.
    public struct SourceEntry: Sendable, Hashable {
        public var id: String
        public var title: String
        /// Its address, only when it is http(s) (`SafeURL`).
        public var url: String?
        public var publisher: String?
    }

    /// A caveat and the hops it applies to.
    public struct Caveat: Sendable, Hashable {
        public var flag: Flag
        /// Names of the hops (right or flow ids, or file ids), sorted.
        public var hops: [String]
    }

    /// The language of every word.
    public var language: Language
    /// The question as a title.
    public var title: String
    /// Model, day, statuses and filters.
    public var context: String
    /// The answer table.
    public var table: Table
    /// What the answer says when its table is empty, or a count under it.
    public var tableNote: String
    /// The paths listed.
    public var paths: [Path]
    /// The legal bases the table and paths cite, numbered from 1 in order of first citation.
    public var bases: [String]
    /// Caveats in `Flag` order; empty when none applies.
    public var caveats: [Caveat]
    /// The sources cited, by id.
    public var sources: [SourceEntry]
    /// Notes under the answer (undated facts counted, truncated listing).
    public var notes: [String]

    /// The words of a section heading, for the writers.
    static func heading(_ word: ReportWords, _ language: Language) -> String { word(language) }
}

extension Report {
    /// The report of a `who-can-reach` answer (with its paths listed).
    public init(_ answer: WhoCanReachAnswer, index: AccessIndex, language: Language) {
        var builder = ReportBuilder(index: index, language: language)
        let sensitive = answer.subject.sensitive ? " " + builder.word(.sensitive, parenthesised: true) : ""
        let title = ReportWords.whoTitle.text.text(language) + builder.naming(answer.subject) + sensitive
        let w = ReportWords.self
        let headers = [w.actor, .how, .match, .hops, .status, .confidence, .since, .basis, .pathCount].map { $0(language) }
        let rows = answer.rows.map { row -> [String] in
            [row.actor.name.text(language) + " (" + row.actor.id.value + ")", builder.how(row.summary), row.match.label(language)]
                + builder.summaryCells(row.summary)
        }
        let paths = answer.rows.flatMap { row in
            row.paths.enumerated().map { builder.path($1, number: $0 + 1, of: builder.count(row.summary)) }
        }
        let count = answer.rows.count
        let note = count == 0 ? ReportWords.noAnswer(language)
            : "\(count) " + (count == 1 ? ReportWords.oneActor : .actors)(language)
        self = builder.report(title: title, context: answer.context, table: Table(headers: headers, rows: rows), tableNote: note,
                              paths: paths, undated: answer.rows.compactMap(\.summary.undatedName), truncated: answer.truncated)
    }

    /// The report of a `reach` answer (with its paths listed).
    public init(_ answer: ReachAnswer, index: AccessIndex, language: Language) {
        var builder = ReportBuilder(index: index, language: language)
        let title = ReportWords.reachTitle.text.text(language) + builder.quoted(answer.actor.name.text(language)) + " ("
            + answer.actor.id.value + ")" + ReportWords.reachTitleEnd.text.text(language)
        let w = ReportWords.self
        let headers = [w.category, .sensitive, .via, .how, .hops, .status, .confidence, .since, .basis, .pathCount].map { $0(language) }
        let rows = answer.rows.map { row -> [String] in
            [row.category.name.text(language) + " (" + row.category.id.value + ")", row.category.sensitive ? ReportWords.yes(language) : "",
             row.place.text, builder.how(row.summary)] + builder.summaryCells(row.summary)
        }
        let paths = answer.paths.enumerated().map { builder.path($1, number: $0 + 1, of: nil) }
        let note = answer.rows.isEmpty ? ReportWords.noAnswer(language) : ""
        self = builder.report(title: title, context: answer.context, table: Table(headers: headers, rows: rows), tableNote: note,
                              paths: paths, undated: answer.rows.compactMap(\.summary.undatedName), truncated: answer.truncated)
    }

    /// The report of a `paths` answer: the table has one row per path listed.
    public init(_ answer: PathsAnswer, index: AccessIndex, language: Language) {
        var builder = ReportBuilder(index: index, language: language)
        let title = ReportWords.pathsTitle.text.text(language) + builder.quoted(answer.actor.name.text(language)) + " ("
            + answer.actor.id.value + ")" + ReportWords.pathsTitleTo.text.text(language)
            + builder.naming(answer.subject)
        let total = answer.total >= Tally.saturation ? ReportWords.moreThanMillion(language) : String(answer.total)
        let paths = answer.paths.enumerated().map { builder.path($1, number: $0 + 1, of: total) }
        let headers = [ReportWords.path, .hops, .match, .status, .basis].map { $0(language) }
        let rows = answer.paths.enumerated().map { number, path -> [String] in
            let bases = path.hops.compactMap { hop in hop.basis.map { builder.basisCell($0) } }
            return [String(number + 1), String(path.rights), path.match?.label(language) ?? "", path.status.label(language),
                    bases.joined(separator: "; ")]
        }
        let note = answer.paths.isEmpty ? ReportWords.noPath(language)
            : "\(answer.paths.count) " + ReportWords.of(language) + " \(total) " + ReportWords.pathCount(language) + "."
        self = builder.report(title: title, context: answer.context, table: Table(headers: headers, rows: rows), tableNote: note,
                              paths: paths, undated: [], truncated: answer.truncated)
    }
}

/// Builds a report's parts, numbering bases and gathering sources and caveats as it goes.
struct ReportBuilder {
    let index: AccessIndex
    let language: Language
    private(set) var bases: [String] = []
    private var basisNumber: [String: Int] = [:]
    private var cited = Set<String>()
    private var flagged: [Report.Flag: Set<String>] = [:]
    private var undated = Set<String>()

    init(index: AccessIndex, language: Language) {
        self.index = index
        self.language = language
    }

    /// « name » (id), or the id alone when the subject has no name (`any`).
    func naming(_ subject: Subject) -> String {
        subject.name.text(language).isEmpty ? quoted(subject.id) : quoted(subject.name.text(language)) + " (" + subject.id + ")"
    }

    /// « name » in French, 'name' in English.
    func quoted(_ text: String) -> String { Typography.quoted(text, language) }

    func word(_ word: ReportWords, parenthesised: Bool = false) -> String {
        parenthesised ? "[" + word(language) + "]" : word(language)
    }

    /// The number of `basis`, given on first citation.
    mutating func number(_ basis: String) -> Int {
        if let number = basisNumber[basis] { return number }
        bases.append(basis)
        basisNumber[basis] = bases.count
        return bases.count
    }

    /// `[2] Art. L114-19 à L114-21 CSS…` for a table cell.
    mutating func basisCell(_ basis: String) -> String {
        "[\(number(basis))] " + ShortLabel.cut(basis, limit: 36)
    }

    /// `holds`, or the kinds of rights, in words.
    func how(_ summary: RowSummary) -> String {
        summary.how.map { code in
            code == HopKind.holds.rawValue ? ReportWords.holdsFile(language) : RightKind(rawValue: code)?.label(language) ?? code
        }.joined(separator: ", ")
    }

    /// `3`, or `more than 1 000 000`.
    func count(_ summary: RowSummary) -> String {
        summary.pathCountSaturated ? ReportWords.moreThanMillion(language) : String(summary.pathCount)
    }

    /// rights, status, confidence, since, basis, paths.
    mutating func summaryCells(_ summary: RowSummary) -> [String] {
        let basis: String
        if summary.basisHop == .holds {
            basis = ReportWords.holds(language)
        } else if summary.basisIdentified, let text = summary.basis {
            basis = basisCell(text)
        } else {
            // A summary says internal access by the text `HopExplanation.basisText` gives it.
            basis = summary.basis?.hasPrefix("internal") == true ? ReportWords.internalAccess.text(language) : ReportWords.noBasis.text(language)
        }
        return [String(summary.fewestRights), summary.status.label(language), summary.confidence?.label(language) ?? ReportWords.notStated(language),
                summary.since ?? (summary.sinceUnknown ? ReportWords.unknown(language) : ""), basis, count(summary)]
    }

    /// A name for people beside an id, when the model has one.
    func name(of id: String) -> String? {
        if let actor = index.actor(id) { return index.model.actors[actor].name.text(language) }
        if let file = index.file(id) { return index.model.files[file].name.text(language) }
        return nil
    }

    func named(_ id: String) -> String { name(of: id).map { id + " (" + $0 + ")" } ?? id }

    /// A path with its hops; `total` is how many paths count for its actor, when known.
    mutating func path(_ path: PathReport, number: Int, of total: String?) -> Report.Path {
        // French counts 0 and 1 in the singular.
        let singular = path.rights == 1 || language == .fr && path.rights == 0
        let rightsText = "\(path.rights) " + (singular ? ReportWords.right : .rights)(language)
        let match = path.match.map { ", " + ReportWords.match(language) + " " + $0.label(language) } ?? ""
        let of = total.map { " " + ReportWords.of(language) + " " + $0 } ?? ""
        let heading = Typography.apply(path.actor + ":", language) + " " + ReportWords.path(language) + " \(number)" + of
            + " (" + rightsText + match + ", " + path.status.label(language) + ")"
        let hops = path.hops.map { hop(_: $0) }
        return Report.Path(heading: heading, hops: hops,
                           reaches: ReportWords.reaches(language) + " " + path.reached.joined(separator: ", "))
    }

    mutating func hop(_ hop: HopExplanation) -> Report.Hop {
        let headline: String
        switch hop.type {
        case .holds: headline = ReportWords.holdsFile(language) + " " + named(hop.to)
        case .heldBy: headline = named(hop.to) + ", " + ReportWords.heldBy(language) + " " + hop.from
        case .flow: headline = hop.to + " → " + hop.from + " " + ReportWords.byFlow(language) + (hop.id.map { " " + $0 } ?? "")
        case .right:
            let kind = RightKind(rawValue: hop.kind)?.label(language) ?? hop.kind
            headline = Typography.apply(ReportWords.right(language) + (hop.id.map { " " + $0 } ?? "") + ":", language) + " "
                + hop.from + " —" + kind + "→ " + named(hop.to)
        }
        var basis: Int?
        var basisText: String?
        var flags: [Report.Flag] = []
        if let text = hop.basis {
            basis = number(text)
        } else if hop.type == .right || hop.type == .flow {
            if hop.internal {
                basisText = ReportWords.internalAccess.text(language)
            } else {
                basisText = ReportWords.noBasis.text(language)
                flags.append(.noBasis)
            }
        }
        switch hop.status {
        case .alleged: flags.append(.alleged)
        case .planned: flags.append(.planned)
        case .censured: flags.append(.censured)
        case .repealed: flags.append(.repealed)
        case .ended: flags.append(.ended)
        case .inForce, .experimental: break
        }
        switch hop.confidence {
        case .disputed?: flags.append(.disputed)
        case .inferred?: flags.append(.inferred)
        case .reported?: flags.append(.reported)
        default: break
        }
        if hop.sinceUnknown { flags.append(.startUnknown) }
        flags.sort { Report.Flag.allCases.firstIndex(of: $0)! < Report.Flag.allCases.firstIndex(of: $1)! }
        let name = hop.id ?? hop.to
        for flag in flags { flagged[flag, default: []].insert(name) }
        if hop.sinceUnknown { undated.insert(name) }
        for source in hop.sources { cited.insert(source.id.value) }
        return Report.Hop(headline: headline, basis: basis, basisText: basisText, standing: standing(hop),
                          sources: hop.sources.map(\.id.value), flags: flags)
    }

    /// `since 29 October 2013 · in force · corroborated (B)`.
    func standing(_ hop: HopExplanation) -> String {
        var parts: [String] = []
        if hop.sinceUnknown {
            parts.append(ReportWords.since(language) + " " + ReportWords.unknown(language))
        } else if let since = hop.since, case .success(let date) = ModelDate.parse(since) {
            parts.append(ReportWords.since(language) + (language == .fr && date.day != nil ? " le " : " ") + date.prose(language))
        }
        if let until = hop.until, case .success(let date) = ModelDate.parse(until) {
            parts.append(ReportWords.until(language) + " " + date.prose(language))
        }
        parts.append(hop.status.label(language))
        parts.append(hop.confidence.map { $0.label(language) + " (" + $0.code + ")" }
                     ?? ReportWords.confidence(language) + " " + ReportWords.notStated(language))
        return parts.joined(separator: " · ")
    }

    /// The finished report.
    func report(title: String, context: QueryContext, table: Table, tableNote: String, paths: [Report.Path],
                undated rowsUndated: [String], truncated: Bool) -> Report {
        var notes: [String] = []
        let allUndated = undated.union(rowsUndated)
        if case .on = context.filters.day, !allUndated.isEmpty {
            notes.append(ReportWords.undated(language) + " " + allUndated.sorted().joined(separator: ", ") + ".")
        }
        if truncated { notes.append(ReportWords.truncated(language)) }
        let caveats = Report.Flag.allCases.compactMap { flag in
            flagged[flag].map { Report.Caveat(flag: flag, hops: $0.sorted()) }
        }
        let sources = cited.sorted().compactMap { id -> Report.SourceEntry? in
            guard let source = index.source(id) else { return nil }
            return Report.SourceEntry(id: id, title: source.title.text(language), url: source.url.flatMap { SafeURL.sanitize($0) == nil ? nil : $0 },
                                      publisher: source.publisher.text(language))
        }
        return Report(language: language, title: title, context: context.line(QueryWording.of(language)), table: table,
                      tableNote: tableNote, paths: paths, bases: bases, caveats: caveats, sources: sources, notes: notes)
    }
}
