import ArgumentParser
import Interco

/// The output formats of `check` and `list`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The query commands take the library's formats as they are.
extension QueryOutputFormat: ExpressibleByArgument {
    /// `csv-raw` is asked with `--format csv --csv-raw`, not as a format of its own.
    public init?(argument: String) {
        guard argument != QueryOutputFormat.csvRaw.rawValue else { return nil }
        self.init(rawValue: argument)
    }

    public static var allValueStrings: [String] { ["text", "json", "csv", "markdown"] }
}
