/// A closed vocabulary of the model format: every value is documented in `docs/model-format.md`,
/// so that styles, filters and diagnostics can rely on it.
public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable, Comparable where RawValue == String {
    /// What the vocabulary is called in messages ("actor kind").
    static var vocabularyName: String { get }
}

extension Vocabulary {
    /// Orders values as they are declared, which is the order legends and tables use.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let all = Array(allCases)
        return all.firstIndex(of: lhs)! < all.firstIndex(of: rhs)!
    }
}

/// What sort of body an actor is.
public enum ActorKind: String, Vocabulary {
    case state, publicBody = "public-body", socialSecurity = "social-security", localAuthority = "local-authority"
    case court, independentAuthority = "independent-authority", privateCompany = "private-company", contractor, association
    /// "actor kind".
    public static let vocabularyName = "actor kind"
}

/// What sort of file a file is.
public enum FileKind: String, Vocabulary {
    case register, caseFile = "case-file", score, api, declaration, processing, platform
    /// "file kind".
    public static let vocabularyName = "file kind"
}

/// How a right reaches its target.
public enum RightKind: String, Vocabulary {
    case consultation, communication, transmission, interconnection, processing
    /// "right kind".
    public static let vocabularyName = "right kind"
}

/// The legal standing of a right or flow. `ended`: no longer in force, for a reason the model
/// does not give (what `until` means when `status` does not say what ended the fact).
public enum Status: String, Vocabulary {
    case inForce = "in-force", experimental, planned, alleged, censured, repealed, ended
    /// "status".
    public static let vocabularyName = "status"
    /// The statuses a query counts unless told otherwise.
    public static let queryDefault: Set<Status> = [.inForce, .experimental]
}

/// How sure the map is of a fact (the map's codes A, B, C, D, X).
public enum Confidence: String, Vocabulary {
    case official, corroborated, reported, inferred, disputed
    /// "confidence".
    public static let vocabularyName = "confidence"
    /// The one-letter code the value stands for in diagrams and answers.
    public var code: String {
        switch self {
        case .official: "A"
        case .corroborated: "B"
        case .reported: "C"
        case .inferred: "D"
        case .disputed: "X"
        }
    }
}
