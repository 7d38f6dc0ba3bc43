/// What the model's closed vocabularies mean, for people, in both languages: one short paragraph
/// per right kind (as BloodHound explains its edges), per status and per confidence value, and
/// what a person can do. General statements only; the model's own texts say the particulars.
enum AccessWords {
    /// The heading that asks what a kind of access is.
    static func question(_ kind: RightKind) -> Localized {
        switch kind {
        case .consultation: Localized(en: "What a consultation is", fr: "Qu'est-ce qu'une consultation ?")
        case .communication: Localized(en: "What the droit de communication is", fr: "Qu'est-ce que le droit de communication ?")
        case .transmission: Localized(en: "What a transmission is", fr: "Qu'est-ce qu'une transmission ?")
        case .interconnection: Localized(en: "What an interconnection is", fr: "Qu'est-ce qu'une interconnexion ?")
        case .processing: Localized(en: "What processing is", fr: "Qu'est-ce qu'un traitement ?")
        }
    }

    /// What a kind of access means.
    static func meaning(_ kind: RightKind) -> Localized {
        switch kind {
        case .consultation:
            Localized(
                en: "A consultation lets the actor's authorised staff look up entries of a file, usually through an online "
                    + "service, when they need them for the stated purpose. When the file is another body's, the data stay "
                    + "in the holder's file, and what the staff see can then be used in the actor's own decisions and files.",
                fr: "Une consultation permet aux agents habilités de l'acteur de consulter des données d'un fichier, le plus "
                    + "souvent par un service en ligne, lorsqu'ils en ont besoin pour la finalité prévue. Quand le fichier "
                    + "est celui d'un autre organisme, les données restent dans le fichier du détenteur, et ce que les agents "
                    + "voient peut ensuite servir aux décisions et aux dossiers de l'acteur.")
        case .communication:
            Localized(
                en: "The droit de communication lets the actor demand documents and information from a third party "
                    + "(a bank, an energy supplier, an employer…), which has to answer. The text that grants it says which "
                    + "third parties, which documents and on what terms; some texts add that professional secrecy cannot "
                    + "be raised against the request. It is used request by request, about a given person or, where a "
                    + "text allows it, about people who are not named.",
                fr: "Le droit de communication permet à l'acteur d'exiger d'un tiers (une banque, un fournisseur d'énergie, "
                    + "un employeur…) des documents et des informations, que ce tiers doit fournir. Le texte qui l'accorde "
                    + "dit quels tiers, quels documents et à quelles conditions ; certains textes précisent que le secret "
                    + "professionnel ne peut pas être opposé à la demande. Il s'exerce demande par demande, sur une personne "
                    + "donnée ou, quand un texte le permet, sur des personnes non nommément désignées.")
        case .transmission:
            Localized(
                en: "A transmission means that the holder sends data to the actor, on its own initiative or as a text "
                    + "organises it, rather than the actor looking them up. Once sent, the data are held by the actor too.",
                fr: "Une transmission signifie que le détenteur envoie des données à l'acteur, de lui-même ou comme un texte "
                    + "l'organise, au lieu que l'acteur aille les consulter. Une fois envoyées, les données sont aussi "
                    + "détenues par l'acteur.")
        case .interconnection:
            Localized(
                en: "An interconnection links files so that their records are matched or shared automatically, often in "
                    + "bulk, by an identifier (the NIR, a name and date of birth…). Matching can bring out facts that "
                    + "neither file shows alone.",
                fr: "Une interconnexion relie des fichiers pour que leurs données soient rapprochées ou partagées "
                    + "automatiquement, souvent en masse, grâce à un identifiant (le NIR, un nom et une date de "
                    + "naissance…). Le rapprochement peut faire apparaître des faits qu'aucun des fichiers ne montre seul.")
        case .processing:
            Localized(
                en: "Processing means that the actor operates on the data itself: it collects, computes, scores or "
                    + "manages them, for itself or on behalf of another body (as a contractor does). The GDPR calls any "
                    + "operation on personal data processing; here it marks access that comes from running the processing.",
                fr: "Un traitement signifie que l'acteur opère lui-même sur les données : il les collecte, les calcule, "
                    + "les note ou les gère, pour lui-même ou pour le compte d'un autre organisme (comme un prestataire). "
                    + "Le RGPD appelle traitement toute opération sur des données personnelles ; ici, il désigne l'accès "
                    + "qui vient de ce que l'acteur conduit le traitement.")
        }
    }

