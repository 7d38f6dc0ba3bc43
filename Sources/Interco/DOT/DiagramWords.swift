/// The words diagrams add to the model's texts (labels, tooltips), in both languages. French
/// words carry their no-break space before a colon.
enum DiagramWords {
    enum Word: CaseIterable {
        case type, also, heldBy, status, confidence, notStated, kindNotStated, data, allData, people, sources, basis
        case purpose, note, right, flow, file, sensitive, givesAccess
        case takenOut, goneInWhatIf, endedInDiff, goneInDiff
        case noBasis, internalAccess, contradictingSources, contextSources, retention, peopleCount, cnil, accessLogged, yes, no

        var text: Localized {
            switch self {
            case .type: Localized(en: "kind: ", fr: "type\u{A0}: ")
            case .also: Localized(en: "also: ", fr: "aussi\u{A0}: ")
            case .heldBy: Localized(en: "held by ", fr: "détenu par ")
            case .status: Localized(en: "status: ", fr: "statut\u{A0}: ")
            case .confidence: Localized(en: "confidence: ", fr: "confiance\u{A0}: ")
            case .notStated: Localized(en: "not stated", fr: "non précisée")
            case .kindNotStated: Localized(en: "not stated", fr: "non précisé")
            case .data: Localized(en: "data: ", fr: "données\u{A0}: ")
            case .allData: Localized(en: "all", fr: "toutes")
            case .people: Localized(en: "people: ", fr: "personnes\u{A0}: ")
            case .sources: Localized(en: "sources:", fr: "sources\u{A0}:")
            case .basis: Localized(en: "legal basis: ", fr: "base légale\u{A0}: ")
            case .purpose: Localized(en: "purpose: ", fr: "finalité\u{A0}: ")
            case .note: Localized(en: "note: ", fr: "note\u{A0}: ")
            case .right: Localized(en: "right", fr: "droit")
            case .flow: Localized(en: "flow", fr: "flux")
            case .file: Localized(en: "file", fr: "fichier")
            case .sensitive: Localized(en: "⚠ sensitive data (GDPR art. 9)", fr: "⚠ donnée sensible (RGPD art. 9)")
            case .givesAccess: Localized(en: "gives access to ", fr: "donne accès à ")
            case .takenOut: Localized(en: "taken out", fr: "retiré")
            case .goneInWhatIf: Localized(en: "gone in this what-if", fr: "disparu dans cette hypothèse")
            case .endedInDiff: Localized(en: "ended", fr: "terminé")
            case .goneInDiff: Localized(en: "counts on the first day, not on the second", fr: "compte le premier jour, pas le second")
            case .noBasis: AnswerWords.noBasis.text
            case .internalAccess: AnswerWords.internalAccess.text
            case .contradictingSources: Localized(en: "contradicting sources:", fr: "sources contraires\u{A0}:")
            case .contextSources: Localized(en: "context sources:", fr: "sources de contexte\u{A0}:")
            case .retention: Localized(en: "retention: ", fr: "conservation\u{A0}: ")
            case .peopleCount: Localized(en: "people concerned: ", fr: "personnes concernées\u{A0}: ")
            case .cnil: Localized(en: "CNIL: ", fr: "CNIL\u{A0}: ")
            case .accessLogged: Localized(en: "accesses logged: ", fr: "accès journalisés\u{A0}: ")
            case .yes: Localized(en: "yes", fr: "oui")
            case .no: Localized(en: "no", fr: "non")
            }
        }
    }

    /// Diagram titles; `{1}`, `{2}` are names and ids (`Localized.filled`).
    static let mapTitle = Localized(en: "Map of access to personal data", fr: "Carte des accès aux données personnelles")
    static let whoTitle = Localized(en: "Who can reach '{1}' ({2})", fr: "Qui peut atteindre « {1} » ({2})")
    static let reachTitle = Localized(en: "What '{1}' ({2}) can reach", fr: "Ce que « {1} » ({2}) peut atteindre")
    static let pathsTitle = Localized(en: "Paths from '{1}' to '{2}'", fr: "Chemins de « {1} » vers « {2} »")
    static let overviewTitle = Localized(en: "Map of access to personal data, by institution",
                                         fr: "Carte des accès aux données personnelles, par institution")
    /// A diff's title: the view's title, then the two days.
    static let diffTitle = Localized(en: "{1}: changes from {2} to {3}", fr: "{1} : changements de {2} à {3}")
    static let anyData = Localized(en: "any data", fr: "toute donnée")

    static let noDates = Localized(en: "dates not stated", fr: "dates non précisées")
    static let startUnknown = Localized(en: "start unknown", fr: "début inconnu")
    static func since(_ date: ModelDate) -> Localized { Localized(en: "since \(date)", fr: "depuis \(date)") }
    static func until(_ date: ModelDate) -> Localized { Localized(en: "until \(date)", fr: "jusqu'au \(date)") }
    static func between(_ since: ModelDate, _ until: ModelDate) -> Localized {
        Localized(en: "from \(since) to \(until)", fr: "du \(since) au \(until)")
    }
}
