/// Every word the query answers (`who-can-reach`, `reach`, `paths`) write for people, in both
/// languages, one entry per phrase. `{1}`, `{2}`… are the values a phrase is filled with (ids,
/// names, numbers, dates); French typography is applied to the phrase, never to the values
/// (`Localized.filled`). JSON and CSV keep the model's codes and do not use these words.
public enum AnswerWords: CaseIterable, Sendable {
    // Table headers.
    case actor, name, how, match, hops, status, confidence, since, basis, paths, category, sensitive, via
    // Table values.
    case holdsHow, holdsBasis, notStated, unknown, yes, moreThanMillion, shippedModel
    case noBasis, internalAccess
    // Titles.
    case whoTitle, whoTitleMarkdown, fileData, anyData, sensitiveData, sensitiveTag, reachTitle, reachTitleMarkdown, pathsTitle, pathsTitleMarkdown
    // Summaries and hints.
    case noActor, noActorData, oneActor, actors, pathsHintWho, noReach, oneCategory, categories, pathsHintReach
    case noPath, shownPaths, truncated, truncatedShort, undated
    // People counts.
    case peopleTitle, peopleSum, peopleIn, peopleOn
    // A path, hop by hop.
    case pathHeader, pathOf, oneRight, rights, pathMatch, holdsHop, heldByHop, flowHop, rightHop
    case data, purpose, purposeNotStated, basisLine, sinceDate, sinceDay, sinceUnknown, sinceNotStated, untilDate, untilDay
    case statusValue, confidenceValue, sources, contradictingSources, contextSources, note, reaches
    // What a what-if takes away.
    case comparedWithModel, noActorLost, oneActorLost, actorsLost, noRowLost, oneRowLost, rowsLost
    case noPathLost, onePathLost, pathsLost, noPathLostLine, lostPathsHeading

