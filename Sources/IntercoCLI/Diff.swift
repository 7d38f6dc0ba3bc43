import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco diff --from D1 --to D2`, or `interco diff --model A --against B --at D`.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed between two days of one model, or between two models on one day.",
            discussion: """
                Lists the files, rights and flows whose state differs (appeared, ended, status changed, basis \
                changed), each with the dated events that made the change and their sources; then the actor × \
                category pairs gained and lost under the filters, each with a path that makes it (the pairs are \
                those of who-can-reach on each side, so the two never disagree).

                Examples:
                  interco diff --from 2019 --to 2024
                  interco diff --from 2020-06 --to 2022-07-01 --format markdown --lang fr
                  interco diff --model old/data --against data --at 2024-01-01 --format json
                Exit codes: 0 ok, 64 bad usage, 65 a model has errors, 66 an input cannot be read.
                """
        )

        @OptionGroup var model: ModelOptions

        @Option(help: ArgumentHelp("The second model (files or directories, repeat to combine), compared on the day of --at.",
                                   valueName: "path"))
        var against: [String] = []

        @Option(help: ArgumentHelp("The first day (YYYY, YYYY-MM or YYYY-MM-DD), with --to.", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("The second day, with --from.", valueName: "date"))
        var to: String?

        @OptionGroup var filters: QueryOptions
        @OptionGroup var languageOptions: LanguageOptions

        @Option(help: "Output format: text, json, csv or markdown.")
        var format: QueryOutputFormat = .text

        @Flag(name: .customLong("csv-raw"), help: "With --format csv, keep values byte for byte (for programs).")
        var csvRaw = false

        func validate() throws {
            guard !csvRaw || format == .csv else { throw ValidationError("--csv-raw goes with --format csv") }
            guard (from == nil) == (to == nil) else { throw ValidationError("--from and --to go together") }
            if against.isEmpty {
                guard from != nil else { throw ValidationError("give --from and --to (two days of one model), or --against (a second model)") }
                guard filters.at == nil else { throw ValidationError("--at goes with --against; between two days, give --from and --to") }
            } else if from != nil {
                throw ValidationError("--against compares two models on one day (--at): leave out --from and --to")
            }
            for (name, value) in [("--from", from), ("--to", to)] {
                if let value, case .failure = ModelDate.parse(value) {
                    throw ValidationError("\(name) '\(SafeText.escaped(value))' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
                }
            }
        }

        func run() throws {
            let first = AccessIndex(try model.load(language: languageOptions.language).model)
            KeptUntilExit.shared.keep(first)
            let base = try filters.filters(for: first)
            let before: PathFinder
            let after: PathFinder
            if let from, let to {
                var old = base, new = base
                old.day = .on(try ModelDate.parse(from).get())
                new.day = .on(try ModelDate.parse(to).get())
                before = PathFinder(index: first, filters: old, model: model.identity)
                after = PathFinder(index: first, filters: new, model: model.identity)
            } else {
                var other = ModelOptions()
                other.model = against
                let second = AccessIndex(try other.load(language: languageOptions.language).model)
                KeptUntilExit.shared.keep(second)
                before = PathFinder(index: first, filters: base, model: model.identity)
                after = PathFinder(index: second, filters: try filters.filters(for: second), model: other.identity)
            }
            let diff = ModelDiff.between(before, after)
            Console.out(diff.rendered(format == .csv && csvRaw ? .csvRaw : format, language: languageOptions.language))
        }
    }
}
