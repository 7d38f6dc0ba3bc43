/// The words a report (`interco report`) writes around the answer, in both languages, one entry
/// per phrase. French typography is applied to the phrases (`phrase`), never to the values put
/// beside them (ids, names, legal text).
enum ReportWords: CaseIterable {
    // Titles.
    case whoTitle, reachTitle, reachTitleEnd, pathsTitle, pathsTitleTo, oneActor, actors
    // Sections.
    case question, answer, diagram, paths, bases, caveats, sources
    // Table headers.
    case actor, name, how, match, hops, status, confidence, since, basis, pathCount, category, sensitive, via
    // Table values.
    case holds, holdsFile, unknown, notStated, yes, moreThanMillion
    // Paths.
    case path, of, right, rights, reaches, heldBy, byFlow, until, sourcesLabel, noPath, noAnswer, shownPaths
    // Caveats.
    case alleged, planned, censured, repealed, ended, disputed, inferred, reported, startUnknown, noCaveat
    // Notes.
    case undated, truncated, diagramCaption, diagramMissing, sourceCount, generatedBy, basisNumber

    var text: Localized {
        switch self {
        case .whoTitle: Localized(en: "Who can reach ", fr: "Qui peut atteindre ")
        case .reachTitle: Localized(en: "What ", fr: "Ce que ")
        case .reachTitleEnd: Localized(en: " reaches", fr: " atteint")
        case .pathsTitle: Localized(en: "Paths from ", fr: "Chemins de ")
        case .pathsTitleTo: Localized(en: " to ", fr: " vers ")
        case .oneActor: Localized(en: "actor.", fr: "acteur.")
        case .actors: Localized(en: "actors.", fr: "acteurs.")

        case .question: Localized(en: "Question", fr: "Question")
        case .answer: Localized(en: "Answer", fr: "Réponse")
        case .diagram: Localized(en: "Diagram", fr: "Schéma")
        case .paths: Localized(en: "Paths, hop by hop", fr: "Chemins, étape par étape")
        case .bases: Localized(en: "Legal bases", fr: "Bases légales")
        case .caveats: Localized(en: "Caveats", fr: "Réserves")
        case .sources: Localized(en: "Sources", fr: "Sources")

        case .actor: Localized(en: "actor", fr: "acteur")
        case .name: Localized(en: "name", fr: "nom")
        case .how: Localized(en: "how", fr: "comment")
        case .match: Localized(en: "match", fr: "correspondance")
        case .hops: Localized(en: "rights", fr: "droits")
        case .status: Localized(en: "status", fr: "statut")
        case .confidence: Localized(en: "confidence", fr: "confiance")
        case .since: Localized(en: "since", fr: "depuis")
        case .basis: Localized(en: "legal basis", fr: "base légale")
        case .pathCount: Localized(en: "paths", fr: "chemins")
        case .category: Localized(en: "category", fr: "catégorie")
        case .sensitive: Localized(en: "sensitive", fr: "sensible")
        case .via: Localized(en: "file", fr: "fichier")

        case .holds: Localized(en: "holds the file", fr: "détient le fichier")
        case .holdsFile: Localized(en: "holds", fr: "détient")
        case .unknown: Localized(en: "unknown", fr: "inconnu")
        case .notStated: Localized(en: "not stated", fr: "non précisée")
        case .yes: Localized(en: "yes", fr: "oui")
        case .moreThanMillion: Localized(en: "more than 1 000 000", fr: "plus de 1 000 000")

        case .path: Localized(en: "path", fr: "chemin")
        case .of: Localized(en: "of", fr: "sur")
        case .right: Localized(en: "right", fr: "droit")
        case .rights: Localized(en: "rights", fr: "droits")
        case .reaches: Localized(en: "reaches:", fr: "atteint :")
        case .heldBy: Localized(en: "held by", fr: "détenu par")
        case .byFlow: Localized(en: "by flow", fr: "par le flux")
        case .until: Localized(en: "until", fr: "jusqu'au")
        case .sourcesLabel: Localized(en: "sources:", fr: "sources :")
        case .noPath: Localized(en: "No path under these filters.", fr: "Aucun chemin avec ces filtres.")
        case .noAnswer: Localized(en: "Nothing answers this question under these filters.",
                                  fr: "Rien ne répond à cette question avec ces filtres.")
        case .shownPaths: Localized(en: "paths listed, shortest first, at most this many per actor (--limit):",
                                    fr: "chemins listés, les plus courts d'abord, au plus autant par acteur (--limit) :")

        case .alleged: Localized(en: "alleged: rests on a single or interested source", fr: "allégué : repose sur une source unique ou intéressée")
        case .planned: Localized(en: "planned: not in force yet", fr: "prévu : pas encore en vigueur")
        case .censured: Localized(en: "censured by a court", fr: "censuré par une juridiction")
        case .repealed: Localized(en: "repealed", fr: "abrogé")
        case .ended: Localized(en: "no longer in force", fr: "plus en vigueur")
        case .disputed: Localized(en: "disputed: sources disagree", fr: "contesté : les sources divergent")
        case .inferred: Localized(en: "inferred: deduced, not stated by a source", fr: "déduit : non affirmé par une source")
        case .reported: Localized(en: "reported: a single report, not corroborated", fr: "rapporté : un seul récit, non corroboré")
        case .startUnknown: Localized(en: "start unknown: counted at every date", fr: "début inconnu : compté à toutes les dates")
        case .noCaveat: Localized(en: "No hop of the paths listed is alleged, disputed, inferred, without a legal basis or of unknown start.",
                                  fr: "Aucune étape des chemins listés n'est alléguée, contestée, déduite, sans base légale ou de début inconnu.")

        case .undated: Localized(en: "Counted although their start is unknown (they count at every date):",
                                 fr: "Comptés bien que leur début soit inconnu (ils comptent à toutes les dates) :")
        case .truncated: Localized(en: "A path listing stopped at its step budget: fewer paths are listed than exist.",
                                   fr: "Une liste de chemins s'est arrêtée à son budget d'étapes : il existe plus de chemins que ceux listés.")
        case .diagramCaption: Localized(en: "The paths of the answer; a link on each box and arrow leads to its first source.",
                                        fr: "Les chemins de la réponse ; chaque boîte et chaque flèche mène à sa première source.")
        case .diagramMissing: Localized(en: "Diagram:", fr: "Schéma :")
        case .sourceCount: Localized(en: "sources cited by the paths listed", fr: "sources citées par les chemins listés")
        case .generatedBy: Localized(en: "Written by", fr: "Produit par")
        case .basisNumber: Localized(en: "basis", fr: "base")
        }
    }

    /// The words of the diagrams for the same things, so that each is said one way.
    static let noBasis = DiagramWords.Word.noBasis.text
    static let internalAccess = DiagramWords.Word.internalAccess.text

    /// The phrase in `language`, with French typography.
    func callAsFunction(_ language: Language) -> String { Typography.apply(text.text(language), language) }
}
