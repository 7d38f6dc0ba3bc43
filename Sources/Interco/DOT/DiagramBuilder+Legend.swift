extension DiagramBuilder {
    /// A legend of only what the diagram shows, drawn with what it explains: each right kind, flow
    /// and status as a line sample in its own colour, pen and arrowhead, each actor kind in its
    /// fill, each file kind as a node of its shape; then confidence codes and the footer with the
    /// model's source count.
    ///
    /// The samples are one HTML-like table (a legend of real edges would be stretched over the
    /// drawing's ranks); the file shapes, which a table cannot draw, are nodes of the legend's
    /// cluster, stacked beside it.
    func legend(_ selection: DiagramSelection, actors: Set<Int>, unlinked: Set<Int> = []) -> DOTGraph.Cluster {
        let words = LegendWords.self
        var cluster = DOTGraph.Cluster(id: "legend", attributes: [
            "label": .label(words.title.text(language)), "style": .token("rounded"), "color": .token("#bdbdbd"),
            "labelloc": .token("t"), "fontsize": .token(String((Double(theme.fontSize) ?? 10) + 2)), "peripheries": .token("1"), "margin": .token("8"),
        ])
        cluster.nodes.append(DOTGraph.Node(id: "legend", attributes: [
            "shape": .token("plaintext"), "style": .token("solid"), "label": .html(legendTable(selection, actors: actors)),
            "tooltip": .tooltip(words.title.text(language)),
        ]))
        if let box = unlinkedBox(unlinked) {
            cluster.nodes.append(DOTGraph.Node(id: "legend:unlinked", attributes: [
                "shape": .token("plaintext"), "style": .token("solid"), "label": .html(box),
                "tooltip": .tooltip(words.unlinked.text(language) + "\n" + unlinkedNames(unlinked).joined(separator: "\n")),
            ]))
        }
        let files = selection.files.map { finder.onDay(model.files[$0]) }
        let fileKinds = Set(files.map(\.kind)).sorted { ($0?.rawValue ?? "~") < ($1?.rawValue ?? "~") }
        for (number, kind) in fileKinds.enumerated() {
            let style = theme.fileKinds[kind] ?? theme.fileKinds[nil] ?? Theme.Style()
            let name = (kind?.label(language) ?? words.fileWithoutKind.text(language))
            cluster.nodes.append(DOTGraph.Node(id: "legend:file:" + String(number).leftPadded(to: 2), attributes: [
                "shape": .token(style.shape ?? "folder"), "fillcolor": .token(style.fill ?? "#ffffff"),
                "label": .label(words.fileShape.text(language) + name), "tooltip": .tooltip(name), "height": .token("0.3"),
            ]))
        }
        return cluster
    }

    /// The names of the actors with no link in the view, sorted.
    private func unlinkedNames(_ unlinked: Set<Int>) -> [String] { unlinked.map { model.actors[$0].name.text(language) }.sorted() }

    /// The box listing the actors with no link in the view, as an HTML-like table; nil when there
    /// is none. `inline`: the names as one paragraph of `inline` characters per line, not a column.
    func unlinkedBox(_ unlinked: Set<Int>, inline: Int? = nil) -> String? {
        guard !unlinked.isEmpty else { return nil }
        let names = unlinkedNames(unlinked)
        let cells = inline.map { [Self.wrapped(names.joined(separator: " · "), width: $0)] } ?? names.map { [$0] }
        return "<table border=\"1\" color=\"#9e9e9e\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"2\">"
            + "<tr><td align=\"left\"><b>\(DOTEncoder.xmlEscape(LegendWords.unlinked.text(language)))</b></td></tr>"
            + cells.map { lines in
                "<tr><td align=\"left\"" + (lines.count > 1 ? " balign=\"left\">" : ">") + lines.map(DOTEncoder.xmlEscape).joined(separator: "<br/>") + "</td></tr>"
            }.joined() + "</table>"
    }

    /// The legend's samples as an HTML-like table; `severalKinds` adds the black line of an
    /// overview edge that bundles several kinds of right, `titled` the legend's title on top;
    /// `split` sets its sections in two columns (half as tall).
    func legendTable(_ selection: DiagramSelection, actors: Set<Int>, severalKinds: Bool = false, titled: Bool = false,
                     split: Bool = false) -> String {
        let rights = selection.rights.map { finder.onDay(model.rights[$0]) }
        let flows = selection.flows.map { finder.onDay(model.flows[$0]) }
        let files = selection.files.map { finder.onDay(model.files[$0]) }
        let words = LegendWords.self
        var rows: [String] = []
        func cell(_ text: String, colour: String? = nil, fill: String? = nil, rounded: Bool = false) -> String {
            let font = colour.map { "<font color=\"\($0)\">" } ?? ""
            let fontEnd = colour == nil ? "" : "</font>"
            let background = fill.map { " bgcolor=\"\($0)\" border=\"1\" color=\"#9e9e9e\"" } ?? ""
            let style = rounded ? " style=\"rounded\"" : ""
            return "<td align=\"left\"\(background)\(style)>\(font)\(DOTEncoder.xmlEscape(text))\(fontEnd)</td>"
        }
        var starts: [Int] = []
        func header(_ text: Localized) -> String {
            starts.append(rows.count)
            return "<tr><td align=\"left\" colspan=\"2\"><b>\(DOTEncoder.xmlEscape(text.text(language)))</b></td></tr>"
        }

        let rightKinds = Set(rights.map(\.kind)).sorted()
        if !rightKinds.isEmpty || !flows.isEmpty {
            rows.append(header(theme.isGreyscale ? words.greyRights : words.rights))
            for kind in rightKinds {
                let style = theme.rightKinds[kind] ?? Theme.Style()
                let sample = LegendGlyphs.line(style.style ?? "solid", width: style.penwidth) + LegendGlyphs.arrow(style.arrowhead ?? "normal")
                rows.append("<tr>" + cell(sample, colour: style.color ?? "#000000") + cell(kind.label(language)) + "</tr>")
            }
            if severalKinds {
                rows.append("<tr>" + cell(LegendGlyphs.line("solid", width: nil) + LegendGlyphs.arrow("normal"), colour: "#000000")
                            + cell(OverviewWords.severalKinds.text(language)) + "</tr>")
            }
            if !flows.isEmpty {
                let sample = LegendGlyphs.line(theme.flow.style ?? "bold", width: nil) + LegendGlyphs.arrow(theme.flow.arrowhead ?? "empty")
                rows.append("<tr>" + cell(sample, colour: theme.flow.color) + cell(words.flow.text(language)) + "</tr>")
            }
        }
        if earlier != nil {
            // A diff: how each edge compares with the first day, told by width, colour and a word.
            rows.append(header(words.changes))
            rows.append("<tr>" + cell(LegendGlyphs.line("solid", width: "2.5") + LegendGlyphs.arrow("normal") + " +")
                        + cell(words.gained.text(language)) + "</tr>")
            rows.append("<tr>" + cell(LegendGlyphs.line("solid", width: nil) + LegendGlyphs.arrow("normal"), colour: "#9e9e9e")
                        + cell(words.unchanged.text(language)) + "</tr>")
            rows.append("<tr>" + cell(LegendGlyphs.line("dashed", width: nil) + " " + DiagramWords.Word.endedInDiff.text.text(language), colour: "#757575")
                        + cell(words.lost.text(language)) + "</tr>")
        }
        let statuses = Set(rights.map(\.status) + flows.map(\.status) + files.map(\.status)).sorted()
        if !statuses.isEmpty {
            rows.append(header(words.statuses))
            for status in statuses {
                let style = theme.statuses[status] ?? Theme.Style()
                let sample = LegendGlyphs.line(style.style ?? "solid", width: nil) + (style.arrowhead.map(LegendGlyphs.arrow) ?? "")
                let mark = style.mark.map { " " + $0 } ?? ""
                rows.append("<tr>" + cell(sample + mark) + cell(status.label(language)) + "</tr>")
            }
        }
        let confidences = Set(rights.compactMap(\.confidence) + flows.compactMap(\.confidence) + files.compactMap(\.confidence)).sorted()
        if !confidences.isEmpty {
            rows.append(header(words.confidence))
            for confidence in confidences { rows.append("<tr>" + cell(confidence.code) + cell(confidence.label(language)) + "</tr>") }
        }
        let actorKinds = Set(actors.map { model.actors[$0].kind }).sorted()
        if !actorKinds.isEmpty {
            rows.append(header(words.actors))
            for kind in actorKinds {
                rows.append("<tr>" + cell("      ", fill: theme.actorKinds[kind]?.fill ?? "#ffffff", rounded: true)
                            + cell(kind.label(language)) + "</tr>")
            }
        }
        rows.append("<tr><td align=\"left\" colspan=\"2\">"
                    + DOTEncoder.xmlEscape(words.footer(sources: model.sources.count, generator: generator).text(language)) + "</td></tr>")
        func table(_ rows: ArraySlice<String>) -> String {
            "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">" + rows.joined() + "</table>"
        }
        if titled {
            let title = header(words.title)
            starts.removeLast()
            rows.insert(title, at: 0)
            starts = starts.map { $0 + 1 }
        }
        // Two columns: the second starts at the section nearest to half the rows.
        guard split, let middle = starts.dropFirst().min(by: { abs($0 - rows.count / 2) < abs($1 - rows.count / 2) }) else {
            return table(rows[...])
        }
        return "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">" + table(rows[..<middle])
            + "</td><td valign=\"top\">" + table(rows[middle...]) + "</td></tr></table>"
    }
}

