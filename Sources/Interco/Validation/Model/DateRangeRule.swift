/// `since` must come before `until`: an interval that ends before it starts is a typo.
enum DateRangeRule {
    static let code: Diagnostic.Code = "date-range"

    static func check(_ model: Model) -> [Diagnostic] {
        let ranges = model.files.indices.map { (model.files[$0].since, model.files[$0].until) }
            + model.rights.indices.map { (model.rights[$0].since, model.rights[$0].until) }
            + model.flows.indices.map { (model.flows[$0].since, model.flows[$0].until) }
        return ranges.compactMap { since, until in
            guard let since, let until, since.value.firstDay >= until.value.firstDay else { return nil }
            return Diagnostic(.error, code, at: until.location,
                              "'until' (\(until.value)) must come after 'since' (\(since.value))",
                              notes: [.init(at: since.location, "'since' is here")])
        }
    }
}