    /// The phrase in both languages.
    public var text: Localized {
        switch self {
        case .actor: Localized(en: "actor", fr: "acteur")
        case .name: Localized(en: "name", fr: "nom")
        case .how: Localized(en: "how", fr: "comment")
        case .match: Localized(en: "match", fr: "correspondance")
        case .hops: Localized(en: "hops", fr: "droits")
        case .status: Localized(en: "status", fr: "statut")
        case .confidence: Localized(en: "confidence", fr: "confiance")
        case .since: Localized(en: "since", fr: "depuis")
        case .basis: Localized(en: "basis", fr: "base légale")
        case .paths: Localized(en: "paths", fr: "chemins")
        case .category: Localized(en: "category", fr: "catégorie")
        case .sensitive: Localized(en: "sensitive", fr: "sensible")
        case .via: Localized(en: "via", fr: "via")

        case .holdsHow: Localized(en: "holds", fr: "détient le fichier")
        case .holdsBasis: Localized(en: "holds the file", fr: "détient le fichier")
        case .notStated: Localized(en: "not stated", fr: "non précisée")
        case .unknown: Localized(en: "unknown", fr: "inconnu")
        case .yes: Localized(en: "yes", fr: "oui")
        case .moreThanMillion: Localized(en: "more than 1 000 000", fr: "plus de 1 000 000")
        case .shippedModel: Localized(en: "the shipped model", fr: "le modèle livré avec interco")
        case .noBasis: Localized(en: "no legal basis identified", fr: "aucune base légale identifiée")
        case .internalAccess: Localized(en: "internal: the holder's own staff", fr: "accès interne (le personnel du détenteur)")

        case .whoTitle: Localized(en: "Who can reach '{1}'", fr: "Qui peut atteindre « {1} »")
        case .whoTitleMarkdown: Localized(en: "**Who can reach `{1}`**", fr: "**Qui peut atteindre `{1}`**")
        case .fileData: Localized(en: ", a file: its data {1}", fr: ", un fichier : ses données {1}")
        case .anyData: Localized(en: " (any data category)", fr: " (toute catégorie de données)")
        case .sensitiveData: Localized(en: " (every special category of GDPR art. 9: {1})",
                                       fr: " (toutes les catégories particulières de l'art. 9 du RGPD : {1})")
        case .sensitiveTag: Localized(en: " [sensitive, GDPR art. 9]", fr: " [donnée sensible, RGPD art. 9]")
        case .reachTitle: Localized(en: "What '{1}' ({2}) reaches", fr: "Ce que « {1} » ({2}) atteint")
        case .reachTitleMarkdown: Localized(en: "**What `{1}` reaches** ({2})", fr: "**Ce que `{1}` atteint** ({2})")
        case .pathsTitle: Localized(en: "Paths from '{1}' ({2}) to '{3}'", fr: "Chemins de « {1} » ({2}) vers « {3} »")
        case .pathsTitleMarkdown: Localized(en: "**Paths from `{1}` to `{2}`**", fr: "**Chemins de `{1}` vers `{2}`**")

        case .noActor: Localized(en: "No actor reaches this category under these filters.",
                                 fr: "Aucun acteur n'atteint cette catégorie avec ces filtres.")
        case .noActorData: Localized(en: "No actor reaches this data under these filters.",
                                     fr: "Aucun acteur n'atteint ces données avec ces filtres.")
        case .oneActor: Localized(en: "{1} actor.", fr: "{1} acteur.")
        case .actors: Localized(en: "{1} actors.", fr: "{1} acteurs.")
        case .pathsHintWho: Localized(en: " Paths: add --paths, or run interco paths ACTOR {1}.",
                                      fr: " Chemins : ajoutez --paths, ou lancez interco paths ACTEUR {1}.")
        case .noReach: Localized(en: "This actor reaches no personal data under these filters.",
                                 fr: "Cet acteur n'atteint aucune donnée personnelle avec ces filtres.")
        case .oneCategory: Localized(en: "{1} category; via: the file the actor holds or reaches, ← the file the data came from by flow.",
                                     fr: "{1} catégorie ; via : le fichier que l'acteur détient ou atteint, ← le fichier d'où les données viennent par flux.")
        case .categories: Localized(en: "{1} categories; via: the file the actor holds or reaches, ← the file the data came from by flow.",
                                    fr: "{1} catégories ; via : le fichier que l'acteur détient ou atteint, ← le fichier d'où les données viennent par flux.")
        case .pathsHintReach: Localized(en: " Paths: add --paths.", fr: " Chemins : ajoutez --paths.")
        case .noPath: Localized(en: "No path under these filters.", fr: "Aucun chemin avec ces filtres.")
        case .shownPaths: Localized(en: "{1} of {2} paths shown, shortest first (raise --limit to see more)",
                                    fr: "{1} chemins affichés sur {2}, les plus courts d'abord (augmentez --limit pour en voir plus)")
        case .truncated: Localized(
            en: "warning: a path listing stopped at its step budget; fewer paths are listed than exist (narrow it with filters or --max-hops).",
            fr: "attention : une liste de chemins s'est arrêtée à son budget d'étapes ; il existe plus de chemins que ceux listés "
                + "(resserrez-la avec des filtres ou --max-hops).")
        case .truncatedShort: Localized(en: "(answer truncated)", fr: "(réponse tronquée)")
        case .undated: Localized(en: "Counted although their start is unknown (they count at every date): {1}.",
                                 fr: "Comptés bien que leur début soit inconnu (ils comptent à toutes les dates) : {1}.")

        case .peopleTitle: Localized(en: "People in the files that hold this data, where the model gives a number:",
                                     fr: "Personnes dans les fichiers qui détiennent ces données, quand le modèle donne un nombre :")
        case .peopleSum: Localized(
            en: "Sum: {1}, an upper bound on entries, not a number of people: the files overlap (a person can be in several) "
                + "and some count households.",
            fr: "Somme : {1}, un plafond du nombre d'inscriptions, pas un nombre de personnes : les fichiers se recoupent "
                + "(une personne peut figurer dans plusieurs) et certains comptent des foyers.")
        case .peopleIn: Localized(en: " in {1}", fr: " en {1}")
        case .peopleOn: Localized(en: " on {1}", fr: " au {1}")

        case .pathHeader: Localized(en: "{1}: path {2}{3} ({4}{5}, {6})", fr: "{1} : chemin {2}{3} ({4}{5}, {6})")
        case .pathOf: Localized(en: " of {1}", fr: " sur {1}")
        case .oneRight: Localized(en: "{1} right", fr: "{1} droit")
        case .rights: Localized(en: "{1} rights", fr: "{1} droits")
        case .pathMatch: Localized(en: ", match {1}", fr: ", correspondance {1}")
        case .holdsHop: Localized(en: "holds {1}", fr: "détient {1}")
        case .heldByHop: Localized(en: "{1}, held by {2}", fr: "{1}, détenu par {2}")
        case .flowHop: Localized(en: "{1} → {2} by flow{3} (data copied into {2})", fr: "{1} → {2} par le flux{3} (données copiées dans {2})")
        case .rightHop: Localized(en: "right{1}: {2} —{3}→ {4}", fr: "droit{1} : {2} —{3}→ {4}")
        case .data: Localized(en: "data: {1}", fr: "données : {1}")
        case .purpose: Localized(en: "purpose: {1}", fr: "finalité : {1}")
        case .purposeNotStated: Localized(en: "purpose not stated", fr: "finalité non précisée")
        case .basisLine: Localized(en: "basis: {1}", fr: "base légale : {1}")
        case .sinceDate: Localized(en: "since {1}", fr: "depuis {1}")
        case .sinceDay: Localized(en: "since {1}", fr: "depuis le {1}")
        case .sinceUnknown: Localized(en: "since unknown", fr: "début inconnu")
        case .sinceNotStated: Localized(en: "start not stated", fr: "début non précisé")
        case .untilDate: Localized(en: "until {1}", fr: "jusqu'en {1}")
        case .untilDay: Localized(en: "until {1}", fr: "jusqu'au {1}")
        case .statusValue: Localized(en: "status {1}", fr: "statut {1}")
        case .confidenceValue: Localized(en: "confidence {1} ({2})", fr: "confiance {1} ({2})")
        case .sources: Localized(en: "sources: {1}", fr: "sources : {1}")
        case .contradictingSources: Localized(en: "contradicting sources: {1}", fr: "sources contraires : {1}")
        case .contextSources: Localized(en: "context sources: {1}", fr: "sources de contexte : {1}")
        case .note: Localized(en: "note: {1}", fr: "note : {1}")
        case .reaches: Localized(en: "reaches: {1}", fr: "atteint : {1}")

        case .comparedWithModel: Localized(en: "Compared with the model as it is: {1}", fr: "Par rapport au modèle tel qu'il est : {1}")
        case .noActorLost: Localized(en: "no actors lost", fr: "aucun acteur perdu")
        case .oneActorLost: Localized(en: "{1} actor lost", fr: "{1} acteur perdu")
        case .actorsLost: Localized(en: "{1} actors lost", fr: "{1} acteurs perdus")
        case .noRowLost: Localized(en: "no rows lost", fr: "aucune ligne perdue")
        case .oneRowLost: Localized(en: "{1} row lost", fr: "{1} ligne perdue")
        case .rowsLost: Localized(en: "{1} rows lost", fr: "{1} lignes perdues")
        case .noPathLost: Localized(en: "no paths lost", fr: "aucun chemin perdu")
        case .onePathLost: Localized(en: "{1} path lost", fr: "{1} chemin perdu")
        case .pathsLost: Localized(en: "{1} paths lost", fr: "{1} chemins perdus")
        case .noPathLostLine: Localized(en: "No path lost.", fr: "Aucun chemin perdu.")
        case .lostPathsHeading: Localized(en: "Paths lost:", fr: "Chemins perdus :")
        }
    }

    /// The phrase in `language`, filled with `values`.
    public func callAsFunction(_ language: Language, _ values: String...) -> String { text.filled(language, values) }

    /// A count with its noun: `one` for 1 (and 0 in French, which says « 0 droit »), `many` otherwise.
    static func count(_ number: Int, one: AnswerWords, many: AnswerWords, _ language: Language) -> String {
        (number == 1 || language == .fr && number == 0 ? one : many)(language, String(number))
    }

    /// "since 29 October 2013" / « depuis le 29 octobre 2013 », « depuis 2008 ».
    static func since(_ date: ModelDate, _ language: Language) -> String {
        (date.day == nil ? sinceDate : sinceDay)(language, date.prose(language))
    }

    /// "until 2020" / « jusqu'en 2020 », « jusqu'au 1er janvier 2020 ».
    static func until(_ date: ModelDate, _ language: Language) -> String {
        (date.day == nil ? untilDate : untilDay)(language, date.prose(language))
    }
}
