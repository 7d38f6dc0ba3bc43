import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco paths ACTOR CATEGORY`.
    struct Paths: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every path by which an actor reaches a category, shortest first, with the legal basis of each hop.",
            discussion: """
                Each hop shows its kind, basis, since/until, status, confidence, purpose and sources (id and url).

                Examples:
                  interco paths france-travail.fraud bank-transactions
                  interco paths caf residence-status --status all --format json
                """
        )

        @Argument(help: ArgumentHelp("An actor id (see `interco list actors`), name or aka, without case or accents.", valueName: "actor"))
        var actor: String

        @Argument(help: ArgumentHelp("A data category id (see `interco list data`), or a file id for the data it declares.", valueName: "category"))
        var category: String

        @OptionGroup var options: QueryCommandOptions

        @Option(help: "Most paths to print.")
        var limit: Int = 50

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let (index, filters) = try options.prepare()
            let actor = try IDLookup.actor(self.actor, in: index)
            let category = try IDLookup.category(self.category, in: index)
            let answer = PathFinder(index: index, filters: filters).paths(from: actor, to: category, limit: limit)
            let header = QueryHeader(command: "paths", arguments: ["actor": self.actor, "category": self.category],
                                     filters: filters)
            Console.out(answer.rendered(options.outputFormat, header: header))
            Console.finish()
        }
    }
}
