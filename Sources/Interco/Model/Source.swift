/// A document the model cites: a law, a decision, an article.
public struct Source: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Title of the document.
    public var title: String
    /// An http(s) address, checked by the loader.
    public var url: String?
    /// Who published it.
    public var publisher: String?
    /// Publication date.
    public var date: ModelDate?
    /// Page reference.
    public var pages: String?
    /// Free text, in one or both languages.
    public var note: Localized?
    /// Where the entry starts.
    public var location: SourceLocation
}
