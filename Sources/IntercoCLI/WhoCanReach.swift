import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco who-can-reach CATEGORY`.
    struct WhoCanReach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "who-can-reach",
            abstract: "Every actor that reaches a category of personal data, and how.",
            discussion: """
                One row per actor: how it reaches the data (holds the file, or the kinds of rights), how the \
                category it reaches matches yours (exact; broader: it reaches a wider category, so all of yours; \
                narrower: it reaches part of yours), the fewest rights in a path, and the first hop's basis and date.

                Examples:
                  interco who-can-reach bank-transactions
                  interco who-can-reach bank-transactions --at 2020-06 --paths
                  interco who-can-reach health --status all --format markdown
                """
        )

        @Argument(help: ArgumentHelp("A data category id (see `interco list data`), or a file id for the data it declares.", valueName: "category"))
        var category: String

        @OptionGroup var options: QueryCommandOptions

        @Flag(help: "List every path hop by hop, with basis, dates, status and sources.")
        var paths = false

        func run() throws {
            let (index, filters) = try options.prepare()
            let category = try IDLookup.category(self.category, in: index)
            let answer = PathFinder(index: index, filters: filters).whoCanReach(category)
            let header = QueryHeader(command: "who-can-reach", arguments: ["category": self.category], filters: filters)
            Console.out(answer.rendered(options.outputFormat, header: header, showPaths: paths))
            Console.finish()
        }
    }
}
