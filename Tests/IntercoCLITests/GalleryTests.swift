import Foundation
import Testing

/// The gallery in `render/gallery/` must be what the current code draws from the shipped model;
/// `scripts/render-gallery` regenerates it.
@Suite struct GalleryTests {
    struct View: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let gallery = DocExampleTests.root.appendingPathComponent("render/gallery")

    static let views: [View] = {
        let list = (try? String(contentsOf: gallery.appendingPathComponent("views.txt"), encoding: .utf8)) ?? ""
        return list.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let words = line.split(separator: " ").map(String.init)
            return View(name: words[0], arguments: Array(words.dropFirst()))
        }
    }()

    @Test func galleryHasTheViewsTheReadmeShows() {
        #expect(Self.views.count >= 6)
    }

    /// From Graphviz's own layout of each view: no edge label on a node, on a cluster's title or
    /// on another edge label, and each within 12 pt of its edge.
    @Test(arguments: views)
    func labelsOverlapNothingAndSitBesideTheirEdges(_ view: View) throws {
        let result = try Interco.run(["render"] + view.arguments + ["--format", "json", "-o", "-"], in: "/")
        #expect(result.exitCode == 0, "\(result.stderr)")
        let boxes = try LayoutBoxes(json: Data(result.stdout.utf8))
        #expect(!boxes.edgeLabels.isEmpty && !boxes.nodes.isEmpty)
        #expect(boxes.overlaps == [])
        #expect(boxes.labelsAway(beyond: 12) == [])
    }

    /// Every view is drawn for a page (its --page), which `render` only accepts when the smallest
    /// text stays at 7 pt or more; the SVG has that page's size.
    @Test(arguments: views)
    func viewFitsItsPage(_ view: View) throws {
        let page = try #require(view.arguments.firstIndex(of: "--page").map { view.arguments[$0 + 1] }, "\(view.name) has no --page")
        let sizes = ["a4": (595, 842), "a4-landscape": (842, 595), "letter": (612, 792), "letter-landscape": (792, 612)]
        let size = try #require(sizes[page])
        let stored = try String(contentsOf: Self.gallery.appendingPathComponent(view.name + ".svg"), encoding: .utf8)
        // Graphviz rounds the page to whole points.
        let numbers = try #require(stored.firstMatch(of: #/<svg width="(\d+)pt" height="(\d+)pt"/#))
        #expect(abs(Int(numbers.output.1)! - size.0) <= 1 && abs(Int(numbers.output.2)! - size.1) <= 1, "\(view.name) is not \(page)")
        #expect(stored.contains("viewBox="))
    }

    @Test func galleryHasBothLanguagesAndTheIssueViews() {
        let names = Set(Self.views.map(\.name))
        // The French view keeps the plain name (the README shows it), the English one adds -en.
        for name in ["who-bank-transactions", "who-residence-status", "paths-france-travail-fraud"] {
            #expect(names.contains(name) && names.contains(name + "-en"), "\(name) in French and English")
        }
    }

    @Test(arguments: views)
    func viewIsCurrent(_ view: View) throws {
        let result = try Interco.run(["render"] + view.arguments + ["--format", "svg", "-o", "-"], in: "/")
        #expect(result.exitCode == 0, "\(result.stderr)")
        let stored = try String(contentsOf: Self.gallery.appendingPathComponent(view.name + ".svg"), encoding: .utf8)
        #expect(result.stdout == stored, "render/gallery/\(view.name).svg is stale: run scripts/render-gallery")
    }
}
