import ArgumentParser
import Interco

/// The `interco` command: who can reach which personal data across French social administrations.
@main
struct IntercoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interco",
        abstract: "Map who can reach which personal data across French social administrations, and by what right.",
        discussion: """
            The model (actors, files, data categories, populations, rights and flows, each with its legal \
            basis, dates, status and sources) is read from YAML. Without --model, the model shipped with \
            interco is used.

            Examples:
              interco check
              interco who-can-reach bank-transactions
              interco paths france-travail.fraud bank-transactions --status all
              interco reach caf --format markdown
              interco ask
              interco render --who-can-reach health --format svg -o health.svg

            Exit codes: 0 ok, 64 bad usage, 65 the model has errors, 66 an input cannot be read, 73 standard \
            output or error cannot be written, 141 the reader of standard output went away (a closed pipe).
            """,
        version: IntercoVersion.string,
        subcommands: [Check.self, List.self, Show.self, WhoCanReach.self, Reach.self, Paths.self, Timeline.self, Diff.self, Ask.self,
                      Render.self, Report.self, Export.self]
    )

    /// Readies standard output and error (see `Console.prepare`), then runs the command. Help,
    /// version and usage errors go through `Console` too: ArgumentParser's own printing ignores
    /// a failed write.
    static func main() {
        Console.prepare()
        refuseUnknownCommand(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.out(message + "\n") } else { Console.error(message + "\n") }
            }
            Console.finish(code.rawValue)
        }
        Console.finish()
    }
}

/// The version `interco --version` prints.
enum IntercoVersion {
    static let string = "0.1.0"
}
