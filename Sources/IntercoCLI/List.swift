import ArgumentParser
import Interco

extension ModelListing: ExpressibleByArgument {}

extension IntercoCommand {
    /// `interco list SECTION`: the entries of one section of the model.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors, files, data categories, populations, rights, flows, sources or purposes of a model.",
            discussion: """
                The ids printed here are the ones the other commands take. `list purposes` prints every purpose \
                the rights and flows state, with how many state it. Without filters every entry is listed, whatever \
                its date and status; --status and --at keep the files, rights and flows that count, --kind the \
                entries of the section's own kinds (actor, file or right kinds), --actor-kind the actors of those \
                kinds and the files and rights they hold.
                CSV and JSON keep the model's codes (in-force, public-body); text and Markdown use words in the \
                chosen language. In CSV, list cells are joined by "; ".
                Examples:
                  interco list files --status all
                  interco list rights --status alleged,censured,repealed --format csv
                  interco list actors --actor-kind private-company,contractor
                  interco list rights --kind communication --at 2020-06-01 --lang en
                  interco list rights --no-basis --status all
                """
        )

        @Argument(help: ArgumentHelp("What to list: \(ModelListing.allCases.map(\.rawValue).joined(separator: ", ")).",
                                     valueName: "section"))
        var section: ModelListing

        @OptionGroup var modelOptions: ModelOptions
        @OptionGroup var languageOptions: LanguageOptions

        @Option(help: ArgumentHelp("Only files, rights and flows with these statuses, comma-separated, or 'all' (default).",
                                   valueName: "list"))
        var status: String?

        @Option(help: ArgumentHelp("Only files, rights and flows in force that day: YYYY, YYYY-MM or YYYY-MM-DD, or 'any' (default).",
                                   valueName: "date"))
        var at: String?

        @Option(help: ArgumentHelp("Only entries of these kinds of the section (actor, file or right kinds), comma-separated.",
                                   valueName: "list"))
        var kind: String?

        @Option(name: .customLong("actor-kind"), help: ArgumentHelp(
            "Only actors of these kinds, and the files and rights they hold: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "list"))
        var actorKind: String?

        @Flag(name: .customLong("no-basis"), help: "Only rights and flows with no legal basis identified (no basis, and not the holder's own staff's access).")
        var noBasis = false

        @Option(help: "Output format: text, json, csv or markdown.")
        var format: QueryOutputFormat = .text

        func validate() throws {
            _ = try filters()
        }

        /// The filters, each value checked against its vocabulary.
        func filters() throws -> ModelListing.Filters {
            var filters = ModelListing.Filters()
            if let status, status != "all" {
                filters.statuses = Set(try CodeList.parse(status, option: "--status", in: Status.allCases.map(\.rawValue))
                    .compactMap(Status.init))
            }
            if let at, at != "any" {
                guard case .success(let day) = ModelDate.parse(at) else {
                    throw ValidationError("--at '\(SafeText.escaped(at))' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or 'any'")
                }
                filters.day = day
            }
            if let kind {
                guard !section.kindCodes.isEmpty else { throw ValidationError("--kind: `list \(section.rawValue)` has no kinds") }
                filters.kinds = Set(try CodeList.parse(kind, option: "--kind", in: section.kindCodes))
            }
            if let actorKind {
                filters.actorKinds = Set(try CodeList.parse(actorKind, option: "--actor-kind", in: ActorKind.allCases.map(\.rawValue))
                    .compactMap(ActorKind.init))
            }
            filters.withoutBasis = noBasis
            return filters
        }

        func run() throws {
            let model = ModelListing.filtered(try modelOptions.load(language: languageOptions.language).model, try filters())
            let language = languageOptions.language
            switch format {
            case .text: Console.out(section.table(model, language: language).text())
            case .markdown: Console.out(section.table(model, language: language).markdown())
            case .csv, .csvRaw: Console.out(section.table(model, texts: language).csv(raw: format == .csvRaw))
            case .json: Console.out(section.json(model, language: language))
            }
        }
    }
}
