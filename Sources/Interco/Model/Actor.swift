/// A body that holds files or rights: an agency, a unit of one, a court, a company, a group of third parties.
public struct Actor: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Display name, in one or both languages.
    public var name: Localized
    /// What sort of body it is.
    public var kind: ActorKind
    /// The actor this one is a unit of.
    public var partOf: Located<String>?
    /// Other names (former names, acronyms).
    public var aka: [String]
    /// Free text, in one or both languages.
    public var description: Localized?
    /// Source ids.
    public var sources: [Located<String>]
    /// Where the entry starts.
    public var location: SourceLocation
}
