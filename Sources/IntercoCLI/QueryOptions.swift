import ArgumentParser
import Foundation
import Interco

/// The filters shared by the query commands and `render`.
struct QueryOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The day the answer is for: YYYY, YYYY-MM or YYYY-MM-DD (a partial date is its first day), or 'any' to ignore dates. Default: today.",
        valueName: "date"))
    var at: String?

    @Option(help: ArgumentHelp(
        "Statuses that count, comma-separated, or 'all': \(Status.allCases.map(\.rawValue).joined(separator: ", ")). Default: in-force,experimental.",
        valueName: "list"))
    var status: String?

    @Option(help: ArgumentHelp(
        "Only rights and flows with this purpose (those with no stated purpose still count, marked 'purpose not stated').",
        valueName: "purpose"))
    var purpose: String?

    @Option(help: ArgumentHelp(
        "Only files about this population or one of its ancestors (a file naming no population is about everyone).",
        valueName: "population"))
    var about: String?

    // Unconditional, so that `--max-hops -1` is read as a number and refused by `validate`
    // rather than taken for an option ("Missing value").
    @Option(name: .customLong("max-hops"), parsing: .unconditional, help: ArgumentHelp(
        "Most rights in one path: with 2, a right to a body extends to what that body reaches through its own rights.",
        valueName: "n"))
    var maxHops: Int = 1

    @Option(name: .customLong("actor-kind"), help: ArgumentHelp(
        "Only paths from actors of these kinds, comma-separated: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "list"))
    var actorKind: String?

    @Option(help: ArgumentHelp(
        "What if these rights, flows, files or actors (ids, comma-separated) were gone: the answer says what it loses compared with the model as it is.",
        valueName: "ids"))
    var without: String?

    @Option(name: .customLong("without-basis"), help: ArgumentHelp(
        "What if every right and flow whose basis contains this text (without case) were gone, as --without.",
        valueName: "text"))
    var withoutBasis: String?

    @Option(help: ArgumentHelp(
        "Only these ways of reaching data, comma-separated: \(QueryFilters.kindCodes.joined(separator: ", ")) (holds: the actor holds the file; the others: every right on the path is of one of these kinds).",
        valueName: "list"))
    var kind: String?

    func validate() throws {
        if let actorKind { _ = try CodeList.parse(actorKind, option: "--actor-kind", in: ActorKind.allCases.map(\.rawValue)) }
        if let kind { _ = try CodeList.parse(kind, option: "--kind", in: QueryFilters.kindCodes) }
        if let at, at != "any", at != "today", case .failure = ModelDate.parse(at) {
            throw ValidationError("--at '\(SafeText.escaped(at))' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, 'today' or 'any'")
        }
        if let status, status != "all" {
            for name in status.split(separator: ",", omittingEmptySubsequences: false) where Status(rawValue: String(name)) == nil {
                let names = Status.allCases.map(\.rawValue)
                throw ValidationError("--status: unknown status '\(SafeText.escaped(String(name)))'\(Suggestion.phrase(for: String(name), in: names)); "
                                      + "expected a comma-separated list of \(names.joined(separator: ", ")), or 'all'")
            }
        }
        guard (1...16).contains(maxHops) else { throw ValidationError("--max-hops must be between 1 and 16, not \(maxHops)") }
    }

    /// The filters; ids (`--about`) are checked against the model.
    func filters(for index: AccessIndex) throws -> QueryFilters {
        let day: QueryFilters.Day
        switch at {
        case "any": day = .any
        case nil, "today": day = .on(Self.today())
        case let text?: day = .on(try ModelDate.parse(text).get())
        }
        let statuses: Set<Status> = switch status {
        case nil: Status.queryDefault
        case "all": Set(Status.allCases)
        case let list?: Set(list.split(separator: ",").compactMap { Status(rawValue: String($0)) })
        }
        if let about { _ = try IDLookup.population(about, in: index) }
        if let purpose { try IDLookup.purpose(purpose, in: index.model) }
        var filters = QueryFilters(day: day, statuses: statuses, purpose: purpose, about: about, maxHops: maxHops,
                                   actorKinds: actorKind.map { Set($0.split(separator: ",").compactMap { ActorKind(rawValue: String($0)) }) })
        if let kind { filters.setKinds(Set(kind.split(separator: ",").map(String.init))) }
        if let without {
            filters.without = Set(try without.split(separator: ",", omittingEmptySubsequences: false).map { try IDLookup.removable(String($0), in: index) })
        }
        if let withoutBasis {
            filters.withoutBasis = withoutBasis
            guard index.model.rights.contains(where: { filters.basisTakenOut($0.basis) })
                || index.model.flows.contains(where: { filters.basisTakenOut($0.basis) })
            else {
                Console.error("error: --without-basis: no right or flow has a basis containing '\(SafeText.escaped(withoutBasis))'; `interco list rights` shows the bases\n")
                throw ExitCode(64)
            }
        }
        return filters
    }

    /// Today in UTC, so that two machines agree on the default day.
    static func today() -> ModelDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return ModelDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}

/// What every query command takes: the model, the filters and the output format.
struct QueryCommandOptions: ParsableArguments {
    @OptionGroup var model: ModelOptions
    @OptionGroup var filters: QueryOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: "Output format: text, json, csv or markdown.")
    var format: QueryOutputFormat = .text

    @Flag(name: .customLong("csv-raw"), help: "With --format csv, keep values byte for byte (for programs): no escaping of control characters, no quote before a leading =, +, -, @, tab or CR.")
    var csvRaw = false

    /// The output format, `--csv-raw` included.
    var outputFormat: QueryOutputFormat { format == .csv && csvRaw ? .csvRaw : format }

    @Option(help: "Most paths listed (per actor for who-can-reach --paths), shortest first.")
    var limit: Int = 20

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        guard !csvRaw || format == .csv else { throw ValidationError("--csv-raw goes with --format csv") }
    }

    /// Loads the model (throwing exit 65/66 on errors), indexes it and prepares the query under the filters.
    func prepare() throws -> PathFinder {
        let index = AccessIndex(try model.load(language: languageOptions.language).model)
        KeptUntilExit.shared.keep(index)
        var finder = PathFinder(index: index, filters: try filters.filters(for: index), model: model.identity)
        finder.language = languageOptions.language
        return finder
    }
}

