extension DiagramBuilder {
    /// One numbered note: what an edge's marker `[n]` stands for.
    struct Footnote: Hashable {
        var kind: String
        var basis: String
        var dates: String
        var status: String
        var confidence: String
    }

    /// Numbers the rights and flows in the order the DOT text lists them, puts the short marker
    /// `[n]` on each edge (an `xlabel`, small enough for Graphviz to place beside its edge) and
    /// gives the notes in that order; edges whose notes say the same (kind, basis, dates, status,
    /// confidence) share a number, and parallel edges one marker. Long labels beside edges overlapped nodes and each other
    /// (measured on the gallery); the markers do not (`GalleryTests`).
    func numberEdges(_ graph: inout DOTGraph, notes: [String: Footnote]) -> [Footnote] {
        var footnotes: [Footnote] = []
        var numbers: [Footnote: Int] = [:]
        let order = graph.edges.indices.filter { notes[graph.edges[$0].key] != nil }.sorted {
            (graph.edges[$0].from, graph.edges[$0].to, graph.edges[$0].key) < (graph.edges[$1].from, graph.edges[$1].to, graph.edges[$1].key)
        }
        // Parallel edges (same ends) run side by side: their markers go together on the first one,
        // since two markers there overlapped (measured on the bank-statements view).
        var markers: [String: (position: Int, numbers: [Int])] = [:]
        var pairs: [String] = []
        for position in order {
            let note = notes[graph.edges[position].key]!
            let number = numbers[note] ?? {
                footnotes.append(note)
                numbers[note] = footnotes.count
                return footnotes.count
            }()
            let pair = graph.edges[position].from + "\u{0}" + graph.edges[position].to
            if markers[pair] == nil { pairs.append(pair) }
            markers[pair, default: (position, [])].numbers.append(number)
        }
        for pair in pairs {
            let (position, list) = markers[pair]!
            var unique: [Int] = []
            for number in list where !unique.contains(number) { unique.append(number) }
            graph.edges[position].attributes["xlabel"] = .label(unique.map { "[\($0)]" }.joined(separator: " "))
        }
        return footnotes
    }

    /// A column of the notes table after the number: its header, its width in characters, its text.
    struct NoteColumn {
        var header: Localized
        var width: Int
        var text: @Sendable (Footnote) -> String
    }

    /// The columns of the notes table: kind, basis, dates, status and confidence.
    static let noteColumns = [
        NoteColumn(header: FootnoteWords.kind, width: 30) { $0.kind }, NoteColumn(header: FootnoteWords.basis, width: 64) { $0.basis },
        NoteColumn(header: FootnoteWords.dates, width: 22) { $0.dates },
        NoteColumn(header: FootnoteWords.standing, width: 24) { $0.status + " · " + $0.confidence },
    ]

    /// The notes as an HTML-like table, for the label under the drawing (so PDF and PNG carry it).
    func footnoteTable(_ footnotes: [Footnote], columns: [NoteColumn] = Self.noteColumns, cellPadding: Int = 2) -> String {
        let words = FootnoteWords.self
        func cell(_ text: String, width: Int, bold: Bool = false) -> String {
            let lines = Self.wrapped(text, width: width).map(DOTEncoder.xmlEscape)
            let body = lines.joined(separator: "<br align=\"left\"/>") + (lines.count > 1 ? "<br align=\"left\"/>" : "")
            return "<td align=\"left\" valign=\"top\" balign=\"left\">" + (bold ? "<b>\(body)</b>" : body) + "</td>"
        }
        var rows = ["<tr>" + ([words.number] + columns.map(\.header)).map { cell($0.text(language), width: 80, bold: true) }.joined() + "</tr>"]
        for (number, note) in footnotes.enumerated() {
            rows.append("<tr>" + cell("[\(number + 1)]", width: 8) + columns.map { cell($0.text(note), width: $0.width) }.joined() + "</tr>")
        }
        return "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"\(cellPadding)\" color=\"#bdbdbd\">" + rows.joined() + "</table>"
    }

    /// `text` in lines of at most `width` characters, broken at spaces (a longer word keeps its line).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + (line.isEmpty && !lines.isEmpty ? [] : [line])
    }
}

/// The words of the notes table, in both languages.
enum FootnoteWords {
    static let number = Localized(en: "No.", fr: "N°")
    static let kind = Localized(en: "Kind", fr: "Type")
    static let basis = Localized(en: "Legal basis", fr: "Base légale")
    static let dates = Localized(en: "Dates", fr: "Dates")
    static let standing = Localized(en: "Status · confidence", fr: "Statut · confiance")
    static let title = Localized(en: "Notes", fr: "Notes")
}

extension DiagramBuilder {
    /// Puts the whole drawing in a frameless cluster whose label, under it, is the notes table:
    /// Graphviz has one graph label (the title, on top), and a cluster label can go at the bottom.
    /// `beside`: HTML-like tables set to the right of the notes (the overview's legend).
    func frame(_ graph: inout DOTGraph, footnotes: [Footnote], columns: [NoteColumn] = Self.noteColumns, beside: [String] = [],
               cellPadding: Int = 2) {
        let title = FootnoteWords.title.text(language)
        let tables = (footnotes.isEmpty ? [] : [footnoteTable(footnotes, columns: columns, cellPadding: cellPadding)]) + beside
        let label = tables.count == 1 ? tables[0]
            : "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                + tables.map { "<td align=\"left\" valign=\"top\">" + $0 + "</td>" }.joined() + "</tr></table>"
        var drawing = DOTGraph.Cluster(id: "drawing", attributes: [
            "label": .html(label), "labelloc": .token("b"), "labeljust": .token("l"),
            "peripheries": .token("0"), "fontsize": .token(theme.fontSize), "margin": .token("8"), "tooltip": .tooltip(title),
        ])
        drawing.nodes = graph.top.nodes
        drawing.clusters = graph.top.clusters
        graph.top.nodes = []
        graph.top.clusters = [drawing]
        graph.names["cluster_drawing"] = title
    }
}
