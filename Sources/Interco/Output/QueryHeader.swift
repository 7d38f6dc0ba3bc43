/// The words that describe a query (its model, day and filters), in one place so that a
/// language layer can supply another set; text, Markdown, JSON labels and DOT all use them.
public struct QueryWording: Sendable {
    /// "as of 2024-06-25".
    public var onDay: @Sendable (String) -> String
    /// "all dates".
    public var anyDay: String
    public var model: String
    public var statuses: String
    public var maxHops: String
    public var purpose: String
    public var about: String
    /// "actor kinds" (`--actor-kind`).
    public var actorKinds: String = "actor kinds"
    /// "kinds" (`--kind`).
    public var kinds: String = "kinds"
    /// "without" (`--without`).
    public var without: String = "without"
    /// "without the basis" (`--without-basis`).
    public var withoutBasis: String = "without rights and flows whose basis contains"
    /// The language of the words, for the vocabulary values (statuses) the line shows.
    public var language: Language = .en

    /// English.
    public static let english = QueryWording(onDay: { "as of \($0)" }, anyDay: "all dates", model: "model",
                                             statuses: "statuses", maxHops: "max hops", purpose: "purpose", about: "about")
    /// French.
    public static let french = QueryWording(onDay: { "état au \($0)" }, anyDay: "toutes dates", model: "modèle",
                                            statuses: "statuts", maxHops: "droits par chemin au plus", purpose: "finalité",
                                            about: "population", actorKinds: "types d'acteur", kinds: "types d'accès",
                                            without: "sans", withoutBasis: "sans les droits et transmissions dont la base contient",
                                            language: .fr)

    /// The wording of `language`.
    public static func of(_ language: Language) -> QueryWording { language == .fr ? french : english }
}

extension QueryContext {
    /// `model: … · as of 2024-06-25 · statuses: in-force, experimental · max hops: 1 [· purpose: …] [· about: …]`.
    public func line(_ words: QueryWording = .english) -> String {
        let day: String = switch filters.day {
        case .on(let date): words.onDay(date.description)
        case .any: words.anyDay
        }
        let colon = Typography.colon(words.language)
        let name = (model.shipped ? AnswerWords.shippedModel(words.language) : model.description)
            + (model.fingerprint.map { " (" + $0 + ")" } ?? "")
        var parts = [words.model + colon + name, day,
                     words.statuses + colon + filters.statuses.sorted().map { $0.label(words.language) }.joined(separator: ", "),
                     words.maxHops + colon + String(filters.maxHops)]
        if let purpose = filters.purpose { parts.append(words.purpose + colon + purpose) }
        if let about = filters.about { parts.append(words.about + colon + about) }
        if let kinds = filters.actorKinds {
            parts.append(words.actorKinds + colon + kinds.sorted().map { $0.label(words.language) }.joined(separator: ", "))
        }
        if let kinds = filters.kindList {
            let labels = kinds.map { code in
                RightKind(rawValue: code)?.label(words.language) ?? AnswerWords.holdsHow(words.language)
            }
            parts.append(words.kinds + colon + labels.joined(separator: ", "))
        }
        if !filters.without.isEmpty { parts.append(words.without + colon + filters.without.sorted().joined(separator: ", ")) }
        if let basis = filters.withoutBasis { parts.append(words.withoutBasis + colon + Typography.quoted(basis, words.language)) }
        return parts.joined(separator: " · ")
    }

    var statusList: [String] { filters.statuses.sorted().map(\.rawValue) }

    var actorKindList: [String]? { filters.actorKinds.map { $0.sorted().map(\.rawValue) } }

    /// The `query` member of JSON answers: the command, its ids, the model and every filter.
    func json(command: String, arguments: [String: String]) -> JSONValue {
        var members: [String: JSONValue] = ["command": .string(command), "model": .string(model.description),
                                            "model_fingerprint": model.fingerprint.map(JSONValue.string) ?? .null]
        for (key, value) in arguments { members[key] = .string(value) }
        switch filters.day {
        case .on(let date): members["at"] = .string(date.description)
        case .any: members["at"] = .string("any")
        }
        members["status"] = .texts(statusList)
        members["purpose"] = .text(filters.purpose)
        members["about"] = .text(filters.about)
        members["max_hops"] = .int(filters.maxHops)
        members["actor_kinds"] = actorKindList.map { JSONValue.texts($0) } ?? .null
        members["kinds"] = filters.kindList.map { JSONValue.texts($0) } ?? .null
        if filters.isWhatIf {
            members["without"] = .texts(filters.without.sorted())
            members["without_basis"] = .text(filters.withoutBasis)
        }
        return .object(members)
    }
}
