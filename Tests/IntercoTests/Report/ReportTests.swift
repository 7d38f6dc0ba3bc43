import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Interco
import Testing

/// Reports built from query answers: caveats, numbered bases, sources, and the HTML and Markdown
/// writers on names and titles that try to break them (`Fixtures/report/caveats.yaml`).
@Suite struct ReportTests {
    static let model = Fixtures.model("report/caveats.yaml")
    static let index = AccessIndex(model)

    static func finder(statuses: Set<Status> = Set(Status.allCases)) -> PathFinder {
        PathFinder(index: index, filters: QueryFilters(day: .on(ModelDate(year: 2026, month: 1, day: 1)), statuses: statuses),
                   model: ModelIdentity(description: "caveats.yaml"))
    }

    static func report(_ language: Language, statuses: Set<Status> = Set(Status.allCases)) -> Report {
        Report(finder(statuses: statuses).whoCanReach(.category(index.category("income")!, in: index), listing: 20), index: index, language: language)
    }

    /// The text content of a well-formed XML document, or nil when it does not parse.
    final class XMLText: NSObject, XMLParserDelegate {
        var text = ""
        var elements: [String] = []
        var attributes: [(element: String, name: String, value: String)] = []
        static func parse(_ document: String) -> XMLText? {
            let reader = XMLText()
            let parser = XMLParser(data: Data(document.utf8))
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes attributeDict: [String: String]) {
            elements.append(elementName)
            for (name, value) in attributeDict { attributes.append((elementName, name, value)) }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test func everyCaveatIsFlaggedOnTheHopsItConcerns() {
        let report = Self.report(.en)
        let caveats = Dictionary(uniqueKeysWithValues: report.caveats.map { ($0.flag, $0.hops) })
        #expect(caveats == [.alleged: ["r-alleged"], .reported: ["r-alleged"], .disputed: ["r-disputed"],
                            .inferred: ["r-inferred"], .noBasis: ["r-none"], .startUnknown: ["r-inferred"]])
        let hops = report.paths.flatMap(\.hops)
        let internalHop = hops.first { $0.headline.contains("r-internal") }
        #expect(internalHop?.flags == [])
        #expect(internalHop?.basisText == "internal: the holder's own staff")
        #expect(hops.first { $0.headline.contains("r-none") }?.basisText == "no legal basis identified")
    }

    @Test func basesAreNumberedOnceInTheOrderFirstCited() {
        let report = Self.report(.en)
        #expect(report.bases.count == Set(report.bases).count)
        #expect(Set(report.bases) == ["Art. 1 <i>", "Art. 2", "Art. 3"])
        // The table cites before the paths: each row's basis cell carries its number.
        for row in report.table.rows {
            guard let cell = row.last(where: { $0.hasPrefix("[") }), let close = cell.firstIndex(of: "]") else { continue }
            let number = Int(cell[cell.index(after: cell.startIndex)..<close])!
            #expect(cell.contains(report.bases[number - 1]))
        }
        let sound = report.paths.flatMap(\.hops).first { $0.headline.contains("r-sound") }!
        let disputed = report.paths.flatMap(\.hops).first { $0.headline.contains("r-disputed") }!
        #expect(sound.basis == disputed.basis)
        #expect(report.bases[sound.basis! - 1] == "Art. 1 <i>")
    }

    @Test func sourcesAreTheOnesCitedWithOnlyHttpLinks() {
        let report = Self.report(.en)
        #expect(report.sources.map(\.id) == ["blog", "law", "press"])
        #expect(report.sources.first { $0.id == "law" }?.url == "https://example.org/law?a=1&b=2")
        #expect(report.sources.first { $0.id == "blog" }?.url == nil)
    }

    @Test func filtersDecideWhatIsReported() {
        let report = Self.report(.en, statuses: Status.queryDefault)
        #expect(!report.paths.flatMap(\.hops).contains { $0.headline.contains("r-alleged") })
        #expect(!report.caveats.contains { $0.flag == .alleged })
        #expect(report.context.contains("statuses: in force, experimental"))
    }

    @Test func frenchReportsUseFrenchWordsAndTypography() {
        let report = Self.report(.fr)
        #expect(report.title == "Qui peut atteindre «\u{A0}Income & <b>assets</b>\u{A0}» (income)")
        #expect(report.table.headers == ["acteur", "comment", "correspondance", "droits", "statut", "confiance", "depuis",
                                         "base légale", "chemins"])
        #expect(report.context.hasPrefix("modèle") && report.context.contains("caveats.yaml") && report.context.contains("2026-01-01"))
        let sound = report.paths.flatMap(\.hops).first { $0.headline.contains("r-sound") }!
        #expect(sound.headline == "droit r-sound\u{A0}: sound —consultation→ register (Register)")
        #expect(sound.standing == "depuis le 4 mars 2010 · en vigueur · officielle (A)")
        let markdown = ReportMarkdown.document(report, diagramFile: nil, generator: "interco")
        for heading in ["## Réponse", "## Chemins, étape par étape", "## Bases légales", "## Réserves", "## Sources"] {
            #expect(markdown.contains(heading + "\n"))
        }
        #expect(!markdown.contains("## Schéma"))
    }
}
