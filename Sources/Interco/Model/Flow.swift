/// Data copied from one file into another.
public struct Flow: Hashable, Sendable {
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
    /// First day in force.
    public var since: Located<ModelDate>?
    /// First day no longer in force.
    public var until: Located<ModelDate>?
    /// Legal standing.
    public var status: Status
    /// How sure the map is of it.
    public var confidence: Confidence?
    /// Source ids.
    public var sources: [Located<String>]
    /// Free text.
    public var note: String?
    /// Where the entry starts.
    public var location: SourceLocation
    /// True when `since: unknown` is written: the start is not known, and the fact counts at every date.
    public var sinceUnknown: Bool = false
    /// Roles of cited sources that do not simply support the fact (absent: supports).
    public var sourceRoles: [String: SourceRole] = [:]
    /// Why no legal basis is given, when none is identified.
    public var basisNote: String?
}

extension Flow {
    /// The purposes joined for display; nil when none is stated.
    public var purpose: String? { purposes.isEmpty ? nil : purposes.joined(separator: ", ") }
}