/// Turns ids typed on the command line into index numbers (through the library's `NameResolver`:
/// a file for a category, an actor by any name), or a usage error saying what the word names.
enum IDLookup {
    /// What a category argument asks about: a category, a file's data (every category it
    /// declares), every `sensitive` category (GDPR art. 9), or `any` category.
    static func subject(_ id: String, in index: AccessIndex) throws -> Subject {
        let resolver = NameResolver(index.model)
        switch resolver.category(id) {
        case .category(let number)?: return .category(number, in: index)
        case .file(let file, _)?:
            if let subject = Subject.file(file, in: index) { return subject }
        case nil:
            if id == Subject.anyWord { return .any(in: index) }
            if id == Subject.sensitiveWord, let subject = Subject.sensitive(in: index) { return subject }
        }
        return try fail(id, hint: resolver.hint(for: id, expected: .category), what: "data category", list: "data")
    }

    static func actor(_ id: String, in index: AccessIndex) throws -> Int {
        let resolver = NameResolver(index.model)
        if let number = resolver.actor(id) { return number }
        return try fail(id, hint: resolver.hint(for: id, expected: .actor), what: "actor", list: "actors")
    }

    static func population(_ id: String, in index: AccessIndex) throws -> Int {
        if let number = index.population(id) { return number }
        return try fail(id, hint: NameResolver(index.model).hint(for: id, expected: .population), what: "population",
                        list: "populations")
    }

    /// A `--without` id: a right, flow, file or actor (an actor also by any name).
    static func removable(_ id: String, in index: AccessIndex) throws -> String {
        let resolver = NameResolver(index.model)
        if resolver.sorts(of: id).contains(where: { [.right, .flow, .file, .actor].contains($0) }) { return id }
        if let actor = resolver.actor(id) { return index.actorIDs[actor] }
        let ids = [RecordSort.right, .flow, .file, .actor].flatMap { resolver.ids(of: $0) }
        Console.error("error: --without: '\(SafeText.escaped(id))' is no right, flow, file or actor\(Suggestion.phrase(for: id, in: ids)); "
                      + "`interco list rights` (flows, files, actors) prints the ids\n")
        throw ExitCode(64)
    }

    /// `--purpose` must be a purpose some right or flow states.
    static func purpose(_ purpose: String, in model: Model) throws {
        let known = ModelListing.purposes(model).map(\.id)
        guard !known.contains(purpose) else { return }
        let _: Int = try fail(purpose, hint: Suggestion.phrase(for: purpose, in: known), what: "purpose", list: "purposes")
    }

    private static func fail<Found>(_ id: String, hint: String, what: String, list: String) throws -> Found {
        // A usage error (exit 64) without the generic usage text, which would hide the suggestion.
        Console.error("error: unknown \(what) '\(SafeText.escaped(id))'\(hint); `interco list \(list)` prints the ids\n")
        throw ExitCode(64)
    }
}
