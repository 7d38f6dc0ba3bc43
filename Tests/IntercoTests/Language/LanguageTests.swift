import Interco
import Testing

@Suite struct LanguageTests {
    @Test func theEnvironmentChoosesAsPOSIXOrdersIt() {
        #expect(Language.from(environment: [:]) == .en)
        #expect(Language.from(environment: ["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.from(environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(Language.from(environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_CA"]) == .fr)
        #expect(Language.from(environment: ["LC_ALL": "", "LANG": "fr"]) == .fr, "an empty variable does not decide")
        #expect(Language.from(environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LANG": "C.UTF-8"]) == .en)
    }

    @Test func aTextFallsBackToTheOtherLanguage() {
        let both = Localized(en: "bank statements", fr: "relevés bancaires")
        #expect(both.text(.fr) == "relevés bancaires")
        #expect(both.text(.en) == "bank statements")
        #expect(Localized(en: "", fr: "seulement en français").text(.en) == "seulement en français")
        #expect(Localized(en: "English only", fr: "").text(.fr) == "English only")
    }

    @Test func everyVocabularyValueHasAWordInEachLanguage() {
        func check<V: Vocabulary & Labelled>(_ type: V.Type) {
            for value in V.allCases {
                #expect(!value.label(.en).isEmpty && !value.label(.fr).isEmpty, "\(value.rawValue)")
            }
            #expect(Set(V.allCases.map { $0.label(.fr) }).count == V.allCases.count, "\(V.vocabularyName): French words are distinct")
            #expect(Set(V.allCases.map { $0.label(.en) }).count == V.allCases.count, "\(V.vocabularyName): English words are distinct")
        }
        check(Status.self)
        check(RightKind.self)
        check(Confidence.self)
        check(ActorKind.self)
        check(FileKind.self)
        #expect(Status.inForce.label(.fr) == "en vigueur")
        #expect(RightKind.communication.label(.fr) == "droit de communication")
        #expect(Set(Match.allCases.map { $0.label(.fr) }).count == Match.allCases.count)
    }
}
