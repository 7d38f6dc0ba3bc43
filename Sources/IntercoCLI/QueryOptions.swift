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

    func validate() throws {
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
        return QueryFilters(day: day, statuses: statuses, purpose: purpose, about: about, maxHops: maxHops)
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
        let index = AccessIndex(try model.load().model)
        KeptUntilExit.shared.keep(index)
        return PathFinder(index: index, filters: try filters.filters(for: index), model: model.identity)
    }
}

/// Turns ids typed on the command line into index numbers (through the library's `NameResolver`:
/// a file for a category, an actor by any name), or a usage error saying what the word names.
enum IDLookup {
    static func category(_ id: String, in index: AccessIndex) throws -> Int {
        let resolver = NameResolver(index.model)
        switch resolver.category(id) {
        case .category(let number)?: return number
        case .file(_, let categories)? where categories.count == 1:
            Console.error("note: '\(SafeText.escaped(id))' is a file: answering for the data it holds, '\(index.categoryIDs[categories[0]])'\n")
            return categories[0]
        case .file(let file, let categories)?:
            // A query answers for one category; several cannot be merged without misleading.
            Console.error("error: '\(SafeText.escaped(id))' is a file (\(SafeText.escaped(index.model.files[file].name))) holding several data categories: "
                          + categories.map { index.categoryIDs[$0] }.joined(separator: ", ")
                          + "; name one of them (`interco show \(SafeText.escaped(id))` lists the rights and flows that reach the file)\n")
            throw ExitCode(64)
        case nil: return try fail(id, hint: resolver.hint(for: id, expected: .category), what: "data category", list: "data")
        }
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

    /// `--purpose` must be a purpose some right or flow states.
    static func purpose(_ purpose: String, in model: Model) throws {
        let known = ModelListing.purposes(model).map(\.id)
        guard !known.contains(purpose) else { return }
        _ = try fail(purpose, hint: Suggestion.phrase(for: purpose, in: known), what: "purpose", list: "purposes")
    }

    private static func fail(_ id: String, hint: String, what: String, list: String) throws -> Int {
        // A usage error (exit 64) without the generic usage text, which would hide the suggestion.
        Console.error("error: unknown \(what) '\(SafeText.escaped(id))'\(hint); `interco list \(list)` prints the ids\n")
        throw ExitCode(64)
    }
}
