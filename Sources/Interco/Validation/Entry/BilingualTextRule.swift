/// A text for people (`name`, `description`, `note`, `basis_note`) is a plain string or a mapping
/// of languages to texts, `{fr: …, en: …}`, with at least one of the two.
enum BilingualTextRule {
    static let code: Diagnostic.Code = "bilingual-text"
    /// The language keys a text mapping may use, in the order messages list them.
    static let languages = ["fr", "en"]

    static func notText(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be text or {fr: …, en: …}, found \(found)")
    }
    static func unknownLanguage(_ language: String, of key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location,
                   "unknown language \(quoted(language)) in '\(key)'\(Suggestion.phrase(for: language, in: languages)); "
                       + "a text in two languages has the keys fr and en")
    }
    static func languageNotText(at location: SourceLocation, of key: String, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "a language of '\(key)' must be named fr or en, found \(found)")
    }
    static func valueNotText(_ language: String, of key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(language)' of '\(key)' must be text, found \(found)")
    }
    static func noText(_ key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' gives no text: write {fr: …, en: …}, or one of the two")
    }
}
