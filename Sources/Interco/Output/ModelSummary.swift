extension Section {
    /// The section's entries counted, for people: "1 source", "5 data categories", « 5 catégories de données ».
    public func counted(_ number: Int, _ language: Language) -> String {
        let words: (one: Localized, many: Localized) = switch self {
        case .actors: (Localized(en: "actor", fr: "acteur"), Localized(en: "actors", fr: "acteurs"))
        case .files: (Localized(en: "file", fr: "fichier"), Localized(en: "files", fr: "fichiers"))
        case .data: (Localized(en: "data category", fr: "catégorie de données"), Localized(en: "data categories", fr: "catégories de données"))
        case .populations: (Localized(en: "population", fr: "population"), Localized(en: "populations", fr: "populations"))
        case .rights: (Localized(en: "right", fr: "droit"), Localized(en: "rights", fr: "droits"))
        case .flows: (Localized(en: "flow", fr: "flux"), Localized(en: "flows", fr: "flux"))
        case .sources: (Localized(en: "source", fr: "source"), Localized(en: "sources", fr: "sources"))
        case .questions: (Localized(en: "question", fr: "question"), Localized(en: "questions", fr: "questions"))
        }
        let one = number == 1 || language == .fr && number == 0
        return String(number) + " " + (one ? words.one : words.many).text(language)
    }
}

extension Model {
    /// What the model holds, in `language`: "6 actors, 5 files, …, 1 source"; preset questions
    /// only when there are some (they are no part of the map).
    public func summary(_ language: Language) -> String {
        Section.allCases.filter { $0 != .questions || !questions.isEmpty }
            .map { $0.counted($0.count(in: self), language) }.joined(separator: ", ")
    }
}
