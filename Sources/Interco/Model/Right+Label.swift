extension Right {
    /// How answers and messages name the right: its id, or `actor → reaches (kind)`.
    public var label: String {
        id.map { "'\($0.value)'" } ?? "\(actor.value) → \(reaches.value) (\(kind.rawValue))"
    }
}

extension Flow {
    /// How answers and messages name the flow: its id, or `from → into`.
    public var label: String {
        id.map { "'\($0.value)'" } ?? "\(from.value) → \(into.value)"
    }
}
