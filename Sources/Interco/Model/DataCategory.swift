/// A category of personal data; categories form a tree through `parent`.
public struct DataCategory: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Display name.
    public var name: String
    /// The broader category.
    public var parent: Located<String>?
    /// A special category of GDPR article 9 (health, …).
    public var sensitive: Bool
    /// Free text.
    public var description: String?
    /// Where the entry starts.
    public var location: SourceLocation
}
