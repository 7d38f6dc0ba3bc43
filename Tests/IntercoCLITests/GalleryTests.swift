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
        #expect(Self.views.contains { $0.name == "map" })
    }

    @Test(arguments: views)
    func viewIsCurrent(_ view: View) throws {
        let result = try Interco.run(["render"] + view.arguments + ["--format", "svg", "-o", "-"], in: "/")
        #expect(result.exitCode == 0, "\(result.stderr)")
        let stored = try String(contentsOf: Self.gallery.appendingPathComponent(view.name + ".svg"), encoding: .utf8)
        #expect(result.stdout == stored, "render/gallery/\(view.name).svg is stale: run scripts/render-gallery")
    }
}
