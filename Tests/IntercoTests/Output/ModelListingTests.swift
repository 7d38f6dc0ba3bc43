@testable import Interco
import Testing

/// Listings of `Fixtures/lookup/names.yaml` with filters, words and codes.
@Suite struct ModelListingTests {
    let model = Fixtures.model("lookup/names.yaml")

    func ids(_ section: ModelListing, _ filters: ModelListing.Filters) -> [String] {
        section.table(ModelListing.filtered(model, filters)).rows.map { $0[0] }
    }

    @Test func filtersKeepWhatCounts() {
        #expect(ids(.rights, .init(statuses: [.alleged])) == ["r-ask"])
        #expect(ids(.rights, .init(day: ModelDate(year: 2011))) == ["r-ask"])
        #expect(ids(.rights, .init(day: ModelDate(year: 2030))) == ["r-ask"])
        #expect(ids(.rights, .init(day: ModelDate(year: 2020))) == ["r-look", "r-ask"])
        #expect(ids(.rights, .init(kinds: ["communication"])) == ["r-ask"])
        #expect(ids(.files, .init(actorKinds: [.privateCompany])) == ["ledger"])
        #expect(ids(.actors, .init(kinds: ["social-security"])) == ["fund-a", "fund-b"])
        #expect(ids(.flows, .init(day: ModelDate(year: 2014))) == [])
        #expect(ids(.sources, .init(statuses: [.repealed])) == ["law", "press"])
    }

    @Test func purposesAreCountedOncePerRightOrFlow() {
        let purposes = ModelListing.purposes(model)
        #expect(purposes.map(\.id) == ["eligibility", "fraud-control"])
        #expect(purposes.map(\.rights) == [2, 1])
        #expect(purposes.map(\.flows) == [0, 1])
    }

    @Test func wordsForPeopleCodesForPrograms() {
        let people = ModelListing.files.table(model, language: .fr)
        #expect(people.headers.contains("statut") && people.headers.contains("confiance"))
        #expect(people.rows[1].contains("allégué") && people.rows[1].contains("rapportée"))
        let codes = ModelListing.files.table(model)
        #expect(codes.headers == ["id", "kind", "held_by", "status", "confidence", "since", "since_precision", "since_unknown", "until",
                                  "until_precision", "data", "name"])
        #expect(codes.rows[1] == ["ledger", "case-file", "bank", "alleged", "reported", "", "", "true", "", "", "identity; income", "Grand livre"])
    }
}
