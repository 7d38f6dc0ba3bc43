import Interco
import Testing

/// The fields that say how a fact stands, read from `query/standing.yaml` and shown by queries.
@Suite struct StandingFieldsTests {
    static let model = Fixtures.model("query/standing.yaml")
    static let index = AccessIndex(model)

    static func right(_ id: String) -> Right { model.rights.first { $0.id?.value == id }! }

    @Test func theFixtureIsStrictlyValid() {
        #expect(Fixtures.diagnostics("query/standing.yaml") == [])
    }

    @Test func fieldsAreRead() throws {
        let file = try #require(Self.model.files.first)
        #expect(file.since == nil && file.sinceUnknown)
        #expect(file.safeguards.retention?.value == "5 years" && file.safeguards.retention?.source.value == "law")
        #expect(file.safeguards.people == PeopleCount(number: 1200, date: ModelDate(year: 2024), source: file.safeguards.people!.source,
                                                      note: Localized("households")))
        #expect(file.safeguards.cnil?.value == "press" && file.safeguards.accessLog?.value == true)
        let law = Self.right("r-law")
        #expect(law.purposes == ["eligibility", "fraud-control"] && law.purpose == "eligibility, fraud-control")
        #expect(law.sources.map(\.value) == ["law", "old-bill", "press"])
        #expect(law.sourceRoles == ["old-bill": .context, "press": .contradicts])
        #expect(Self.right("r-none").basis == nil && Self.right("r-none").basisNote == Localized("no text found"))
        #expect(Self.right("r-internal").internal && !Self.right("r-law").internal)
    }

    @Test func aPurposeFilterMatchesAnyOfTheListedPurposes() throws {
        let income = try #require(Self.index.category("income"))
        func actors(_ purpose: String) -> Set<String> {
            let finder = PathFinder(index: Self.index, filters: QueryFilters(day: .any, purpose: purpose))
            return Set(finder.whoCanReach(income).rows.map(\.actor.id.value))
        }
        #expect(actors("fraud-control").contains("fund"))
        #expect(actors("eligibility").contains("fund"))
        #expect(!actors("support").contains("fund"))
    }

    static func whoCanReachIncome(_ format: QueryOutputFormat, day: QueryFilters.Day, paths: Bool = false) throws -> String {
        let answer = PathFinder(index: index, filters: QueryFilters(day: day)).whoCanReach(try #require(index.category("income")),
                                                                                              listing: paths ? 20 : 0)
        return answer.rendered(format, showPaths: paths)
    }

    @Test func answersSayWhenNoLegalBasisIsIdentified() throws {
        let text = try Self.whoCanReachIncome(.text, day: .on(ModelDate(year: 2020)))
        let office = try #require(text.split(separator: "\n").first { $0.hasPrefix("office ") })
        #expect(office.contains("no legal basis identified"))
        let unit = try #require(text.split(separator: "\n").first { $0.hasPrefix("unit ") })
        #expect(unit.contains("internal: the holder's own staff"))
        #expect(try Self.whoCanReachIncome(.csv, day: .any).contains(",no legal basis identified"))
        let json = try Self.whoCanReachIncome(.json, day: .any)
        #expect(json.contains(#""basis_identified" : false"#) && json.contains(#""basis_note" : "no text found""#))
    }

    @Test func anAnswerAtADateNamesTheFactsCountedWithAnUnknownStart() throws {
        let text = try Self.whoCanReachIncome(.text, day: .on(ModelDate(year: 2020)))
        #expect(text.contains("\nCounted although their start is unknown (they count at every date): r-none, register.\n"))
        #expect(!(try Self.whoCanReachIncome(.text, day: .any)).contains("Counted although"))
    }

    @Test func pathsShowSourceRolesAndSafeguardsApart() throws {
        let text = try Self.whoCanReachIncome(.text, day: .on(ModelDate(year: 2020)), paths: true)
        #expect(text.contains("       sources: law <https://example.org/law>\n"))
        #expect(text.contains("       contradicting sources: press\n"))
        #expect(text.contains("       context sources: old-bill\n"))
        #expect(text.contains("       retention: 5 years [law]\n"))
        #expect(text.contains("       people concerned: 1 200 (2024), households [press]\n"))
        #expect(text.contains("since unknown"))
        let csv = try Self.whoCanReachIncome(.csv, day: .any, paths: true)
        // Sources as ids, their urls and roles in columns of their own, in the same order.
        #expect(csv.contains(",law; old-bill; press,https://example.org/law; ; ,supports; context; contradicts,"))
    }

    @Test func diagramTooltipsShowTheSameThings() throws {
        let theme = try Theme.load("default").get()
        let builder = DiagramBuilder(finder: PathFinder(index: Self.index, filters: QueryFilters(day: .any)), theme: theme,
                                     generator: "interco test")
        let dot = DOTEncoder.encode(builder.graph(.wholeMap))
        for text in ["aucune base légale identifiée (no text found)", "accès interne (le personnel du détenteur)",
                     "sources contraires\u{A0}:", "sources de contexte\u{A0}:", "conservation\u{A0}: 5 years [law]",
                     "personnes concernées\u{A0}: 1 200 (2024), households [press]", "début inconnu"] {
            #expect(dot.contains(text), "\(text)")
        }
    }
}
