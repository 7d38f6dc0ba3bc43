/// A preset question (`interco ask NAME`): a title in both languages and the query that
/// answers it, written as data so that people can write and share their own.
public struct Question: Hashable, Sendable {
    /// The command a question runs.
    public enum Command: String, Vocabulary {
        case whoCanReach = "who-can-reach", reach, paths, list
        public static let vocabularyName = "question command"

        /// How many arguments the command takes, and what they are, in order.
        public var argumentSorts: [String] {
            switch self {
            case .whoCanReach: ["category"]
            case .reach: ["actor"]
            case .paths: ["actor", "category"]
            case .list: ["section"]
            }
        }

        /// The filters (option names without `--`) the command takes.
        public var filterNames: [String] {
            switch self {
            case .whoCanReach, .reach: ["at", "status", "purpose", "about", "max-hops", "actor-kind", "kind", "paths", "limit"]
            case .paths: ["at", "status", "purpose", "about", "max-hops", "actor-kind", "kind", "limit"]
            case .list: ["at", "status", "kind", "actor-kind", "no-basis"]
            }
        }
    }

    /// The filters that are flags, written `true` or `false`.
    public static let flags: Set<String> = ["paths", "no-basis"]

    /// One filter of the query: an option name (`status`) and its value (`all`; `true` for a flag).
    public struct Filter: Hashable, Sendable {
        public var name: Located<String>
        public var value: Located<String>
    }

    /// Unique id, the name `ask` takes.
    public var id: Located<String>
    /// The question, in French and English.
    public var title: Localized
    /// The command that answers it.
    public var command: Command
    /// Its arguments (ids, or a section for `list`).
    public var arguments: [Located<String>]
    /// Its filters, in the order written.
    public var filters: [Filter]
    /// Free text.
    public var description: String?
    /// Where the entry starts.
    public var location: SourceLocation

    /// The command line that runs the question, without `interco`: the command, its arguments,
    /// then its filters as options (`--paths` for `paths: true`; `paths: false` adds nothing).
    public var commandLine: [String] {
        var line = [command.rawValue] + arguments.map(\.value)
        for filter in filters {
            if Self.flags.contains(filter.name.value) {
                if filter.value.value == "true" { line.append("--" + filter.name.value) }
            } else {
                line += ["--" + filter.name.value, filter.value.value]
            }
        }
        return line
    }
}
