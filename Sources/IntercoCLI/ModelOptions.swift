import ArgumentParser
import Foundation
import Interco

/// `--model`, shared by every command that reads a model.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A model file or directory (repeat to combine several). Default: the model shipped with interco.",
        valueName: "path"))
    var model: [String] = []

    /// Loads the model for a query or a diagram. When it cannot be used, prints every diagnostic
    /// and exits 65 (errors) or 66 (unreadable input); warnings alone are left to `check`.
    func load() throws -> Model {
        try loadResult().model
    }

    /// Loads the model as `load` does, and keeps the list of files read.
    func loadResult() throws -> ModelLoader.Result {
        let result = read()
        if result.diagnostics.hasErrors || result.hasUnreadableInput {
            Console.printDiagnostics(result.diagnostics)
        }
        if result.hasUnreadableInput { throw ExitCode(66) }
        if result.diagnostics.hasErrors { throw ExitCode(65) }
        return result
    }

    /// What answers say about the model asked: the paths given, or the shipped model.
    var identity: ModelIdentity {
        ModelIdentity(description: model.isEmpty ? "the shipped model" : model.joined(separator: ", "))
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
