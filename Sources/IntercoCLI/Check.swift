import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco check`: validates a model and prints its summary.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a model and print what it holds.",
            discussion: """
                Every problem is reported in one run, sorted by file and line, as \
                path:line:column: error|warning: message on standard error, in English with a stable code \
                (as compilers do); the summary of a valid model follows --lang.
                Exit codes: 0 valid, 65 the model has errors, 66 a path cannot be read, 64 bad usage.
                """
        )

        @OptionGroup var modelOptions: ModelOptions
        @OptionGroup var languageOptions: LanguageOptions

        @Flag(help: "Treat warnings (a fact with no source, a source never cited) as errors.")
        var strict = false

        @Option(help: "Output format: text or json.")
        var format: ListFormat = .text

        func run() throws {
            let result = try modelOptions.load(validOnly: false, language: languageOptions.language)
            let diagnostics = strict ? result.diagnostics.map { $0.strict() } : result.diagnostics
            let code: Int32 = result.hasUnreadableInput ? 66 : diagnostics.hasErrors ? 65 : 0
            switch format {
            case .text:
                Console.printDiagnostics(diagnostics)
                if code == 0 { Console.out(Typography.apply("ok: ", languageOptions.language) + result.model.summary(languageOptions.language) + "\n") }
            case .json:
                Console.out(CheckReport(model: result.model, diagnostics: diagnostics, valid: code == 0).json())
            }
            if code != 0 { throw ExitCode(code) }
        }
    }
}
