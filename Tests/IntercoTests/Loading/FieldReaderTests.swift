import Foundation
@testable import Interco
import Testing

/// Fields whose reading has its own rule: empty limits, merge keys.
@Suite struct FieldReaderTests {
    static let base = """
        sources:
          - {id: s1, title: Source}
        data:
          - {id: health, name: Santé}
        actors:
          - {id: a, name: A, kind: state, sources: [s1]}
          - {id: b, name: B, kind: state, sources: [s1]}
        files:
          - {id: f, name: F, held_by: b, data: [health], sources: [s1]}

        """

    /// The errors (the base model has warnings: undated, no basis).
    func diagnostics(_ text: String) -> [String] {
        ModelLoader().load(inputs: [.init(path: "m.yaml", bytes: Array((Self.base + text).utf8))]).diagnostics
            .filter { $0.severity == .error }.map(\.withoutCode)
    }

    @Test func anEmptyDataLimitOnARightIsAnError() {
        #expect(diagnostics("rights:\n  - {actor: a, reaches: f, kind: consultation, data: [], sources: [s1]}\n")
                    == ["m.yaml:11:54: error: 'data' of right is an empty list: an empty limit gives nothing; remove `data` to take all"])
    }

    @Test func anEmptyDataLimitOnAFlowIsAnError() {
        #expect(diagnostics("flows:\n  - {from: f, into: f, data: [], sources: [s1]}\n").last
                    == "m.yaml:11:30: error: 'data' of flow is an empty list: an empty limit gives nothing; remove `data` to take all")
    }

    @Test func mergeKeysAreNamed() {
        #expect(diagnostics("rights:\n  - {<<: {kind: consultation}, actor: a, reaches: f, kind: consultation, sources: [s1]}\n")
                    == ["m.yaml:11:6: error: merge keys ('<<') are not supported in model files: write the keys of right out"])
    }

    /// The model of `text` after the base, errors and all.
    func loaded(_ text: String) -> ModelLoader.Result {
        ModelLoader().load(inputs: [.init(path: "m.yaml", bytes: Array((Self.base + text).utf8))])
    }

    @Test func aTextIsPlainOrOneTextPerLanguage() throws {
        let result = loaded("""
            populations:
              - {id: p1, name: Allocataires, description: plain}
              - id: p2
                name: {fr: Demandeurs d'emploi, en: Jobseekers}
                description:
                  fr: Inscrits à France Travail
                  en: Registered with France Travail
              - {id: p3, name: {fr: Seulement en français}}

            """)
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        let populations = result.model.populations
        #expect(populations[0].name == Localized(en: "Allocataires", fr: "Allocataires"))
        #expect(populations[0].description.text(.fr) == "plain")
        #expect(populations[1].name.text(.fr) == "Demandeurs d'emploi" && populations[1].name.text(.en) == "Jobseekers")
        #expect(populations[1].description.text(.en) == "Registered with France Travail")
        #expect(populations[2].name.text(.en) == "Seulement en français", "a missing language falls back to the other")
    }

    @Test func notesAndBasisNotesOfRightsAndFlowsAreBilingual() throws {
        let result = loaded("""
            rights:
              - {id: r, actor: a, reaches: f, kind: consultation, since: 2020, sources: [s1], note: {en: Note, fr: Remarque},
                 basis_note: {en: No text found, fr: Aucun texte trouvé}}
            flows:
              - {from: f, into: f, since: 2020, sources: [s1], note: {fr: Flux}}

            """)
        let right = try #require(result.model.rights.first)
        #expect(right.note.text(.fr) == "Remarque" && right.note.text(.en) == "Note")
        #expect(right.basisNote.text(.fr) == "Aucun texte trouvé")
        #expect(result.model.flows.first?.note.text(.en) == "Flux")
    }

    @Test func anythingElseIsABilingualTextErrorAtItsPlace() {
        #expect(diagnostics("populations:\n  - {id: p, name: [A, B]}\n")
                    == ["m.yaml:11:19: error: 'name' must be text or {fr: …, en: …}, found a list"])
        #expect(diagnostics("populations:\n  - {id: p, name: {fr: A, de: B}}\n")
                    == ["m.yaml:11:27: error: unknown language 'de' in 'name' (did you mean 'en'?); a text in two languages has the keys fr and en"])
        #expect(diagnostics("populations:\n  - {id: p, name: {fr: A, em: B}}\n")
                    == ["m.yaml:11:27: error: unknown language 'em' in 'name' (did you mean 'en'?); a text in two languages has the keys fr and en"])
        #expect(diagnostics("populations:\n  - {id: p, name: {fr: [A]}}\n")
                    == ["m.yaml:11:24: error: 'fr' of 'name' must be text, found a list"])
        #expect(diagnostics("populations:\n  - {id: p, name: {fr: }}\n")
                    == ["m.yaml:11:24: error: 'fr' of 'name' must be text, found nothing (null)"])
        #expect(diagnostics("populations:\n  - {id: p, name: {}}\n")
                    == ["m.yaml:11:19: error: 'name' gives no text: write {fr: …, en: …}, or one of the two"])
        #expect(diagnostics("populations:\n  - {id: p, name: {[x]: A}}\n")
                    == ["m.yaml:11:20: error: a language of 'name' must be named fr or en, found a list"])
        #expect(diagnostics("populations:\n  - {id: p, name: {fr: A, fr: B}}\n")
                    == ["m.yaml:11:27: error: key 'fr' is given twice in this 'name'"])
    }

    @Test func theErrorsCarryTheirCode() {
        let codes = loaded("populations:\n  - {id: p, name: {de: A}}\n").diagnostics.filter { $0.severity == .error }.map(\.code)
        #expect(codes == ["bilingual-text"])
    }
}
