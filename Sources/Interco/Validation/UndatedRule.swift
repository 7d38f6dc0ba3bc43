/// A file, right or flow without `since` counts at every date, so a query about 2005 would show
/// what a 2017 decree created: each should give its start, or say `since: unknown` and why.
enum UndatedRule {
    static let advice = "counts at every date: give `since`, or `since: unknown` with a note"

    static func check(_ model: Model) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in model.files {
            diagnostics += problems("file '\(file.id.value)'", file.since != nil, file.sinceUnknown, file.description, "a description", file.location)
        }
        for index in model.rights.indices {
            let right = model.rights[index]
            diagnostics += problems("right \(right.label)", right.since != nil, right.sinceUnknown, right.note, "a note", right.location)
        }
        for flow in model.flows {
            diagnostics += problems("flow \(flow.label)", flow.since != nil, flow.sinceUnknown, flow.note, "a note", flow.location)
        }
        return diagnostics
    }

    private static func problems(_ name: String, _ dated: Bool, _ unknown: Bool, _ note: String?, _ noteName: String,
                                 _ location: SourceLocation) -> [Diagnostic] {
        if dated { return [] }
        if !unknown { return [Diagnostic(.warning, at: location, "\(name) has no `since`: it \(advice)")] }
        if note?.isEmpty ?? true {
            return [Diagnostic(.warning, at: location, "\(name) has `since: unknown` but no \(noteName) saying what is known of its start")]
        }
        return []
    }
}
