import ArgumentParser

/// The output formats of `check` and `list`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The output formats of the query commands.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown
}
