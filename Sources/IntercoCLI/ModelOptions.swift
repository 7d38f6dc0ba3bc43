import ArgumentParser
import Foundation
import Interco

/// `--model`, shared by every command that reads a model.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A model file or directory (repeat to combine several), or - to read one model file from standard input. "
            + "Default: the model shipped with interco.",
        valueName: "path"))
    var model: [String] = []

    /// The model given by `--model`, or the shipped one. With `validOnly` (queries, lists and
    /// diagrams), a model with errors or an unreadable input prints every diagnostic and throws
    /// exit 65 or 66; warnings alone are left to `check`.
    ///
    /// The model is kept until the process ends: releasing a million-record model entry by entry
    /// would add a second or more to every command, for memory the system reclaims at exit anyway.
    /// The note on a `./data` that differs from the shipped model is in `language`.
    func load(validOnly: Bool = true, language: Language) throws -> ModelLoader.Result {
        let result: ModelLoader.Result
        // Commands that answer show errors only: warnings are counted, not kept.
        let loader = ModelLoader(keepsWarnings: !validOnly)
        if model.isEmpty {
            result = loader.loadShipped()
            Self.noteLocalData(language)
        } else if model.contains("-") {
            guard model == ["-"] else {
                Console.error("error: --model - reads the whole model from standard input: give it alone\n")
                throw ExitCode(64)
            }
            result = loader.load(descriptor: STDIN_FILENO, as: Self.standardInput)
        } else {
            result = loader.load(paths: model)
        }
        KeptUntilExit.shared.keep(result)
        guard validOnly else { return result }
        if result.diagnostics.hasErrors || result.hasUnreadableInput {
            Console.printDiagnostics(result.diagnostics, warningsLeftOut: result.warningsLeftOut)
        }
        if result.hasUnreadableInput { throw ExitCode(66) }
        if result.diagnostics.hasErrors { throw ExitCode(65) }
        return result
    }

    /// What answers say about the model asked: the paths given, or the shipped model with its
    /// fingerprint (which version of `data/` was built in).
    var identity: ModelIdentity {
        if model.isEmpty {
            return ModelIdentity(description: AnswerWords.shippedModel.text.en, shipped: true, fingerprint: ShippedModel.fingerprint)
        }
        return ModelIdentity(description: model == ["-"] ? Self.standardInput : model.joined(separator: ", "))
    }

    /// The name diagnostics and answers give a model read from standard input.
    static let standardInput = "<stdin>"

    /// One line on stderr when the current directory holds a `data/` that differs from the
    /// shipped model: an edit there is not what answered.
    static func noteLocalData(_ language: Language) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: "data", isDirectory: &isDirectory), isDirectory.boolValue,
              ShippedModel.differs(fromDirectory: "data") == true else { return }
        let fingerprint = ShippedModel.fingerprint
        Console.error(Localized(en: "note: ./data differs from the model shipped with interco (\(fingerprint)), which answered; add --model data to use ./data",
                                fr: "note\u{A0}: ./data diffère du modèle livré avec interco (\(fingerprint)), qui a répondu\u{A0}; ajoutez --model data pour utiliser ./data")
                        .text(language) + "\n")
    }
}

/// Values the commands keep alive until the process exits (see `ModelOptions.load`).
final class KeptUntilExit: @unchecked Sendable {
    static let shared = KeptUntilExit()
    private let lock = NSLock()
    private var values: [Any] = []

    func keep(_ value: Any) {
        lock.lock()
        values.append(value)
        lock.unlock()
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
