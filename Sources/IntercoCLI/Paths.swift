import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco paths ACTOR CATEGORY`.
    struct Paths: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The paths by which an actor reaches a category, shortest first (at most --limit), with the legal basis of each hop.",
            discussion: """
                Says how many paths there are in all. Each hop shows its kind, basis, since/until, status, confidence, purpose and sources (id and url).

                Examples:
                  interco paths france-travail.fraud bank-transactions
                  interco paths caf residence-status --status all --format json
                """
        )

        @Argument(help: ArgumentHelp("An actor id (see `interco list actors`), name or aka, without case or accents.", valueName: "actor"))
        var actor: String

        @Argument(help: ArgumentHelp("A data category id (see `interco list data`), a file id for every category it declares, 'sensitive' for every special category of GDPR art. 9, or 'any' for every category.", valueName: "category"))
        var category: String

        @OptionGroup var options: QueryCommandOptions

        func run() throws {
            let finder = try options.prepare()
            let actor = try IDLookup.actor(self.actor, in: finder.index)
            let subject = try IDLookup.subject(self.category, in: finder.index)
            let answer = finder.pathsComparing(from: actor, to: subject, limit: options.limit)
            Console.out(answer.rendered(options.outputFormat))
        }
    }
}
