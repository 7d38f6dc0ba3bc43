import ArgumentParser
import Foundation
import Interco

/// `--model`, shared by every command that reads a model.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A model file or directory (repeat to combine several). Default: the model shipped with interco.",
        valueName: "path"))
    var model: [String] = []

    /// Loads the model; prints diagnostics and exits 65/66 when it is not usable.
    ///
    /// - Parameter strict: warnings count as errors.
    func load(strict: Bool = false, quietWarnings: Bool = false) throws -> Model {
        try loadResult(strict: strict, quietWarnings: quietWarnings).model
    }

    /// Loads the model and keeps the list of files read.
    func loadResult(strict: Bool = false, quietWarnings: Bool = false) throws -> ModelLoader.Result {
        let result = read()
        let diagnostics = strict ? result.diagnostics.map { $0.strict() } : result.diagnostics
        if diagnostics.hasErrors || !quietWarnings {
            Console.printDiagnostics(diagnostics)
        }
        if result.hasUnreadableInput { throw ExitCode(66) }
        if diagnostics.hasErrors { throw ExitCode(65) }
        return result
    }

    /// The model given by `--model`, or the shipped one.
    func read() -> ModelLoader.Result {
        model.isEmpty ? ModelLoader.loadShipped() : ModelLoader.load(paths: model)
    }
}

extension Diagnostic {
    /// The diagnostic with warnings raised to errors, for `--strict`.
    func strict() -> Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}
