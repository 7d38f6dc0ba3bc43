import Interco
import Testing

/// A preset question read from YAML (`FieldReader+Question.swift`) and the command line it runs
/// (`Question.commandLine`), on `Fixtures/query/questions.yaml`.
@Suite struct QuestionTests {
    let model = Fixtures.model("query/questions.yaml")

    @Test func aQuestionIsReadWithItsPlaces() throws {
        let question = try #require(model.questions.first)
        #expect(question.id.value == "companies")
        #expect(question.title == Localized(en: "Which companies reach data?", fr: "Quelles entreprises atteignent des données ?"))
        #expect(question.command == .whoCanReach)
        #expect(question.arguments.map(\.value) == ["any"])
        #expect(question.filters.map(\.name.value) == ["actor-kind", "status", "paths"])
        #expect(question.filters[0].value.value == "private-company,contractor")
        #expect(question.filters[0].value.location.line == question.filters[0].name.location.line)
    }

    @Test func theCommandLineIsTheCommandItsArgumentsThenItsFilters() throws {
        #expect(model.questions.map(\.commandLine) == [
            ["who-can-reach", "any", "--actor-kind", "private-company,contractor", "--status", "all", "--paths"],
            ["list", "rights", "--at", "2020-06-01"],
        ])
    }
}
