import Foundation
import Testing

/// Every `$ interco …` example in `docs/*.md` and `README.md` is run, and its whole output
/// compared with the page. `scripts/update-doc-examples` rewrites them after an intended change.
@Suite struct DocExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var page: String
        var command: String
        var expected: String
        var testDescription: String { "\(page): interco \(command)" }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let examples: [Example] = {
        var pages = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        pages.append("README.md")
        var found: [Example] = []
        for page in pages {
            guard let text = try? String(contentsOf: root.appendingPathComponent(page), encoding: .utf8) else { continue }
            let parts = text.components(separatedBy: "```console\n$ interco ").dropFirst()
            for part in parts {
                guard let newline = part.firstIndex(of: "\n"), let end = part.range(of: "```") else { continue }
                found.append(Example(page: page, command: String(part[..<newline]),
                                     expected: String(part[part.index(after: newline)..<end.lowerBound])))
            }
        }
        return found
    }()

    @Test func pagesHaveExamples() {
        #expect(Self.examples.filter { $0.page == "docs/queries.md" }.count >= 8)
    }

    @Test(arguments: examples)
    func example(_ example: Example) throws {
        let arguments = try Shell.split(example.command)
        let result = try Interco.run(arguments, in: Self.root.path)
        #expect(result.stdout == example.expected, "run scripts/update-doc-examples")
    }
}

/// Splits a command line the way a POSIX shell would for the simple quoting the docs use.
enum Shell {
    struct Unbalanced: Error {}

    static func split(_ line: String) throws -> [String] {
        var words: [String] = [], current = "", quote: Character?, inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil else { throw Unbalanced() }
        if inWord { words.append(current) }
        return words
    }
}