/// Line samples for the legend, drawn with characters DejaVu Sans has.
enum LegendGlyphs {
    /// A line in a pen style: solid, dashed, dotted or bold (thicker for a wide pen).
    static func line(_ style: String, width: String?) -> String {
        let wide = (Double(width ?? "1") ?? 1) >= 1.8
        switch style {
        case "dashed": return wide ? "━ ━ ━ " : "─ ─ ─ "
        case "dotted": return "· · · · "
        case "bold": return "━━━━"
        default: return wide ? "━━━━" : "────"
        }
    }

    /// The arrowhead Graphviz draws for an `arrowhead` value.
    static func arrow(_ name: String) -> String {
        switch name {
        case "empty", "onormal": "▷"
        case "diamond": "◆"
        case "odiamond": "◇"
        case "vee": "❯"
        case "dot": "●"
        case "odot": "○"
        case "box": "■"
        case "obox": "□"
        case "tee": "┫"
        case "inv": "◀"
        case "none": ""
        default: "▶"
        }
    }
}

/// The words of the legend, in both languages.
enum LegendWords {
    static let title = Localized(en: "Legend", fr: "Légende")
    static let rights = Localized(en: "Rights (colour and arrowhead)", fr: "Droits (couleur et pointe)")
    static let greyRights = Localized(en: "Rights (arrowhead and width)", fr: "Droits (pointe et épaisseur)")
    static let flow = Localized(en: "data flow", fr: "flux de données")
    static let statuses = Localized(en: "Status (pen)", fr: "Statut (trait)")
    static let fileShape = Localized(en: "file: ", fr: "fichier\u{A0}: ")
    static let fileWithoutKind = Localized(en: "no kind", fr: "sans type")
    static let actors = Localized(en: "Actors (fill)", fr: "Acteurs (fond)")
    static let confidence = Localized(en: "Confidence", fr: "Confiance")
    static let changes = Localized(en: "Changes between the two days", fr: "Changements entre les deux dates")
    static let gained = Localized(en: "counts on the second day only (gained)", fr: "ne compte qu'à la seconde date (gagné)")
    static let unchanged = Localized(en: "counts on both days (unchanged)", fr: "compte aux deux dates (inchangé)")
    static let lost = Localized(en: "counts on the first day only (ended)", fr: "ne compte qu'à la première date (terminé)")
    static let unlinked = Localized(en: "Actors with no link in this view", fr: "Acteurs sans lien dans cette vue")

    static func footer(sources: Int, generator: String) -> Localized {
        Localized(en: "\(sources) sources in the model · \(generator)", fr: "\(sources) sources dans le modèle · \(generator)")
    }
}
