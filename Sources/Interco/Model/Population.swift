/// A group of people a file is about; populations form a tree through `parent`.
public struct Population: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Display name.
    public var name: String
    /// The broader population.
    public var parent: Located<String>?
    /// Free text.
    public var description: String?
    /// Where the entry starts.
    public var location: SourceLocation
}
