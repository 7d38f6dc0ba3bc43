import ArgumentParser
import Interco

extension IntercoCommand {
    /// Exits 64 with a suggestion when the first argument names no command (`who-can-rech` →
    /// `who-can-reach`), rather than ArgumentParser's generic usage text.
    static func refuseUnknownCommand(_ arguments: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return }
        Console.error("error: unknown command '\(SafeText.escaped(first))'\(Suggestion.phrase(for: first, in: names)); "
                      + "`interco --help` lists the commands\n")
        Console.finish(64)
    }
}
