/// What the words of the model's closed vocabularies are called for people. The codes
/// (`in-force`, `communication`) stay as they are in machine formats; these are the words a
/// reader sees, in the terms the French texts use.
public protocol Labelled {
    /// The value's name for people, in both languages.
    var label: Localized { get }
}

extension Labelled {
    /// The value's name in `language`.
    public func label(_ language: Language) -> String { label.text(language) }
}

extension Status: Labelled {
    public var label: Localized {
        switch self {
        case .inForce: Localized(en: "in force", fr: "en vigueur")
        case .experimental: Localized(en: "experimental", fr: "expérimental")
        case .planned: Localized(en: "planned", fr: "prévu")
        case .alleged: Localized(en: "alleged", fr: "allégué")
        case .censured: Localized(en: "censured", fr: "censuré")
        case .repealed: Localized(en: "repealed", fr: "abrogé")
        case .ended: Localized(en: "no longer in force", fr: "plus en vigueur")
        }
    }
}

extension RightKind: Labelled {
    public var label: Localized {
        switch self {
        case .consultation: Localized(en: "consultation", fr: "consultation")
        case .communication: Localized(en: "droit de communication", fr: "droit de communication")
        case .transmission: Localized(en: "transmission", fr: "transmission")
        case .interconnection: Localized(en: "interconnection", fr: "interconnexion")
        case .processing: Localized(en: "processing", fr: "traitement")
        }
    }
}

extension Confidence: Labelled {
    public var label: Localized {
        switch self {
        case .official: Localized(en: "official", fr: "officielle")
        case .corroborated: Localized(en: "corroborated", fr: "corroborée")
        case .reported: Localized(en: "reported", fr: "rapportée")
        case .inferred: Localized(en: "inferred", fr: "déduite")
        case .disputed: Localized(en: "disputed", fr: "contestée")
        }
    }
}

extension ActorKind: Labelled {
    public var label: Localized {
        switch self {
        case .state: Localized(en: "State", fr: "État")
        case .publicBody: Localized(en: "public body", fr: "établissement public")
        case .socialSecurity: Localized(en: "social-security body", fr: "organisme de sécurité sociale")
        case .localAuthority: Localized(en: "local authority", fr: "collectivité territoriale")
        case .court: Localized(en: "court", fr: "juridiction")
        case .independentAuthority: Localized(en: "independent authority", fr: "autorité indépendante")
        case .privateCompany: Localized(en: "private company", fr: "entreprise privée")
        case .contractor: Localized(en: "contractor", fr: "prestataire")
        case .association: Localized(en: "association", fr: "association")
        }
    }
}

extension FileKind: Labelled {
    public var label: Localized {
        switch self {
        case .register: Localized(en: "register", fr: "registre")
        case .caseFile: Localized(en: "case file", fr: "dossier")
        case .score: Localized(en: "score", fr: "score")
        case .api: Localized(en: "API", fr: "API")
        case .declaration: Localized(en: "declaration", fr: "déclaration")
        case .processing: Localized(en: "processing", fr: "traitement")
        case .platform: Localized(en: "platform", fr: "plateforme")
        }
    }
}

extension Match: Labelled {
    public var label: Localized {
        switch self {
        case .exact: Localized(en: "exact", fr: "exacte")
        case .broader: Localized(en: "broader", fr: "plus large")
        case .narrower: Localized(en: "part", fr: "en partie")
        }
    }
}
