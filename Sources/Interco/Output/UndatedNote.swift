/// The line under an answer at a date that names the facts it counted although their start is
/// unknown (`since: unknown`): they count at every date, so the answer may hold more than existed.
/// The names are those of the hops shown: the rows' leading first hops and the paths listed.
func undatedNote(_ names: [String], _ context: QueryContext, _ language: Language = .en) -> String {
    guard case .on = context.filters.day else { return "" }
    let unique = Set(names)
    guard !unique.isEmpty else { return "" }
    return "\n" + AnswerWords.undated(language, unique.sorted().joined(separator: ", ")) + "\n"
}

extension PathReport {
    /// Names of the hops whose start is unknown.
    var undatedNames: [String] { hops.filter(\.sinceUnknown).map { $0.id ?? $0.to } }
}
