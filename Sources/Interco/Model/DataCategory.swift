/// A category of personal data; categories form a tree through `parent`.
public struct DataCategory: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Display name, in one or both languages.
    public var name: Localized
    /// The broader category.
    public var parent: Located<String>?
    /// A special category of GDPR article 9 (health, …).
    public var sensitive: Bool
    /// Free text, in one or both languages.
    public var description: Localized?
    /// Where the entry starts.
    public var location: SourceLocation
}
