import ArgumentParser
import Interco

/// The output formats of `show`.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

extension IntercoCommand {
    /// `interco show ID`: a plain explanation of any record.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain any record of the model in plain words: a right, file, actor, data category, population, flow or source.",
            discussion: """
                For a right: what it lets the actor do, what that kind of access means, its legal basis, dates, \
                status and confidence with what they mean, its safeguards and sources, and what a person can do \
                (the GDPR right of access, a complaint to the CNIL), stated generally. For the other records: \
                their fields and what refers to them. An actor can also be named by a former name or an aka, \
                without case or accents (pole-emploi).
                Examples:
                  interco show r-08a
                  interco show agdref --lang en
                  interco show france-travail --format markdown
                Exit codes: 0 ok, 64 unknown id or bad usage, 65 the model has errors, 66 an input cannot be read.
                """
        )

        @Argument(help: ArgumentHelp("Any id of the model (see `interco list`).", valueName: "id"))
        var id: String

        @OptionGroup var modelOptions: ModelOptions
        @OptionGroup var languageOptions: LanguageOptions

        @Option(help: "Output format: text, markdown or json.")
        var format: ShowFormat = .text

        func run() throws {
            let explainer = Explainer(try modelOptions.load(language: languageOptions.language).model, language: languageOptions.language)
            let explanations = explainer.explanations(of: id)
            guard !explanations.isEmpty else {
                Console.error("error: unknown id '\(SafeText.escaped(id))'\(explainer.hint(for: id)); `interco list` prints the ids\n")
                throw ExitCode(64)
            }
            switch format {
            case .text: Console.out(explanations.map { $0.text() }.joined(separator: "\n"))
            case .markdown: Console.out(explanations.map { $0.markdown() }.joined(separator: "\n"))
            case .json: Console.out(Explanation.json(explanations))
            }
        }
    }
}
