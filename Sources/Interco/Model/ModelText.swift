/// The texts a model writes for people (`name`, `description`, `note`, `basis_note`) are
/// `Localized`: a plain string in the model is the same text in both languages, and
/// `{fr: …, en: …}` gives each language its own (one of the two may be left out; `text(_:)`
/// then falls back to the other). Ids and bases stay plain text; a source's title may be either.
extension Localized {
    /// A text written once, for both languages.
    public init(_ text: String) {
        self.init(en: text, fr: text)
    }

    /// True when the two languages have the same text (a plain string in the model).
    public var isSingle: Bool { en == fr || en.isEmpty || fr.isEmpty }
}

extension Optional where Wrapped == Localized {
    /// The text in `language` (falling back to the other), or nil when the model gives none.
    public func text(_ language: Language) -> String? { map { $0.text(language) } }
}
