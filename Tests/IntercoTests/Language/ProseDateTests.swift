import Interco
import Testing

@Suite struct ProseDateTests {
    @Test func datesReadAsSentencesWriteThem() {
        #expect(ModelDate(year: 2020, month: 12, day: 29).prose(.fr) == "29 décembre 2020")
        #expect(ModelDate(year: 2020, month: 12, day: 29).prose(.en) == "29 December 2020")
        #expect(ModelDate(year: 2022, month: 7, day: 1).prose(.fr) == "1er juillet 2022")
        #expect(ModelDate(year: 2022, month: 7, day: 1).prose(.en) == "1 July 2022")
        #expect(ModelDate(year: 2013, month: 10).prose(.fr) == "octobre 2013")
        #expect(ModelDate(year: 2008).prose(.en) == "2008")
        #expect(ModelDate(year: 2024, month: 8, day: 15).prose(.fr) == "15 août 2024")
    }
}
