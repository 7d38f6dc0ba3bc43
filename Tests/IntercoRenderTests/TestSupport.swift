import Foundation
import FoundationXML
import IntercoRender
import XCTest

/// Shared inputs and helpers for the renderer tests.
enum Sample {
    /// The accented label every format must carry through.
    static let accentedLabel = "Caisse d'allocations familiales — Données financières"

    /// A small graph shaped like the project's views, with French text everywhere.
    static let dot = """
    digraph G {
      graph [fontname="DejaVu Sans", label="Échanges de données — essai"];
      node [shape=box, style="rounded,filled", fillcolor="#eef3fb", fontname="DejaVu Sans"];
      edge [fontname="DejaVu Sans", fontsize=10];
      caf [label="\(accentedLabel)"];
      ft [label="France Travail (ex-Pôle emploi)"];
      dgfip [label="DGFiP — Fichier des comptes bancaires"];
      rncps [label="Répertoire national commun de la protection sociale"];
      caf -> rncps [label="consulte"];
      ft -> rncps [label="consulte"];
      ft -> dgfip [label="droit de communication"];
      dgfip -> caf [label="échange"];
    }
    """
}

/// Runs `body` with file descriptors 1 and 2 pointed at a temporary file and
/// returns what was written there, to prove the renderer prints nothing.
func capturingTerminalOutput<T>(_ body: () throws -> T) rethrows -> (result: T, output: String) {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("interco-stderr-\(UUID().uuidString)").path
    let capture = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
    precondition(capture >= 0, "cannot create \(path)")
    let savedOut = dup(1), savedErr = dup(2)
    fflush(nil)
    dup2(capture, 1)
    dup2(capture, 2)
    func restore() {
        fflush(nil)
        dup2(savedOut, 1)
        dup2(savedErr, 2)
        close(savedOut)
        close(savedErr)
        close(capture)
    }
    defer { unlink(path) }
    let result: T
    do {
        result = try body()
    } catch {
        restore()
        throw error
    }
    restore()
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>"
    return (result, text)
}

/// Collects the text of every `<text>` element of an SVG and whether it parsed.
final class SVGText: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private var current: String?

    /// Parses `data`; returns nil if it is not well-formed XML.
    static func texts(in data: Data) -> [String]? {
        let parser = XMLParser(data: data)
        let collector = SVGText()
        parser.delegate = collector
        return parser.parse() ? collector.texts : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if elementName == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if elementName == "text", let text = current {
            texts.append(text)
            current = nil
        }
    }
}

/// Renders and fails the test with Graphviz's own explanation if it throws.
func renderOrFail(
    _ dot: String, engine: LayoutEngine, format: ImageFormat,
    file: StaticString = #filePath, line: UInt = #line
) -> RenderOutput? {
    do {
        return try GraphvizRenderer.render(dot: dot, engine: engine, format: format)
    } catch {
        XCTFail("\(engine.rawValue)/\(format.rawValue): \(error)", file: file, line: line)
        return nil
    }
}

/// Renders text that must fail and returns the failure.
func expectFailure(
    _ dot: String, engine: LayoutEngine = .dot, format: ImageFormat = .svg,
    file: StaticString = #filePath, line: UInt = #line
) -> RenderFailure? {
    do {
        _ = try GraphvizRenderer.render(dot: dot, engine: engine, format: format)
        XCTFail("render unexpectedly succeeded", file: file, line: line)
        return nil
    } catch {
        return error
    }
}
