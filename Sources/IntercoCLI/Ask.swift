import ArgumentParser
import Foundation
import Interco

extension IntercoCommand {
    /// `interco ask [NAME]`: the model's preset questions, listed or run.
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the preset questions, or run one by its name.",
            discussion: """
                Presets are data: the `questions` section of the model (data/questions.yaml in the shipped \
                model), each a title in French and English and the command that answers it. Without a name, \
                the questions are listed with their titles in the chosen language. With a name, the question's \
                command runs; options after the name are added to its filters, and one given again replaces the \
                preset's (--at 2020-06-01, --status all, --format json).
                Examples:
                  interco ask
                  interco ask bank-statements
                  interco ask private-companies-benefits --at 2021-01-01 --format markdown
                  interco ask --model my-questions.yaml --model data
                Exit codes: as for the command the question runs; 64 for an unknown question.
                """
        )

        @Argument(help: ArgumentHelp("The question's id (see `interco ask`).", valueName: "name"))
        var name: String?

        @OptionGroup var modelOptions: ModelOptions
        @OptionGroup var languageOptions: LanguageOptions

        @Option(help: "Output format: text, json, csv or markdown.")
        var format: QueryOutputFormat?

        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Filters added to the question's own (see the command's --help).",
                                                                 valueName: "filters"))
        var filters: [String] = []

        func validate() throws {
            guard name != nil || filters.isEmpty else {
                throw ValidationError("filters go after a question's name: `interco ask NAME \(filters.joined(separator: " "))`")
            }
        }

        func run() throws {
            let questions = try modelOptions.load(language: languageOptions.language).model.questions
            let language = languageOptions.language
            guard let name else {
                switch format ?? .text {
                case .text: Console.out(QuestionListing.table(questions, language: language).text())
                case .markdown: Console.out(QuestionListing.table(questions, language: language).markdown())
                case .csv, .csvRaw: Console.out(QuestionListing.table(questions, language: nil).csv(raw: format == .csvRaw))
                case .json: Console.out(QuestionListing.json(questions))
                }
                return
            }
            guard let question = questions.first(where: { $0.id.value == name }) else {
                Console.error("error: unknown question '\(SafeText.escaped(name))'"
                              + Suggestion.phrase(for: name, in: questions.map(\.id.value)) + "; `interco ask` lists them\n")
                throw ExitCode(64)
            }
            let arguments = question.commandLine + modelOptions.model.flatMap { ["--model", $0] }
                + (format.map { ["--format", $0.rawValue] } ?? []) + filters
            var command = try IntercoCommand.parseAsRoot(arguments)
            // The command reads its language from the environment, as if --lang had been given to it.
            if let chosen = languageOptions.chosen { setenv("LC_ALL", chosen == .fr ? "fr_FR.UTF-8" : "en_US.UTF-8", 1) }
            if let heading = QuestionListing.heading(question, language: language, format: format ?? .text) { Console.out(heading) }
            try command.run()
        }
    }
}
