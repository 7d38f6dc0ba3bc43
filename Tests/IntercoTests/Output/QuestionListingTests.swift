import Interco
import Testing

/// How `interco ask` lists and heads questions (`QuestionListing`), on `Fixtures/query/questions.yaml`.
@Suite struct QuestionListingTests {
    let model = Fixtures.model("query/questions.yaml")

    @Test func listingGivesTitlesInTheLanguageAskedWithFrenchSpacing() {
        let french = QuestionListing.table(model.questions, language: .fr)
        #expect(french.headers == ["id", "question", "commande"])
        #expect(french.rows[0][1] == "Quelles entreprises atteignent des données\u{202F}?")
        #expect(QuestionListing.table(model.questions, language: .en).rows[0][1] == "Which companies reach data?")
        #expect(QuestionListing.table(model.questions, language: nil).headers == ["id", "title", "command"])
        #expect(QuestionListing.heading(model.questions[1], language: .en, format: .json) == nil)
        #expect(QuestionListing.heading(model.questions[1], language: .en, format: .text)
                == "Which rights were in force?\ninterco list rights --at 2020-06-01\n\n")
    }
}
