/// Data copied from one file into another.
public struct Flow: Hashable, Sendable, HasStanding {
    /// Optional id.
    public var id: Located<String>?
    /// The file data comes from.
    public var from: Located<String>
    /// The file data goes into.
    public var into: Located<String>
    /// Limits the flow to these categories; empty means everything `from` holds.
    public var data: [Located<String>]
    /// The purposes, ids; empty when not stated.
    public var purposes: [String] = []
    /// The legal basis.
    public var basis: String?
    /// Dates, status, confidence and sources.
    public var standing: Standing
    /// Free text, in one or both languages.
    public var note: Localized?
    /// Where the entry starts.
    public var location: SourceLocation
    /// Why no legal basis is given, when none is identified.
    public var basisNote: Localized?
}

extension Flow {
    /// The purposes joined for display; nil when none is stated.
    public var purpose: String? { purposes.isEmpty ? nil : purposes.joined(separator: ", ") }
}
