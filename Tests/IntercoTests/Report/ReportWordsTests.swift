@testable import Interco
import Testing

/// The report's words: both languages given for every phrase, French spacing applied.
@Suite struct ReportWordsTests {
    @Test func everyPhraseHasBothLanguages() {
        for word in ReportWords.allCases {
            #expect(!word.text.en.isEmpty && !word.text.fr.isEmpty, "\(word)")
        }
    }

    @Test func frenchPhrasesGetFrenchSpacing() {
        #expect(ReportWords.reaches(.fr) == "atteint\u{A0}:")
        #expect(ReportWords.reaches(.en) == "reaches:")
        for word in ReportWords.allCases {
            #expect(!word(.fr).contains(" :") && !word(.fr).contains(" ;"), "\(word)")
        }
    }
}
