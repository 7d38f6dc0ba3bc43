import ArgumentParser
import Foundation
import Interco

extension Language: ExpressibleByArgument {}

/// `--lang`, shared by the commands that write words for people.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Language of the words written for people: fr or en. Default: from LC_ALL, LC_MESSAGES or LANG (fr… gives French).",
        valueName: "language"))
    var chosen: Language?

    /// The language asked for, or the environment's.
    var language: Language { chosen ?? Language.from(environment: ProcessInfo.processInfo.environment) }
}
