/// A report as Markdown, with the diagram beside it as an SVG file that the text shows as an
/// image. Text is escaped as the Markdown answers escape it (`Table.markdownText`); links are
/// `[text](<url>)` with the url through `SafeURL`, so a source cannot inject markup or a scheme
/// other than http(s).
public enum ReportMarkdown {
    /// The text; `diagramFile` is the SVG's file name relative to the Markdown file (nil: no diagram).
    public static func document(_ report: Report, diagramFile: String?, generator: String) -> String {
        let language = report.language
        let m = { (text: String) in Table.markdownText(text) }
        var out = "# " + m(report.title) + "\n\n" + m(report.context) + "\n\n"
        out += "## " + m(ReportWords.answer(language)) + "\n\n"
        if !report.table.rows.isEmpty { out += report.table.markdown() + "\n" }
        if !report.tableNote.isEmpty { out += m(report.tableNote) + "\n\n" }
        for note in report.notes { out += m(note) + "\n\n" }

        if let diagramFile {
            out += "## " + m(ReportWords.diagram(language)) + "\n\n"
            out += "![" + m(report.title) + "](<" + linkTarget(diagramFile) + ">)\n\n" + m(ReportWords.diagramCaption(language)) + "\n\n"
        }

        if !report.paths.isEmpty {
            out += "## " + m(ReportWords.paths(language)) + "\n"
            for path in report.paths {
                out += "\n### " + m(path.heading) + "\n\n"
                for (step, hop) in path.hops.enumerated() {
                    out += "\(step + 1). **" + m(hop.headline) + "**  \n   " + details(hop, language) + "\n"
                }
                out += "\n" + m(path.reaches) + "\n"
            }
            out += "\n"
        }

        if !report.bases.isEmpty {
            out += "## " + m(ReportWords.bases(language)) + "\n\n"
            for (number, basis) in report.bases.enumerated() { out += "\(number + 1). " + m(basis) + "\n" }
            out += "\n"
        }

        out += "## " + m(ReportWords.caveats(language)) + "\n\n"
        if report.caveats.isEmpty {
            out += m(ReportWords.noCaveat(language)) + "\n\n"
        } else {
            for caveat in report.caveats {
                out += "- ⚠ **" + m(caveat.flag.text(language)) + "** — " + m(caveat.hops.joined(separator: ", ")) + "\n"
            }
            out += "\n"
        }

        if !report.sources.isEmpty {
            out += "## " + m(ReportWords.sources(language)) + "\n\n"
            for source in report.sources {
                let title = source.url.flatMap(SafeURL.sanitize).map { "[" + m(source.title) + "](<" + $0 + ">)" } ?? m(source.title)
                out += "- " + m(source.id) + " — " + title
                    + (source.publisher.map { " — " + m($0) } ?? "") + "\n"
            }
            out += "\n"
        }
        out += "---\n\n" + m(ReportWords.generatedBy(language) + " " + generator) + "\n"
        return out
    }

    /// Basis number, standing, sources and caveats of a hop, on one line.
    static func details(_ hop: Report.Hop, _ language: Language) -> String {
        let m = { (text: String) in Table.markdownText(text) }
        var parts: [String] = []
        if let basis = hop.basis {
            parts.append(m(ReportWords.basisNumber(language)) + " \\[\(basis)\\]")
        } else if let text = hop.basisText {
            parts.append(hop.flags.contains(.noBasis) ? "⚠ **" + m(text) + "**" : m(text))
        }
        parts.append(m(hop.standing))
        if !hop.sources.isEmpty {
            parts.append(m(ReportWords.sourcesLabel(language)) + " " + hop.sources.map(m).joined(separator: ", "))
        }
        let shown = hop.flags.filter { $0 != .noBasis }
        if !shown.isEmpty { parts.append("⚠ **" + shown.map { m($0.text(language)) }.joined(separator: " ; ") + "**") }
        return parts.joined(separator: " · ")
    }

    /// A relative file name as a link target: only characters safe between `<` and `>`
    /// (anything else percent-encoded).
    static func linkTarget(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}
