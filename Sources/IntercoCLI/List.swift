import ArgumentParser
import Interco

extension ModelListing: ExpressibleByArgument {}

extension IntercoCommand {
    /// `interco list SECTION`: the entries of one section of the model.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors, files, data categories, populations, rights, flows or sources of a model.",
            discussion: "The ids printed here are the ones the query commands take."
        )

        @Argument(help: ArgumentHelp("What to list: \(ModelListing.allCases.map(\.rawValue).joined(separator: ", ")).",
                                     valueName: "section"))
        var section: ModelListing

        @OptionGroup var modelOptions: ModelOptions

        @Option(help: "Output format: text or json.")
        var format: ListFormat = .text

        func run() throws {
            let model = try modelOptions.load()
            switch format {
            case .text: Console.out(section.table(model).text())
            case .json: Console.out(section.json(model))
            }
            Console.finish()
        }
    }
}
