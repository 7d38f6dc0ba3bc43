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
    /// The purpose, an id; nil when not stated.
    public var purpose: String?
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
}
