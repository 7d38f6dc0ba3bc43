import Foundation
import Interco
import Testing
import Yams

/// Runs every question of `questions.yaml` on the model built into the binary and checks the ids
/// its answer must and must not contain, and the fields of the records it pins. Each question cites
/// the model's own sources, rights, flows or files behind it.
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

    static let loaded = ModelLoader().loadShipped()
    static let index = AccessIndex(loaded.model)

    @Test func shippedModelIsStrictlyValid() {
        #expect(Self.loaded.diagnostics.map(\.description) == [])
    }

    @Test func thereAreEnoughQuestionsAndEachCitesTheModel() {
        #expect(Self.questions.count >= 25)
        #expect(Self.questions.allSatisfy { !($0.lists["cites"] ?? []).isEmpty })
        let model = Self.loaded.model
        let ids = Set(model.sources.map(\.id.value) + model.files.map(\.id.value)
            + model.rights.compactMap(\.id?.value) + model.flows.compactMap(\.id?.value))
        for question in Self.questions {
            for cited in question.lists["cites"] ?? [] {
                #expect(ids.contains(cited), "\(question.text): '\(cited)' is not an id of the model")
            }
        }
    }

    /// The value of `field` of the file, right or flow `id`, as `questions.yaml` writes it; nil when no such record.
    static func field(_ field: String, of id: String) -> String? {
        let model = loaded.model
        func date(_ value: Located<ModelDate>?, unknown: Bool) -> String { value?.value.description ?? (unknown ? "unknown" : "") }
        func role(_ source: String, _ sources: [Located<String>], _ roles: [String: SourceRole]) -> String {
            sources.contains { $0.value == source } ? (roles[source] ?? .supports).rawValue : ""
        }
        func safeguard(_ field: String, _ safeguards: Safeguards) -> String? {
            switch field {
            case "retention.source": safeguards.retention?.source.value ?? ""
            case "people": safeguards.people.map { String($0.number) } ?? ""
            case "cnil": safeguards.cnil?.value ?? ""
            default: nil
            }
        }
        /// The fields rights and flows share.
        func standing(_ basis: String?, _ status: Status, _ confidence: Confidence?, _ since: Located<ModelDate>?,
                      _ unknown: Bool, _ purpose: String?) -> String? {
            switch field {
            case "basis": basis ?? ""
            case "status": status.rawValue
            case "confidence": confidence?.rawValue ?? ""
            case "since": date(since, unknown: unknown)
            case "purpose": purpose ?? ""
            default: nil
            }
        }
        if let right = model.rights.first(where: { $0.id?.value == id }) {
            if field.hasPrefix("role.") { return role(String(field.dropFirst(5)), right.sources, right.sourceRoles) }
            if field == "until" { return date(right.until, unknown: false) }
            if field == "internal" { return String(right.internal) }
            return standing(right.basis, right.status, right.confidence, right.since, right.sinceUnknown, right.purpose)
                ?? safeguard(field, right.safeguards)
        }
        if let flow = model.flows.first(where: { $0.id?.value == id }) {
            if field.hasPrefix("role.") { return role(String(field.dropFirst(5)), flow.sources, flow.sourceRoles) }
            return standing(flow.basis, flow.status, flow.confidence, flow.since, flow.sinceUnknown, flow.purpose)
        }
        if let file = model.files.first(where: { $0.id.value == id }) {
            if field.hasPrefix("role.") { return role(String(field.dropFirst(5)), file.sources, file.sourceRoles) }
            switch field {
            case "status": return file.status.rawValue
            case "confidence": return file.confidence?.rawValue ?? ""
            case "since": return date(file.since, unknown: file.sinceUnknown)
            default: return safeguard(field, file.safeguards)
            }
        }
        return nil
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
            ids = Set(answer.rows.flatMap { [$0.category.id.value, $0.place.entry] + ($0.place.origin.map { [$0] } ?? []) })
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
        for fact in question.lists["facts"] ?? [] {
            let parts = fact.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let path = parts[0].split(separator: ".", maxSplits: 1)
            try #require(parts.count == 2 && path.count == 2, "facts are written id.field=value: \(fact)")
            let actual = try #require(Self.field(String(path[1]), of: String(path[0])), "no such record or field: \(fact)")
            #expect(actual == String(parts[1]), "\(fact): found '\(actual)'")
        }
    }
}
