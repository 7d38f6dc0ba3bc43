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
                narrower: it reaches part of yours), then what holds over every path that counts: the fewest rights, \
                the strongest status and the best confidence among paths of that status, the earliest day from \
                which such a path holds and its first hop's basis, and how many paths count.

                Examples:
                  interco who-can-reach bank-transactions
                  interco who-can-reach bank-transactions --at 2020-06 --paths
                  interco who-can-reach health --status all --format markdown
                """
        )

        @Argument(help: ArgumentHelp("A data category id (see `interco list data`), a file id for every category it declares, 'sensitive' for every special category of GDPR art. 9, or 'any' for every category.", valueName: "category"))
        var category: String

        @OptionGroup var options: QueryCommandOptions

        @Flag(help: "List paths hop by hop (shortest first, at most --limit per actor), with basis, dates, status and sources.")
        var paths = false

        func run() throws {
            let finder = try options.prepare()
            let subject = try IDLookup.subject(self.category, in: finder.index)
            let answer = finder.whoCanReachComparing(subject, listing: paths ? options.limit : 0)
            Console.out(answer.rendered(options.outputFormat, showPaths: paths))
        }
    }
}
