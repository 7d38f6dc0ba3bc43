/// A group of people a file is about; populations form a tree through `parent`.
public struct Population: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Display name, in one or both languages.
    public var name: Localized
    /// The broader population.
    public var parent: Located<String>?
    /// Free text, in one or both languages.
    public var description: Localized?
    /// Where the entry starts.
    public var location: SourceLocation
}
