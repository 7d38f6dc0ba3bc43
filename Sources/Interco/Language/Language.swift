/// The language interco writes in for people. Machine formats (JSON, CSV codes) stay in stable
/// English codes whatever the language.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case en, fr

    /// The language the environment asks for, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`; the first one set and not empty decides. A value starting with `fr` (`fr_FR.UTF-8`,
    /// `fr_CA`, `fr`) gives French; anything else (`C`, `POSIX`, `en_GB`, `de_DE`) gives English.
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("fr") ? .fr : .en
        }
        return .en
    }
}

/// A text in both languages, declared together so that neither can be forgotten.
public struct Localized: Sendable, Hashable {
    /// English.
    public var en: String
    /// French.
    public var fr: String

    /// A text in both languages.
    public init(en: String, fr: String) {
        self.en = en
        self.fr = fr
    }

    /// The text in `language`, or in the other one when it is empty (a model may give only one).
    public func text(_ language: Language) -> String {
        let wanted = language == .fr ? fr : en
        return wanted.isEmpty ? (language == .fr ? en : fr) : wanted
    }
}

extension Localized {
    /// The text in `language` with French typography applied to its own words (`Typography`), then
    /// each `{1}`, `{2}`… replaced by the value of that rank as it is: values (model texts, ids,
    /// quoted legal text) are never respaced. A slot with no value is left empty.
    public func filled(_ language: Language, _ values: [String] = []) -> String {
        let template = Array(Typography.apply(text(language), language))
        var out = ""
        var position = 0
        while position < template.count {
            let character = template[position]
            if character == "{", position + 2 < template.count, let digit = template[position + 1].wholeNumberValue,
               template[position + 2] == "}" {
                if digit >= 1, digit <= values.count { out += values[digit - 1] }
                position += 3
                continue
            }
            out.append(character)
            position += 1
        }
        return out
    }

    /// `filled` with its values listed.
    public func filled(_ language: Language, _ values: String...) -> String { filled(language, values) }
}
