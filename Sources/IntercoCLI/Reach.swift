import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco reach ACTOR`.
    struct Reach: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every category of personal data an actor reaches, and in which file or from which third party.",
            discussion: """
                One row per category and end point, with the shortest path's first hop. Add --paths for every \
                path hop by hop.

                Examples:
                  interco reach france-travail
                  interco reach france-travail.fraud --status all --paths
                """
        )

        @Argument(help: ArgumentHelp("An actor id (see `interco list actors`), name or aka, without case or accents.", valueName: "actor"))
        var actor: String

        @OptionGroup var options: QueryCommandOptions

        @Flag(help: "List every path hop by hop, with basis, dates, status and sources.")
        var paths = false

        func run() throws {
            let (index, filters) = try options.prepare()
            let actor = try IDLookup.actor(self.actor, in: index)
            let answer = PathFinder(index: index, filters: filters).reach(actor)
            let header = QueryHeader(command: "reach", arguments: ["actor": self.actor], filters: filters)
            Console.out(answer.rendered(options.outputFormat, header: header, showPaths: paths))
            Console.finish()
        }
    }
}
