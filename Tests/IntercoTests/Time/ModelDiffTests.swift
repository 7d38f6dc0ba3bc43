import Foundation
@testable import Interco
import Testing

/// `ModelDiff` on `query/history.yaml`: facts that changed between two days or two models, with
/// their dated events, and the actor × category pairs gained and lost.
@Suite struct ModelDiffTests {
    static let model = Fixtures.model("query/history.yaml")
    static let index = AccessIndex(model)

    static func finder(_ day: String, _ index: AccessIndex = index, statuses: Set<Status> = Status.queryDefault) -> PathFinder {
        PathFinder(index: index, filters: QueryFilters(day: .on(try! ModelDate.parse(day).get()), statuses: statuses))
    }

    static let diff = ModelDiff.between(finder("2019"), finder("2024"))

    static func fact(_ name: String, in diff: ModelDiff = diff) -> ModelDiff.Fact? { diff.facts.first { $0.name == name } }

    @Test func factsThatAppearedOrEndedBetweenTwoDays() throws {
        #expect(Self.diff.facts.map { "\($0.date.map { "\($0)" } ?? "?") \($0.change.rawValue) \($0.name)" }
                == ["2019-06-14 ended r-old", "2020-12-29 appeared r-comm", "2023-12-14 ended r-share", "2023-12-14 ended r-unknown"])
        let comm = try #require(Self.fact("r-comm"))
        #expect(comm.events.map { $0.date?.value.description } == ["2020-12-29", "2022-07-01"])
        #expect(comm.basisAfter == "Finance law, art. 268; decree on unnamed persons" && comm.before == nil)
        #expect(comm.sources == ["law", "decree"])
        let share = try #require(Self.fact("r-share"))
        #expect(share.after?.status.value == .censured && share.events.map(\.status.value) == [.planned, .censured])
        let old = try #require(Self.fact("r-old"))
        #expect(old.before?.status.value == .inForce && old.after?.status.value == .censured && old.sources == ["law"])
    }

    @Test func aChangeOfBasisAloneIsABasisChange() throws {
        let diff = ModelDiff.between(Self.finder("2021"), Self.finder("2023"))
        let comm = try #require(Self.fact("r-comm", in: diff))
        #expect(comm.change == .basis && comm.basisBefore == "Finance law, art. 268")
        #expect(comm.events.map { $0.date?.value.description } == ["2022-07-01"])
        #expect(diff.gained.isEmpty && diff.lost.isEmpty)
    }

    @Test func aStatusChangeThatDoesNotEndIsAStatusChange() throws {
        let diff = ModelDiff.between(Self.finder("2023-07"), Self.finder("2024"))
        #expect(Self.fact("r-share", in: diff)?.change == .ended)
        let planned = ModelDiff.between(Self.finder("2023-01"), Self.finder("2023-07"))
        #expect(Self.fact("r-share", in: planned)?.change == .appeared)
        #expect(Self.fact("r-trial", in: ModelDiff.between(Self.finder("2012"), Self.finder("2016")))?.change == .ended)
    }

    @Test func pairsGainedAndLostComeWithAPath() throws {
        #expect(Self.diff.gained.map { "\($0.actor) \($0.category)" } == ["agency bank-data"])
        #expect(Self.diff.lost.map { "\($0.actor) \($0.category)" } == ["fund bank-data", "network bank-data"])
        let gained = try #require(Self.diff.gained.first?.path)
        #expect(gained.hops.first?.id == "r-comm" && gained.hops.first?.basis == "Finance law, art. 268; decree on unnamed persons")
        #expect(Self.diff.gained[0].pathText(nil) == "agency —communication r-comm→ bank ⇒ accounts")
        #expect(Self.diff.gained[0].pathText(.fr) == "agency —droit de communication r-comm→ bank ⇒ accounts")
        #expect(Self.diff.lost[0].path?.hops.first?.id == "r-old")
    }

    @Test func pairsFollowTheStatusesAsked() {
        let all = ModelDiff.between(Self.finder("2019", statuses: Set(Status.allCases)), Self.finder("2024", statuses: Set(Status.allCases)))
        // Censured facts count under every status: the network gains the jobseekers' data as censured.
        #expect(all.gained.map { "\($0.actor) \($0.category)" } == ["agency bank-data", "network status"])
        #expect(all.lost.isEmpty)
    }

    @Test func twoModelsOnOneDay() throws {
        var later = Self.model
        later.rights.removeAll { $0.id?.value == "r-comm" }
        let laterIndex = AccessIndex(later)
        let diff = ModelDiff.between(Self.finder("2024"), Self.finder("2024", laterIndex))
        #expect(diff.facts.map { "\($0.change.rawValue) \($0.name)" } == ["ended r-comm"])
        // Taken out of the second model: its last state is shown, but no day of change.
        #expect(diff.facts[0].removed && diff.facts[0].date == nil)
        #expect(try #require(Self.fact("r-comm", in: diff)).events.map { $0.date?.value.description } == ["2022-07-01"])
        #expect(diff.lost.map { "\($0.actor) \($0.category)" } == ["agency bank-data"] && diff.gained.isEmpty)
        #expect(ModelDiff.between(Self.finder("2024"), Self.finder("2024")).facts.isEmpty)
    }

    @Test func outputsInBothLanguagesAndForPrograms() throws {
        let english = Self.diff.rendered(.text, language: .en)
        #expect(english.hasPrefix("What changed from 2019 to 2024\nbefore: model: model · as of 2019"))
        #expect(english.contains("Facts that changed (4)") && english.contains("appeared") && english.contains("ended") && english.contains("2023-06-07 planned; 2023-12-14 censured"))
        let french = Self.diff.rendered(.text, language: .fr)
        #expect(french.hasPrefix("Ce qui a changé entre 2019 et 2024\navant\u{A0}: modèle\u{A0}: model · état au 2019"))
        #expect(french.contains("Faits qui ont changé (4)") && french.contains("2023-06-07 prévu; 2023-12-14 censuré")
                && french.contains("Couples acteur × catégorie gagnés (1)"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.diff.rendered(.json, language: .fr).utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        let facts = try #require(json["facts"] as? [[String: Any]])
        #expect(facts.map { $0["change"] as? String } == ["ended", "appeared", "ended", "ended"])
        let csv = Self.diff.rendered(.csv, language: .fr)
        #expect(csv.hasPrefix("record,date,change,section,name,status_before,status_after"))
        #expect(csv.contains("fact,2020-12-29,appeared,rights,r-comm,,in-force,"))
        #expect(csv.contains("gained,,,,,,,,,,,agency,bank-data,agency —communication r-comm→ bank ⇒ accounts"))
        #expect(Self.diff.rendered(.markdown, language: .en).contains("### Actor × category pairs lost (2)"))
    }
}