    /// What a status means for a right, a flow or a file (a sentence, without the status's name).
    static func meaning(_ status: Status) -> Localized {
        switch status {
        case .inForce: Localized(en: "The sources show it applied, by a text or in practice.",
                                 fr: "Les sources le montrent appliqué, par un texte ou dans la pratique.")
        case .experimental: Localized(en: "It applies for a trial, limited in time or in place.",
                                      fr: "Il s'applique à titre d'essai, limité dans le temps ou dans l'espace.")
        case .planned: Localized(en: "Announced or adopted, not yet applied.",
                                 fr: "Annoncé ou adopté, pas encore appliqué.")
        case .alleged: Localized(en: "Only claimed, by a single or an interested source; not confirmed.",
                                 fr: "Seulement affirmé, par une source unique ou intéressée ; non confirmé.")
        case .censured: Localized(en: "Struck down by a court; it does not apply as written.",
                                  fr: "Annulé par une juridiction ; il ne s'applique pas tel qu'il était écrit.")
        case .repealed: Localized(en: "Removed by a later text.",
                                  fr: "Supprimé par un texte ultérieur.")
        case .ended: Localized(en: "No longer in force; the model does not say what ended it.",
                               fr: "Plus en vigueur ; le modèle ne dit pas ce qui y a mis fin.")
        }
    }

    /// What a confidence value means.
    static func meaning(_ confidence: Confidence) -> Localized {
        switch confidence {
        case .official: Localized(en: "An official or primary text was found.",
                                  fr: "Un texte officiel ou primaire a été trouvé.")
        case .corroborated: Localized(en: "Consistent secondary sources, no primary text.",
                                      fr: "Des sources secondaires concordantes, sans texte primaire.")
        case .reported: Localized(en: "One source only (a single press or advocacy article, one hearing).",
                                  fr: "Une seule source (un article de presse ou d'une association, une audition).")
        case .inferred: Localized(en: "The map's own inference, said so in a note.",
                                  fr: "Une déduction des auteurs de la carte, signalée dans une note.")
        case .disputed: Localized(en: "Contradicted or disputed by what was found.",
                                  fr: "Contredit ou contesté par ce qui a été trouvé.")
        }
    }

    /// The role of a cited source.
    static func label(_ role: SourceRole) -> Localized {
        switch role {
        case .supports: Localized(en: "supports", fr: "appuie")
        case .context: Localized(en: "context", fr: "contexte")
        case .contradicts: Localized(en: "contradicts", fr: "contredit")
        }
    }

    /// What a person can do, in general; `bodies` names who holds or receives the data.
    static func recourse(_ bodies: String) -> Localized {
        Localized(
            en: "Under article 15 of the GDPR, anyone can ask a body that processes data about them (here: \(bodies)) "
                + "to confirm it, and obtain a copy of those data with the purposes and recipients of the processing. "
                + "Anyone who thinks their data are processed unlawfully can lodge a complaint with the CNIL "
                + "(https://www.cnil.fr). This is general information, not legal advice.",
            fr: "Au titre de l'article 15 du RGPD, toute personne peut demander à un organisme qui traite des données la "
                + "concernant (ici : \(bodies)) de le lui confirmer, et obtenir une copie de ces données avec les finalités "
                + "et les destinataires du traitement. Toute personne qui estime que ses données sont traitées de façon "
                + "illicite peut adresser une plainte à la CNIL (https://www.cnil.fr). Ce sont des indications générales, "
                + "pas un conseil juridique.")
    }
}
