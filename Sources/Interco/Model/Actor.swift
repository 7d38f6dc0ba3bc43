/// A body that holds files or rights: an agency, a unit of one, a court, a company, a group of third parties.
public struct Actor: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Display name.
    public var name: String
    /// What sort of body it is.
    public var kind: ActorKind
    /// The actor this one is a unit of.
    public var partOf: Located<String>?
    /// Other names (former names, acronyms).
    public var aka: [String]
    /// Free text.
    public var description: String?
    /// Source ids.
    public var sources: [Located<String>]
    /// Where the entry starts.
    public var location: SourceLocation
}
