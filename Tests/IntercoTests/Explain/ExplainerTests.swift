@testable import Interco
import Testing

/// Explanations of `Fixtures/lookup/names.yaml`, in both languages.
@Suite struct ExplainerTests {
    let model = Fixtures.model("lookup/names.yaml")

    func explain(_ id: String, _ language: Language = .en) -> [Explanation] {
        Explainer(model, language: language).explanations(of: id)
    }

    func section(_ explanation: Explanation, _ key: String) -> Explanation.Section? {
        explanation.sections.first { $0.key == key }
    }

    @Test func aRightSaysWhatItLetsTheActorDo() throws {
        let right = try #require(explain("r-look").first)
        #expect(right.sort == .right)
        #expect(right.title == "Right r-look · fund-a → register (consultation)")
        #expect(section(right, "what")?.paragraphs == [
            "Caisse A (fund-a) can consult the file \"Registre\" (register), held by Opérateur national, "
                + "about: Identité (identity), for: eligibility.",
        ])
        #expect(section(right, "kind")?.paragraphs.first?.hasPrefix("A consultation lets") == true)
        #expect(section(right, "basis")?.paragraphs == ["Art. 1 de la loi"])
        #expect(section(right, "dates")?.paragraphs == ["Since 1 March 2012, until 2030 (that day excluded)."])
        #expect(section(right, "standing")?.items.map(\.code) == ["in-force", "official"])
        #expect(section(right, "sources")?.items.map(\.code) == ["supports", "context"])
        #expect(section(right, "sources")?.items.first?.url == "https://example.org/law")
        #expect(section(right, "recourse")?.paragraphs.first?.contains("article 15 of the GDPR") == true)
    }

    @Test func aRightInFrenchUsesFrenchWordsAndTypography() throws {
        let right = try #require(explain("r-look", .fr).first)
        #expect(right.title == "Droit r-look · fund-a → register (consultation)")
        #expect(section(right, "what")?.paragraphs == [
            "L'acteur « Caisse A » (fund-a) peut consulter le fichier « Registre » (register), détenu par Opérateur national, "
                + "portant sur\u{A0}: Identité (identity), pour la finalité\u{A0}: eligibility.",
        ])
        #expect(section(right, "dates")?.paragraphs == ["Depuis le 1er mars 2012, jusqu'en 2030 (ce jour exclu)."])
        #expect(section(right, "kind")?.heading == "Qu'est-ce qu'une consultation\u{202F}?")
        #expect(section(right, "recourse")?.paragraphs.first?.contains("article 15 du RGPD") == true)
    }

    @Test func anAllegedRightWithoutBasisSaysSo() throws {
        let right = try #require(explain("r-ask").first)
        #expect(section(right, "what")?.paragraphs.first?.hasPrefix(
            "Caisse B (fund-b) can, according to some sources, demand documents and information from Banque (bank)") == true)
        #expect(section(right, "basis")?.paragraphs == ["No legal basis identified.", "no text found"])
        #expect(section(right, "standing")?.items.first?.text.hasPrefix("alleged — Only claimed") == true)
        #expect(section(right, "safeguards") == nil)
    }

    @Test func aFileListsWhatReachesItAndItsSafeguards() throws {
        let file = try #require(explain("ledger").first)
        #expect(file.sort == .file)
        #expect(section(file, "referenced")?.items.map(\.id) == ["f-copy"])
        #expect(section(file, "safeguards")?.items.map(\.text) == ["10 ans [press]"])
        #expect(section(file, "standing")?.items.map(\.code) == ["alleged", "reported"])
    }

    @Test func anActorIsFoundByItsFormerName() throws {
        let actor = try #require(explain("pole-emploi").first)
        #expect(actor.id == "operator")
        #expect(section(actor, "files")?.items.map(\.id) == ["register"])
    }

    @Test func aSensitiveCategoryNamesGDPRArticle9() throws {
        let category = try #require(explain("income").first)
        #expect(category.sort == .category)
        #expect(section(category, "fields")?.paragraphs.first?.contains("GDPR article 9") == true)
        #expect(section(category, "files")?.items.map(\.id) == ["ledger"])
    }

    @Test func aSourceListsWhatCitesIt() throws {
        let source = try #require(explain("press").first)
        #expect(section(source, "cited-by")?.items.map(\.id) == ["ledger", "r-look", "r-ask"])
        #expect(section(source, "fields")?.items.map(\.text).contains("March 2021") == true)
    }

    @Test func unknownIdsGetAHintOfAnySort() {
        #expect(explain("nothing").isEmpty)
        #expect(Explainer(model, language: .en).hint(for: "ledgr") == " (did you mean 'ledger', a file?)")
    }
}
