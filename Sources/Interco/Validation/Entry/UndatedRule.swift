/// A file, right or flow without `since` counts at every date, so a query about 2005 would show
/// what a 2017 decree created: each should give its start, or say `since: unknown` and why.
///
/// It needs only the entry, and whether `since` was written at all (an unreadable date is its own
/// error), so the model builder runs it on each entry.
enum UndatedRule {
    static let code: Diagnostic.Code = "undated"
    static let advice = "counts at every date: give `since`, or `since: unknown` with a note"

    /// The warning for one entry, if any: `written` tells whether a `since` key is present.
    static func check(_ name: String, written: Bool, unknown: Bool, note: Localized?, noteName: String,
                      at location: SourceLocation) -> Diagnostic? {
        if !written { return Diagnostic(.warning, code, at: location, "\(name) has no `since`: it \(advice)") }
        if unknown && (note.map { $0.en.isEmpty && $0.fr.isEmpty } ?? true) {
            return Diagnostic(.warning, code, at: location, "\(name) has `since: unknown` but no \(noteName) saying what is known of its start")
        }
        return nil
    }
}
