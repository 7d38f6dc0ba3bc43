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
func undatedNote(_ paths: [PathReport], _ header: QueryHeader) -> String {
    guard case .on = header.filters.day else { return "" }
    var names: [String] = []
    var seen = Set<String>()
    for hop in paths.flatMap(\.hops) where hop.sinceUnknown {
        let name = hop.id ?? hop.to
        if seen.insert(name).inserted { names.append(name) }
    }
    guard !names.isEmpty else { return "" }
    return "\nCounted although their start is unknown (they count at every date): \(names.sorted().joined(separator: ", ")).\n"
}
