/// A right of an actor to reach a file or another actor, with its legal basis.
public struct Right: Hashable, Sendable {
    /// Optional id; answers name the right by it.
    public var id: Located<String>?
    /// The actor that holds the right.
    public var actor: Located<String>
    /// A file, or an actor (a third party the right can demand data from).
    public var reaches: Located<String>
    /// How the right reaches.
    public var kind: RightKind
    /// Limits the right to these categories; empty means no limit.
    public var data: [Located<String>]
    /// The purpose, an id; nil when not stated.
    public var purpose: String?
    /// The legal basis, as quoted in reports.
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
