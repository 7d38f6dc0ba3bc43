import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco reach ACTOR`.
    struct Reach: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every category of personal data an actor reaches, and in which file or from which third party.",
            discussion: """
                One row per category and place: the file the actor holds or reaches (or the third party a right \
                reaches), and, when the data came into it by flow, the file it came from (`file ← origin`); \
                then what holds over every path to it (as for who-can-reach). Add --paths for paths hop by hop.

                Examples:
                  interco reach france-travail
                  interco reach france-travail.fraud --status all --paths
                """
        )

        @Argument(help: ArgumentHelp("An actor id (see `interco list actors`), name or aka, without case or accents.", valueName: "actor"))
        var actor: String

        @OptionGroup var options: QueryCommandOptions

        @Flag(help: "List paths hop by hop (shortest first, at most --limit), with basis, dates, status and sources.")
        var paths = false

        func run() throws {
            let finder = try options.prepare()
            let actor = try IDLookup.actor(self.actor, in: finder.index)
            let answer = finder.reachComparing(actor, listing: paths ? options.limit : 0)
            Console.out(answer.rendered(options.outputFormat, showPaths: paths))
        }
    }
}
