/// A document the model cites: a law, a decision, an article.
public struct Source: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Title of the document: its own title (one text), or, where the model describes a
    /// document it has no title for, the description in one or both languages.
    public var title: Localized
    /// An http(s) address, checked by the loader.
    public var url: String?
    /// Who published it (a name, with what we say of the copy in one or both languages).
    public var publisher: Localized?
    /// Publication date.
    public var date: ModelDate?
    /// Page reference.
    public var pages: String?
    /// Free text, in one or both languages.
    public var note: Localized?
    /// Where the entry starts.
    public var location: SourceLocation
}

extension Source {
    /// The source with its title and note in `language` only (answers that carry sources as
    /// values, such as explained hops, resolve them once with the rest of their texts).
    public func resolved(_ language: Language) -> Source {
        var source = self
        source.title = Localized(title.text(language))
        source.note = note.text(language).map(Localized.init)
        source.publisher = publisher.text(language).map(Localized.init)
        return source
    }
}
