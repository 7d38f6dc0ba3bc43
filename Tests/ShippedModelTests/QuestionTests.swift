import Foundation
import Interco
import Testing
import Yams

/// Runs every question of `questions.yaml` on the model built into the binary and checks the ids
/// its answer must and must not contain. Each question cites the fact-sheet entry behind it.
@Suite struct QuestionTests {
    /// The day the questions were written for; a question without `at` is asked on that day, so
    /// the suite does not change meaning as the calendar moves.
    static let defaultDay = ModelDate(year: 2026, month: 11, day: 25)

    struct Question: CustomTestStringConvertible, Sendable {
        var text: String
        var fields: [String: String]
        var lists: [String: [String]]
        var testDescription: String { text }
    }

    static let questions: [Question] = {
        let url = Bundle.module.url(forResource: "questions", withExtension: "yaml")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        let entries = try! Yams.load(yaml: text, .basic) as! [[String: Any]]
        return entries.map { entry in
            var fields: [String: String] = [:]
            var lists: [String: [String]] = [:]
            for (key, value) in entry {
                if let list = value as? [Any] { lists[key] = list.map { "\($0)" } } else { fields[key] = "\(value)" }
            }
            return Question(text: fields["question"] ?? "?", fields: fields, lists: lists)
        }
    }()

    static let loaded = ModelLoader.loadShipped()
    static let index = AccessIndex(loaded.model)

    @Test func shippedModelIsStrictlyValid() {
        #expect(Self.loaded.diagnostics.map(\.description) == [])
    }

    @Test func thereAreEnoughQuestionsAndEachCitesTheFactSheet() {
        #expect(Self.questions.count >= 25)
        #expect(Self.questions.allSatisfy { !($0.lists["cites"] ?? []).isEmpty })
    }

    @Test(arguments: questions)
    func question(_ question: Question) throws {
        let index = Self.index
        let day: QueryFilters.Day = switch question.fields["at"] {
        case nil: .on(Self.defaultDay)
        case "any": .any
        case let text?: .on(try ModelDate.parse(text).get())
        }
        var statuses = Status.queryDefault
        if question.fields["status"] == "all" { statuses = Set(Status.allCases) }
        if let list = question.lists["status"] { statuses = Set(list.compactMap(Status.init(rawValue:))) }
        let filters = QueryFilters(day: day, statuses: statuses, purpose: question.fields["purpose"],
                                   about: question.fields["about"], maxHops: Int(question.fields["max_hops"] ?? "1") ?? 1)
        let finder = PathFinder(index: index, filters: filters)
        var ids = Set<String>()
        switch question.fields["command"] {
        case "who-can-reach":
            let category = try #require(index.category(question.fields["category"] ?? ""), "unknown category")
            ids = Set(finder.whoCanReach(category).rows.map(\.actor.id.value))
        case "reach":
            let actor = try #require(index.actor(question.fields["actor"] ?? ""), "unknown actor")
            let answer = finder.reach(actor)
            ids = Set(answer.rows.flatMap { [$0.category.id.value, $0.via] })
        case "paths":
            let actor = try #require(index.actor(question.fields["actor"] ?? ""), "unknown actor")
            let category = try #require(index.category(question.fields["category"] ?? ""), "unknown category")
            let answer = finder.paths(from: actor, to: category, limit: 1000)
            ids = Set(answer.paths.flatMap { path in path.hops.flatMap { [$0.from, $0.to] + ($0.id.map { [$0] } ?? []) } })
        default:
            Issue.record("unknown command \(question.fields["command"] ?? "nil")")
        }
        for id in question.lists["includes"] ?? [] {
            #expect(ids.contains(id), "\(id) should be in the answer (\(question.lists["cites"] ?? []))")
        }
        for id in question.lists["excludes"] ?? [] {
            #expect(!ids.contains(id), "\(id) should not be in the answer (\(question.lists["cites"] ?? []))")
        }
    }
}
