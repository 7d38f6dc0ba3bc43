import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `interco report`: whole Markdown outputs (goldens), HTML well-formed and self-contained, the
/// Markdown report and its diagram written together, the refusals, and Chromium printing the
/// report on bank statements to at most three A4 pages that hold the answer table's text.
@Suite struct ReportTests {
    /// Elements, attributes and text of an XHTML page; nil when it is not well-formed XML.
    final class Page: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [(element: String, name: String, value: String)] = []
        var style = ""
        var cells: [[String]] = []
        private var stack: [String] = []
        private var cell: String?

        static func parse(_ data: Data) -> Page? {
            let page = Page()
            let parser = XMLParser(data: data)
            parser.delegate = page
            return parser.parse() ? page : nil
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes attributeDict: [String: String]) {
            elements.append(elementName)
            stack.append(elementName)
            for (name, value) in attributeDict { attributes.append((elementName, name, value)) }
            if elementName == "tr", stack.contains("tbody") { cells.append([]) }
            if elementName == "td" { cell = "" }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            if elementName == "td", let text = cell {
                cells[cells.count - 1].append(text)
                cell = nil
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if stack.last == "style" { style += string }
            if cell != nil { cell! += string }
        }

        /// Problems that would make the page load something or run something.
        var selfContainmentProblems: [String] {
            var problems: [String] = []
            for element in ["script", "link", "img", "image", "iframe", "object", "embed", "audio", "video", "source", "use", "foreignObject"]
            where elements.contains(element) {
                problems.append("<\(element)>")
            }
            for attribute in attributes {
                let name = attribute.name.lowercased()
                let value = attribute.value.trimmingCharacters(in: .whitespaces).lowercased()
                if name == "src" || name == "srcset" || name.hasPrefix("on") || name == "style" && value.contains("url(") {
                    problems.append("\(attribute.element) \(attribute.name)=\(attribute.value)")
                }
                if name == "href" || name == "xlink:href" {
                    let local = value.hasPrefix("#")
                    let web = value.hasPrefix("https://") || value.hasPrefix("http://")
                    if !(local || web && attribute.element == "a") { problems.append("\(attribute.element) \(attribute.name)=\(attribute.value)") }
                }
            }
            if style.contains("@import") || style.contains("url(") { problems.append("style sheet loads something") }
            return problems
        }
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interco-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test(arguments: ["en", "fr"])
    func markdownOfTheFixtureModelIsTheGolden(language: String) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = Interco.fixtures.appendingPathComponent("model.yaml").path
        let run = try Interco.run(["report", "who-can-reach", "bank-accounts", "--model", model, "--at", "2024-01-01",
                                   "--lang", language, "-o", "bank.md"], in: directory.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let markdown = try String(contentsOf: directory.appendingPathComponent("bank.md"), encoding: .utf8)
        try Golden.compare(markdown.replacingOccurrences(of: model, with: "model.yaml"), to: "report-who-\(language).md")
        let svg = try String(contentsOf: directory.appendingPathComponent("bank.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("</svg>"))
        #expect(markdown.contains("](<bank.svg>)"))
    }

    @Test(arguments: [["who-can-reach", "bank-transactions"], ["reach", "france-travail.fraud"], ["paths", "caf", "residence-status"]],
          ["en", "fr"])
    func htmlOfTheShippedModelIsWellFormedAndSelfContained(question: [String], language: String) throws {
        let run = try Interco.run(["report"] + question + ["--at", "2026-11-25", "--status", "all", "--lang", language, "-o", "-"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let page = try #require(Page.parse(Data(run.stdout.utf8)), "not well-formed")
        #expect(page.selfContainmentProblems == [])
        #expect(page.elements.contains("svg"))
        #expect(page.elements.contains("table"))
        #expect(run.stdout.contains("@page { size: A4;"))
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language)\""))
        let again = try Interco.run(["report"] + question + ["--at", "2026-11-25", "--status", "all", "--lang", language, "-o", "-"])
        #expect(again.stdout == run.stdout, "not deterministic")
    }

    @Test func hostileNamesStayText() throws {
        let run = try Interco.run(["report", "who-can-reach", "bank-accounts", "--model", "hostile.yaml", "--at", "any", "-o", "-"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let page = try #require(Page.parse(Data(run.stdout.utf8)), "not well-formed")
        #expect(page.selfContainmentProblems == [])
        #expect(!run.stdout.contains("<script>"))
        #expect(!page.attributes.contains { $0.name.hasSuffix("href") && $0.value.lowercased().contains("javascript:") })
        #expect(!run.stdout.contains("\u{202E}"))
    }

    @Test func refusals() throws {
        let overModel = try Interco.run(["report", "reach", "caf", "--model", "model.yaml", "-o", "model.yaml"])
        #expect(overModel.exitCode == 64)
        #expect(overModel.stderr == "error: refusing to write over model file model.yaml\n")
        let markdownToStdout = try Interco.run(["report", "reach", "caf", "--format", "markdown", "-o", "-"])
        #expect(markdownToStdout.exitCode == 64)
        #expect(markdownToStdout.stderr.contains("a Markdown report writes its diagram beside it: give -o FILE.md"))
        let unknown = try Interco.run(["report", "who-can-rech", "health", "-o", "-"])
        #expect(unknown.exitCode == 64)
        #expect(unknown.stderr.contains("unknown question 'who-can-rech'"))
        let arity = try Interco.run(["report", "paths", "caf", "-o", "-"])
        #expect(arity.exitCode == 64)
        #expect(arity.stderr.contains("paths takes an actor and a category"))
    }

    @Test func aMarkdownReportDoesNotWriteItsDiagramOverAModelFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("map.svg")
        try FileManager.default.copyItem(at: Interco.fixtures.appendingPathComponent("model.yaml").resolvingSymlinksInPath(), to: model)
        let run = try Interco.run(["report", "reach", "caf", "--model", "map.svg", "-o", "map.md"], in: directory.path)
        #expect(run.exitCode == 64, "\(run.stderr)")
        #expect(run.stderr == "error: refusing to write over model file map.svg\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("map.md").path))
    }

    /// Letters and digits only, lower-cased: PDF text extraction loses hyphens at line ends and
    /// changes spacing, never the words.
    static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    static func tool(_ arguments: [String], timeout: TimeInterval) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + timeout
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            done.signal()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        if done.wait(timeout: deadline) == .timedOut {
            process.terminate()
            return (-1, "timed out after \(timeout) s")
        }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: ["fr", "en"])
    func chromiumPrintsTheBankReportOnAtMostThreeA4Pages(language: String) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Interco.run(["report", "who-can-reach", "bank-transactions", "--at", "2026-11-25", "--lang", language,
                                   "-o", "bank.html"], in: directory.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let html = try Data(contentsOf: directory.appendingPathComponent("bank.html"))
        let page = try #require(Page.parse(html))
        let pdf = directory.appendingPathComponent("bank.pdf").path
        let printed = try Self.tool(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                     "--user-data-dir=" + directory.appendingPathComponent("profile").path,
                                     "--print-to-pdf=" + pdf, directory.appendingPathComponent("bank.html").path], timeout: 60)
        #expect(printed.status == 0, "chromium (scripts/ensure-test-deps installs it): \(printed.output)")
        let info = try Self.tool(["pdfinfo", pdf], timeout: 20)
        #expect(info.status == 0, "pdfinfo (poppler-utils): \(info.output)")
        let lines = info.output.split(separator: "\n")
        let pages = lines.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
        #expect(pages != nil && pages! <= 3, "pages: \(pages.map(String.init) ?? "?")")
        #expect(lines.contains { $0.hasPrefix("Page size:") && $0.contains("(A4)") }, "\(info.output)")
        let text = try Self.tool(["pdftotext", pdf, "-"], timeout: 20)
        #expect(text.status == 0)
        let printedLetters = Self.letters(text.output)
        #expect(page.cells.count == 7)
        for row in page.cells {
            // Each cell's words, in the row's order, somewhere after the previous cell.
            var rest = printedLetters[...]
            for cell in row {
                let wanted = Self.letters(cell)
                guard let found = rest.range(of: wanted) else {
                    Issue.record("'\(cell)' of row '\(row[0])' is not in the PDF's text after the cells before it")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
    }
}
