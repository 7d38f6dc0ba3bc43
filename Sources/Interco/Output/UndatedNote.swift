extension SourceRole {
    /// The heading of its sources in text answers: `sources`, `contradicting sources`, `context sources`.
    var heading: String {
        switch self {
        case .supports: "sources"
        case .contradicts: "contradicting sources"
        case .context: "context sources"
        }
    }
}

/// The line under an answer at a date that names the facts it counted although their start is
/// unknown (`since: unknown`): they count at every date, so the answer may hold more than existed.
/// The names are those of the hops shown: the rows' leading first hops and the paths listed.
func undatedNote(_ names: [String], _ context: QueryContext) -> String {
    guard case .on = context.filters.day else { return "" }
    let unique = Set(names)
    guard !unique.isEmpty else { return "" }
    return "\nCounted although their start is unknown (they count at every date): \(unique.sorted().joined(separator: ", ")).\n"
}

extension PathReport {
    /// Names of the hops whose start is unknown.
    var undatedNames: [String] { hops.filter(\.sinceUnknown).map { $0.id ?? $0.to } }
}
