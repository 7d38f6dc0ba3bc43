@testable import Interco
import Testing

/// The parts of the search's bookkeeping that a wrong merge would silently break: interned
/// sets, tallies kept inline, and what a group of walks tells a start.
@Suite struct CarriedDataTests {
    func data(_ bits: [Int]) -> CarriedData {
        var data = CarriedData(wordCount: 1)
        for bit in bits { data.insert(bit) }
        return data
    }

    func hop(_ status: Status, year: Int, _ confidence: Confidence? = nil) -> HopRank {
        HopRank(HopStanding(status: status, since: ModelDate(year: year), confidence: confidence))
    }

    @Test func aTallyKeepsOneValuePerStatus() {
        // Inline storage has room for every status level (a status added past it would trap).
        #expect(Tally.PerLevel.count >= Tally.levels)
        #expect(Tally.levels == Status.allCases.count)
    }

    @Test func equalSetsGetOneNumberAndNarrowingIsIntersection() {
        let table = CarriedDataTable(relevant: data([0, 1]))
        let wide = table.number(data([0, 1, 2]))
        #expect(table.number(data([0, 1, 2])) == wide)
        let limit = table.number(data([1, 2]))
        let narrowed = table.narrow(wide, by: limit)
        #expect(table.sets[Int(narrowed)] == data([1, 2]))
        #expect(table.narrow(wide, by: CarriedDataTable.noLimit) == wide)
        let alone = table.narrow(limit, by: table.number(data([2])))
        #expect(!table.live[Int(alone)], "bit 2 alone meets no relevant bit")
    }

    @Test func aHopKeepsTheLatestDayAndDropsStrongerLevels() {
        let tally = Tally.start.extended(by: hop(.inForce, year: 2010)).extended(by: hop(.experimental, year: 2005, .official))
        let experimental = Status.allCases.firstIndex(of: .experimental)!
        #expect(tally.since[0] == .max, "no path is in force")
        #expect(tally.since[experimental] == ModelDate(year: 2010).firstDay)
        #expect(tally.confidence[experimental] == Confidence.allCases.count, "one hop states no confidence")
        #expect(tally.strongestLevel == experimental)
    }

    /// Walks ending at third parties 3 and 5: leaving out either leaves the other's optima.
    @Test func optimaWithoutTheWalksEndingAtOneThirdParty() {
        var group = WalkGroup.ending(at: 3).extended(by: hop(.inForce, year: 2010, .official), reaching: 3)
        group.merge(WalkGroup.ending(at: 5).extended(by: hop(.inForce, year: 2015, .reported), reaching: 5))
        let day = { (year: Int) in ModelDate(year: year).firstDay }
        #expect(group.optima(withoutEndingAt: 3).since[0] == day(2015))
        #expect(group.optima(withoutEndingAt: 3).confidence[0] == Confidence.allCases.firstIndex(of: .reported)!)
        #expect(group.optima(withoutEndingAt: 5).since[0] == day(2010))
        #expect(group.optima(withoutEndingAt: 7).since[0] == day(2010))
        #expect(group.tally.count == 2)
        // A walk to a file with the same day: leaving out 3 no longer changes the best day.
        group.merge(WalkGroup(.start).extended(by: hop(.inForce, year: 2010), reaching: -1))
        #expect(group.optima(withoutEndingAt: 3).since[0] == day(2010))
        #expect(group.optima(withoutEndingAt: 3).confidence[0] == Confidence.allCases.firstIndex(of: .reported)!)
    }

    @Test func aGroupAvoidsAnActorWhenOneOfItsWalksDoes() {
        let step = hop(.inForce, year: 2000)
        var group = WalkGroup(.start).extended(by: step, reaching: 4).extended(by: step, reaching: 2)
        #expect(group.avoids(4) == false && group.avoids(2) == false && group.avoids(9) == true)
        group.merge(WalkGroup(.start).extended(by: step, reaching: 6).extended(by: step, reaching: 2))
        #expect(group.avoids(4) == true && group.avoids(2) == false)
        var long = WalkGroup(.start)
        for actor in 10..<15 { long = long.extended(by: step, reaching: actor) }
        #expect(long.avoids(1) == nil, "more actors than a group keeps: unknown")
    }
}
