/// A report as one self-contained HTML file: no script, no external resource (the diagram is
/// inline SVG, the style sheet is in the page), links only to the sources' http(s) addresses and
/// to anchors of the page. Written as XHTML-compatible markup (every element closed, attributes
/// quoted), so an XML parser reads it too. Every text goes through `Markup.escaped`, every link
/// through `SafeURL`. A print style sheet lays it on A4 pages.
public enum ReportHTML {
    /// The page. `svg` is the diagram as Graphviz wrote it (its XML prolog is dropped); `generator`
    /// names the program in the footer.
    public static func document(_ report: Report, svg: String?, generator: String) -> String {
        let language = report.language
        let e = { (text: String) in Markup.escaped(text) }
        var html = "<!DOCTYPE html>\n"
        html += "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\" xml:lang=\"\(language.rawValue)\">\n"
        html += "<head>\n<meta charset=\"utf-8\"/>\n<title>\(e(report.title))</title>\n"
        html += "<meta name=\"generator\" content=\"\(e(generator))\"/>\n<style>\n\(styleSheet)</style>\n</head>\n<body>\n"
        html += "<header>\n<h1>\(e(report.title))</h1>\n<p class=\"context\">\(e(report.context))</p>\n</header>\n"

        html += section("answer", ReportWords.answer(language)) {
            var body = ""
            if !report.table.rows.isEmpty {
                body += "<table>\n<thead><tr>" + report.table.headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in report.table.rows {
                    body += "<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            }
            if !report.tableNote.isEmpty { body += "<p>\(e(report.tableNote))</p>\n" }
            for note in report.notes { body += "<p class=\"note\">\(e(note))</p>\n" }
            return body
        }

        if let svg, let inline = inlineSVG(svg) {
            html += section("diagram", ReportWords.diagram(language)) {
                "<figure>\n\(inline)\n<figcaption>\(e(ReportWords.diagramCaption(language)))</figcaption>\n</figure>\n"
            }
        }

        if !report.paths.isEmpty {
            html += section("paths", ReportWords.paths(language)) {
                report.paths.map { path in
                    "<div class=\"path\">\n<h3>\(e(path.heading))</h3>\n<ol>\n"
                        + path.hops.map { hopItem($0, language) }.joined()
                        + "</ol>\n<p class=\"reaches\">\(e(path.reaches))</p>\n</div>\n"
                }.joined()
            }
        }

        if !report.bases.isEmpty {
            html += section("bases", ReportWords.bases(language)) {
                "<ol class=\"bases\">\n" + report.bases.enumerated().map { number, basis in
                    "<li id=\"basis-\(number + 1)\">\(e(basis))</li>\n"
                }.joined() + "</ol>\n"
            }
        }

        html += section("caveats", ReportWords.caveats(language)) {
            guard !report.caveats.isEmpty else { return "<p>\(e(ReportWords.noCaveat(language)))</p>\n" }
            return "<ul class=\"caveats\">\n" + report.caveats.map { caveat in
                "<li><span class=\"flag\">⚠\u{A0}\(e(caveat.flag.text(language)))</span> — "
                    + e(caveat.hops.joined(separator: ", ")) + "</li>\n"
            }.joined() + "</ul>\n"
        }

        if !report.sources.isEmpty {
            html += section("sources", ReportWords.sources(language)) {
                "<ul class=\"sources\">\n" + report.sources.map { source in
                    var item = "<li id=\"\(anchor("source", source.id))\"><span class=\"id\">\(e(source.id))</span> "
                    if let url = source.url, let link = SafeURL.sanitize(url) {
                        item += "<a href=\"\(link)\">\(e(source.title))</a>"
                    } else {
                        item += e(source.title)
                    }
                    if let publisher = source.publisher { item += " — " + e(publisher) }
                    if let url = source.url { item += " <span class=\"url\">\(e(url))</span>" }
                    return item + "</li>\n"
                }.joined() + "</ul>\n"
            }
        }
        html += "<footer><p>\(e(ReportWords.generatedBy(language) + " " + generator))</p></footer>\n</body>\n</html>\n"
        return html
    }

    /// A hop as a list item: headline, basis number, standing, sources, caveats.
    static func hopItem(_ hop: Report.Hop, _ language: Language) -> String {
        let e = { (text: String) in Markup.escaped(text) }
        var item = "<li><span class=\"hop\">\(e(hop.headline))</span><br/>"
        var parts: [String] = []
        if let basis = hop.basis {
            parts.append("<a class=\"basis\" href=\"#basis-\(basis)\">\(e(ReportWords.basisNumber(language))) [\(basis)]</a>")
        } else if let text = hop.basisText {
            parts.append("<span class=\"\(hop.flags.contains(.noBasis) ? "flag" : "basis")\">\(e(text))</span>")
        }
        parts.append(e(hop.standing))
        if !hop.sources.isEmpty {
            parts.append(e(ReportWords.sourcesLabel(language)) + " " + hop.sources.map { id in
                "<a href=\"#\(anchor("source", id))\">\(e(id))</a>"
            }.joined(separator: ", "))
        }
        item += parts.joined(separator: " · ")
        let shown = hop.flags.filter { $0 != .noBasis }
        if !shown.isEmpty {
            item += "<br/><span class=\"flag\">⚠\u{A0}" + shown.map { e($0.text(language)) }.joined(separator: " ; ") + "</span>"
        }
        return item + "</li>\n"
    }

    /// `<section id="…"><h2>…</h2>…</section>`.
    static func section(_ id: String, _ title: String, _ body: () -> String) -> String {
        "<section id=\"\(id)\">\n<h2>\(Markup.escaped(title))</h2>\n" + body() + "</section>\n"
    }

    /// An id attribute value for a model id: letters, digits, `-`, `.` and `_` kept, any other
    /// scalar written as `_HEX_`, so that two ids never share an anchor.
    static func anchor(_ prefix: String, _ id: String) -> String {
        var out = prefix + "-"
        for scalar in id.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return out
    }

    /// The `<svg>` element of Graphviz's output, without the XML declaration, doctype and
    /// comments before it; nil when there is none.
    static func inlineSVG(_ svg: String) -> String? {
        guard let start = svg.range(of: "<svg") else { return nil }
        var element = String(svg[start.lowerBound...])
        while let last = element.last, last.isWhitespace { element.removeLast() }
        guard element.hasSuffix("</svg>") else { return nil }
        return element
    }

    /// Screen and print: A4 pages with margins, tables and paths that do not split across pages.
    static let styleSheet = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        html { font-family: "DejaVu Sans", "Helvetica", "Arial", sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
        body { max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
        h1 { font-size: 15pt; margin: 0 0 2mm 0; }
        h2 { font-size: 12pt; margin: 5mm 0 2mm 0; border-bottom: 0.5pt solid #999; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 9pt; margin: 2mm 0 0.5mm 0; break-after: avoid; page-break-after: avoid; }
        p { margin: 1mm 0; }
        .context { color: #333; font-size: 9pt; }
        .note { font-size: 8.5pt; color: #333; }
        table { border-collapse: collapse; width: 100%; font-size: 7.5pt; }
        th, td { border: 0.5pt solid #bbb; padding: 0.6mm 1mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        td:first-child { width: 24%; }
        th { background: #eee; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        figure { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; max-width: 100%; max-height: 100mm; width: 100%; height: auto; }
        figcaption { font-size: 8pt; color: #333; }
        .path { break-inside: avoid; page-break-inside: avoid; }
        ol, ul { margin: 0 0 1mm 0; padding-left: 6mm; }
        li { font-size: 8pt; margin: 0.2mm 0; }
        .hop { font-weight: bold; }
        .reaches { font-size: 8pt; margin: 0; }
        .flag { color: #a0300a; font-weight: bold; }
        .bases li, .sources li { font-size: 7.5pt; }
        .id { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }
        .url { font-size: 6.5pt; color: #444; word-break: break-all; }
        a { color: #0b4f9c; text-decoration: none; }
        footer { margin-top: 5mm; font-size: 7.5pt; color: #555; }
        @media print {
          body { max-width: none; padding: 0; }
          a { color: inherit; }
          section { break-before: auto; }
        }

        """
}
