@testable import Interco
import Testing

/// A question about a file's data (every category it declares) or about any category, on
/// `Fixtures/query/reach-ways.yaml`: the answer is the union of the one-category answers, and a
/// path that reaches several of the categories counts once.
@Suite struct SubjectTests {
    let index = AccessIndex(Fixtures.model("query/reach-ways.yaml"))
    var finder: PathFinder { PathFinder(index: index, filters: QueryFilters(day: .on(try! ModelDate.parse("2024-01-01").get()))) }

    func accounts() throws -> Subject {
        let file = try #require(index.fileIDs.firstIndex(of: "accounts"))
        return try #require(Subject.file(file, in: index))
    }

    func actors(_ answer: WhoCanReachAnswer) -> Set<String> { Set(answer.rows.map(\.actor.id.value)) }

    @Test func aFileStandsForEveryCategoryItDeclares() throws {
        let subject = try accounts()
        #expect(subject.kind == .file)
        #expect(subject.categoryIDs == ["bank-accounts", "identity"])
        let union = actors(finder.whoCanReach(index.category("bank-accounts")!)).union(actors(finder.whoCanReach(index.category("identity")!)))
        let answer = finder.whoCanReach(subject)
        #expect(actors(answer) == union)
        #expect(answer.rows.allSatisfy { $0.match == .exact })
    }

    @Test func aPathReachingSeveralOfTheCategoriesCountsOnce() throws {
        let subject = try accounts()
        let answer = finder.paths(from: index.actor("tax")!, to: subject, limit: 10)
        #expect(answer.total == 1)
        #expect(answer.paths.map(\.reached) == [["bank-accounts", "identity"]])
        #expect(answer.paths.map(\.match) == [.exact])
    }

    @Test func anyIsEveryActorThatReachesSomeData() {
        let union = index.categoryIDs.indices.reduce(into: Set<String>()) { $0.formUnion(actors(finder.whoCanReach($1))) }
        let answer = finder.whoCanReach(.any(in: index))
        #expect(actors(answer) == union)
        #expect(!union.isEmpty)
        #expect(answer.rows.allSatisfy { $0.match == .exact })
    }

    @Test func matchesAreWithTheNearestCategoryAskedAbout() {
        let subject = Subject(kind: .file, id: "made", name: Localized(""), sensitive: false,
                              categories: [index.category("bank-accounts")!, index.category("health")!],
                              categoryIDs: ["bank-accounts", "health"])
        let answer = PathFinder(index: index, filters: QueryFilters(day: .any)).whoCanReach(subject)
        #expect(answer.rows.first { $0.actor.id.value == "tax" }?.match == .exact)
        #expect(Subject.any(in: index).match(reached: index.category("health")!, index) == .exact)
        #expect(subject.match(reached: index.category("financial")!, index) == .broader)
        #expect(subject.match(reached: index.category("health")!, index) == .exact)
        #expect(subject.match(reached: index.category("identity")!, index) == nil)
    }
}
