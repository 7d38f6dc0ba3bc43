import Foundation
@testable import Interco
import Testing

@Suite struct DOTEncoderTests {
    @Test func graphvizEscapesArePrintedLiterally() {
        #expect(DOTEncoder.value(.label(#"a\N b\G c\l d\\"#)) == #""a\\N b\\G c\\l d\\\\ ""#)
        #expect(DOTEncoder.value(.tooltip(#"a\N"#)) == #""a\\\\N""#)
        #expect(DOTEncoder.value(.label("say \"hi\"\nnow")) == #""say &quot;hi&quot;\nnow""#)
        #expect(DOTEncoder.value(.label("<script>&")) == #""&lt;script&gt;&amp;""#)
        #expect(DOTEncoder.value(.tooltip("one\r\ntwo")) == #""one&#10;two""#)
    }

    @Test func controlAndBidiCharactersAreShownEscaped() {
        // The sanitiser's `\u{…}` form, its backslash doubled like any other in a label.
        #expect(DOTEncoder.value(.label("a\u{7}b\u{202E}c\u{2066}d\u{0}e\u{200F}f\u{9}g"))
                == #""a\\u{7}b\\u{202E}c\\u{2066}d\\u{0}e\\u{200F}f\\u{9}g""#)
        #expect(DOTEncoder.value(.tooltip("x\u{1B}]0;t\u{7}")) == #""x\\\\u{1B}]0;t\\\\u{7}""#)
        #expect(DOTEncoder.xmlEscape("l\u{202E}r") == "l\\u{202E}r")
    }

    @Test func aQuotedValueNeverEndsInsideItsQuotes() {
        // A trailing backslash must not escape the closing quote.
        let value = DOTEncoder.value(.label("ends with \\"))
        #expect(value.hasSuffix("\\\\ \""))
        #expect(!value.dropFirst().dropLast().contains("\""))
    }

    @Test func onlyHTTPLinksSurviveAndTheyAreEncoded() {
        #expect(SafeURL.sanitize("javascript:alert(1)") == nil)
        #expect(SafeURL.sanitize("data:text/html,<script>") == nil)
        #expect(SafeURL.sanitize("ftp://example.org") == nil)
        #expect(SafeURL.sanitize("https://example.org/a?b=1&c=\"2\" <x>") == "https://example.org/a?b=1&amp;c=%222%22%20%3Cx%3E")
        #expect(SafeURL.sanitize("https://fr.wikipedia.org/wiki/Pôle_emploi") == "https://fr.wikipedia.org/wiki/P%C3%B4le_emploi")
    }

    @Test func attributesAndStatementsAreSorted() {
        var graph = DOTGraph()
        graph.top.nodes = [.init(id: "b", attributes: ["z": .token("1"), "a": .token("2")]), .init(id: "a", attributes: [:])]
        graph.edges = [.init(from: "b", to: "a", key: "1", attributes: [:]), .init(from: "a", to: "b", key: "1", attributes: [:])]
        #expect(DOTEncoder.encode(graph) == """
            digraph interco {
              graph [];
              node [];
              edge [];
              "a" [];
              "b" [a="2", z="1"];
              "a" -> "b" [];
              "b" -> "a" [];
            }

            """)
    }
}

/// Golden DOT for the views of the query fixture: any change to the diagrams shows up as a diff.
/// Rewrite with `INTERCO_UPDATE_GOLDEN=1` after an intended change, then read the diff.
@Suite struct DiagramGoldenTests {
    static let views: [(String, String)] = [
        ("whole-map", "2024-01-01"), ("who-health", "2019-06-01"), ("reach-agency", "2024-01-01"), ("paths-agency-health", "2019-06-01"),
    ]

    @Test(arguments: views)
    func golden(_ name: String, _ day: String) throws {
        let index = AccessIndex(Fixtures.model("query/reach-ways.yaml"))
        let filters = QueryFilters(day: .on(try ModelDate.parse(day).get()), statuses: Set(Status.allCases))
        let theme = try Theme.load("default").get()
        let builder = DiagramBuilder(finder: PathFinder(index: index, filters: filters), theme: theme, generator: "interco test")
        let view: DiagramView = switch name {
        case "who-health": .whoCanReach(.category(index.category("health")!, in: index))
        case "reach-agency": .reach(actor: index.actor("agency")!)
        case "paths-agency-health": .paths(actor: index.actor("agency")!, subject: .category(index.category("health")!, in: index))
        default: .wholeMap
        }
        let dot = DOTEncoder.encode(builder.graph(view))
        #expect(dot == DOTEncoder.encode(builder.graph(view)), "two encodings differ")
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden-dot/\(name).dot")
        if ProcessInfo.processInfo.environment["INTERCO_UPDATE_GOLDEN"] == "1" {
            try dot.write(to: source, atomically: true, encoding: .utf8)
        }
        #expect(dot == (try String(contentsOf: source, encoding: .utf8)))
    }

    @Test func themesLoadAndBadThemesArePositioned() throws {
        #expect(Theme.builtInNames == ["default", "print"])
        #expect((try? Theme.load("print").get())?.rightKinds[.communication]?.penwidth == "2.2")
        let bad = Theme.parse("name: x\nright_kinds:\n  consultation: {color: red, image: /etc/passwd}\n", path: "t.yaml")
        guard case .failure(let problem) = bad else { Issue.record("a bad theme loaded"); return }
        #expect(problem.description == "t.yaml:3:25: error: colours are written #rrggbb [invalid-theme]")
        let file = Theme.parse("right_kinds:\n  consultation: {image: /etc/passwd}\n", path: "t.yaml")
        guard case .failure(let other) = file else { Issue.record("an image attribute loaded"); return }
        #expect(other.message.hasPrefix("unknown style key 'image'"))
        let hostile = Theme.parse("right_kinds:\n  consultation: {\"im\\e]0;x\\a\": red}\n", path: "t.yaml")
        guard case .failure(let echoed) = hostile else { Issue.record("a hostile key loaded"); return }
        #expect(echoed.message.hasPrefix("unknown style key 'im\\u{1B}]0;x\\u{7}'"))
    }
}
