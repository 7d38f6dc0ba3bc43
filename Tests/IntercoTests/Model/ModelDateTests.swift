import Interco
import Testing

@Suite struct ModelDateTests {
    @Test func partialDatesMeanTheirFirstDay() throws {
        #expect(try ModelDate.parse("2013-10").get().firstDay == 2013_10_01)
        #expect(try ModelDate.parse("2013").get().firstDay == 2013_01_01)
        #expect(try ModelDate.parse("2020-12-29").get().description == "2020-12-29")
    }

    @Test(arguments: ["2023-02-29", "2023-13", "2023-04-31", "2023-00-10"])
    func impossibleDatesAreRefused(_ text: String) {
        #expect(ModelDate.parse(text) == .failure(.impossible))
    }

    @Test(arguments: ["2023-2-1", "June 2020", "", "20230", "2023-01-01T00:00", "２０２３"])
    func malformedDatesAreRefused(_ text: String) {
        #expect(ModelDate.parse(text) == .failure(.malformed))
    }

    @Test func leapDays() {
        #expect((try? ModelDate.parse("2024-02-29").get()) != nil)
        #expect((try? ModelDate.parse("2000-02-29").get()) != nil)
        #expect(ModelDate.parse("1900-02-29") == .failure(.impossible))
    }
}
