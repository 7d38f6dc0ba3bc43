import ArgumentParser
import Interco

extension IntercoCommand {
    /// Runs the command line, first checking the command's name so that a misspelt one gets a
    /// suggestion (`who-can-rech` → `who-can-reach`) rather than the generic usage text.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.map { $0._commandName } + ["help"]
            if !names.contains(first) {
                Console.error("error: unknown command '\(SafeText.escaped(first))'\(Suggestion.phrase(for: first, in: names)); "
                              + "`interco --help` lists the commands\n")
                Console.finish(64)
            }
        }
        main(arguments)
    }
}
