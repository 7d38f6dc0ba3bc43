extension DiagramBuilder {
    /// The whole map at institution level (`render --overview`), so that it fits one page: every
    /// unit is folded into the actor at the top of its `part_of` chain, the rights (and,
    /// separately, the flows) from one institution to another are one edge whose note gives their
    /// count, kinds, ids, earliest start, statuses and confidences, and files are a count in their
    /// holder's box (their names in its tooltip). What stays inside one institution is not drawn;
    /// its tooltip counts it. Institutions with no edge are listed in the legend.
    func overview(_ selection: DiagramSelection, title: String) -> DOTGraph {
        var graph = emptyGraph(title: title, truncated: selection.truncated, width: 120)
        // Top to bottom: few ranks of many institutions each, which is wide rather than tall and
        // fits a landscape page with its notes (left to right measured 1070 × 1920 pt).
        graph.attributes["rankdir"] = .token("TB")
        graph.attributes["ranksep"] = .token("0.5")
        graph.attributes["nodesep"] = .token("0.5")
        graph.attributes["concentrate"] = .token("true")
        let roots = Roots(self)

        var rightBundles: [Bundle: [Int]] = [:]
        var flowBundles: [Bundle: [Int]] = [:]
        var inside: [Int: (rights: Int, flows: Int)] = [:]
        for right in selection.rights.sorted() {
            let actor = index.rightActor[right]
            guard actor >= 0, let target = index.rightTarget[right] else { continue }
            let holder: Int
            switch target {
            case .file(let file):
                guard index.fileHolder[file] >= 0 else { continue }
                holder = index.fileHolder[file]
            case .actor(let other): holder = other
            }
            let bundle = Bundle(from: roots[actor], to: roots[holder])
            if bundle.from == bundle.to { inside[bundle.from, default: (0, 0)].rights += 1 } else { rightBundles[bundle, default: []].append(right) }
        }
        for flow in selection.flows.sorted() {
            let from = index.fileHolder[index.flowFrom[flow]], into = index.flowInto[flow] >= 0 ? index.fileHolder[index.flowInto[flow]] : -1
            guard from >= 0, into >= 0 else { continue }
            let bundle = Bundle(from: roots[from], to: roots[into])
            if bundle.from == bundle.to { inside[bundle.from, default: (0, 0)].flows += 1 } else { flowBundles[bundle, default: []].append(flow) }
        }

        var filesOf: [Int: [Int]] = [:]
        for file in selection.files.sorted() where index.fileHolder[file] >= 0 { filesOf[roots[index.fileHolder[file]], default: []].append(file) }
        var unitsOf: [Int: [Int]] = [:]
        for actor in selection.actors.sorted() where roots[actor] != actor { unitsOf[roots[actor], default: []].append(actor) }
        let institutions = Set(selection.actors.map { roots[$0] })
        for institution in institutions.sorted() {
            graph.top.nodes.append(institutionNode(institution, files: filesOf[institution] ?? [], units: unitsOf[institution] ?? [],
                                                   inside: inside[institution] ?? (0, 0)))
        }

        var notes: [String: Footnote] = [:]
        var mixed = false
        for (bundle, rights) in rightBundles {
            let records = rights.map { finder.onDay(model.rights[$0]) }
            let kinds = Set(records.map(\.kind)).sorted()
            let strongest = records.map(\.status).min() ?? .inForce
            let statusStyle = theme.statuses[strongest] ?? Theme.Style()
            // One kind: its colour, pen and arrowhead; several: black, and the note names them.
            let kindStyle = kinds.count == 1 ? theme.rightKinds[kinds[0]] ?? Theme.Style() : Theme.Style()
            mixed = mixed || kinds.count > 1
            var attributes: [String: DOTGraph.Value] = [
                "color": .token(kindStyle.color ?? "#000000"), "fontcolor": .token(kindStyle.color ?? "#000000"),
                "style": .token(statusStyle.style ?? kindStyle.style ?? "solid"), "penwidth": .token(kindStyle.penwidth ?? "1.2"),
                "tooltip": .tooltip(bundleTooltip(bundle, rights: records)),
            ]
            let arrow = [statusStyle.arrowhead, kindStyle.arrowhead].compactMap { $0 }.joined()
            if !arrow.isEmpty { attributes["arrowhead"] = .token(arrow) }
            let key = "r" + bundle.key(index)
            let counts = kinds.map { kind in (kind, records.filter { $0.kind == kind }.count) }
            notes[key] = Footnote(
                kind: OverviewWords.rights(records.count).text(language) + Typography.colon(language)
                    + counts.map { $0.1 > 1 ? "\($0.0.label(language)) ×\($0.1)" : $0.0.label(language) }.joined(separator: ", "),
                basis: "",
                dates: earliest(records.map { $0.since?.value }),
                status: statusCounts(records.map(\.status)), confidence: confidences(records.map(\.confidence)))
            graph.edges.append(DOTGraph.Edge(from: "actor:" + index.actorIDs[bundle.from], to: "actor:" + index.actorIDs[bundle.to],
                                             key: key, attributes: attributes))
        }
        for (bundle, flows) in flowBundles {
            let records = flows.map { finder.onDay(model.flows[$0]) }
            let strongest = records.map(\.status).min() ?? .inForce
            let statusStyle = theme.statuses[strongest] ?? Theme.Style()
            let attributes: [String: DOTGraph.Value] = [
                "color": .token(theme.flow.color ?? "#7f7f7f"), "fontcolor": .token(theme.flow.color ?? "#7f7f7f"),
                "style": .token(strongest == .inForce ? (theme.flow.style ?? "bold") : (statusStyle.style ?? "dashed")),
                "arrowhead": .token(statusStyle.arrowhead ?? theme.flow.arrowhead ?? "empty"),
                "tooltip": .tooltip(bundleTooltip(bundle, flows: records)),
            ]
            let key = "f" + bundle.key(index)
            notes[key] = Footnote(kind: OverviewWords.flows(records.count).text(language),
                                  basis: "",
                                  dates: earliest(records.map { $0.since?.value }),
                                  status: statusCounts(records.map(\.status)), confidence: confidences(records.map(\.confidence)))
            graph.edges.append(DOTGraph.Edge(from: "actor:" + index.actorIDs[bundle.from], to: "actor:" + index.actorIDs[bundle.to],
                                             key: key, attributes: attributes))
        }

        // `concentrate` merges the edges that run side by side into one spline (without it, the
        // markers of the many edges into the banks landed on boxes, measured by GalleryTests); an
        // edge and its reverse would become one double-headed edge that loses a marker, so the
        // second of such a pair is written the other way round with its arrow at the tail
        // (`dir=back`): the two then share one marker, which lists both numbers.
        let ends = Set(graph.edges.map { $0.from + "\u{0}" + $0.to })
        for position in graph.edges.indices where graph.edges[position].from > graph.edges[position].to
            && ends.contains(graph.edges[position].to + "\u{0}" + graph.edges[position].from) {
            let edge = graph.edges[position]
            var attributes = edge.attributes
            attributes["dir"] = .token("back")
            if let head = attributes.removeValue(forKey: "arrowhead") { attributes["arrowtail"] = head }
            graph.edges[position] = DOTGraph.Edge(from: edge.to, to: edge.from, key: edge.key, attributes: attributes)
        }
        let footnotes = numberEdges(&graph, notes: notes)
        let unlinked = removeUnlinked(from: &graph, highlighted: [])
        // The legend explains what is drawn (the bundled rights and flows, the institutions'
        // kinds) beside the notes, under the drawing, where it costs no height among the ranks.
        var drawn = DiagramSelection()
        drawn.rights = Set(rightBundles.values.joined())
        drawn.flows = Set(flowBundles.values.joined())
        let legend = legendTable(drawn, actors: institutions.subtracting(unlinked), severalKinds: mixed, titled: true, split: true)
        graph.title = title
        graph.names = names(graph, actors: institutions, files: [], categories: [])
        // The legend over the list of unlinked institutions, in one column beside the notes.
        let side = unlinkedBox(unlinked, inline: 80).map {
            "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td align=\"left\">" + legend
                + "</td></tr><tr><td align=\"left\">" + $0 + "</td></tr></table>"
        } ?? legend
        frame(&graph, footnotes: footnotes, columns: Self.overviewColumns, beside: [side], cellPadding: 0)
        return graph
    }

    /// The overview's notes: what each bundle holds, its earliest start, its statuses and
    /// confidences; the ids and bases are in each edge's tooltip (`interco show ID` explains one),
    /// so that bundles that say the same share a number and the table fits the page.
    static let overviewColumns = [
        NoteColumn(header: FootnoteWords.kind, width: 48) { $0.kind }, NoteColumn(header: OverviewWords.earliestStart, width: 22) { $0.dates },
        NoteColumn(header: FootnoteWords.standing, width: 40) { $0.status + " · " + $0.confidence },
    ]

    /// One edge of the overview: from one institution to another.
    private struct Bundle: Hashable {
        var from: Int
        var to: Int

        /// A key that sorts the same way every time: the two ids.
        func key(_ index: AccessIndex) -> String { index.actorIDs[from] + "\u{0}" + index.actorIDs[to] }
    }

    /// The actor at the top of each actor's `part_of` chain (a chain is followed at most as many
    /// steps as there are actors, so a cycle the validator reports cannot hang the diagram).
    private struct Roots {
        private var root: [Int]

        init(_ builder: DiagramBuilder) {
            let count = builder.index.actorIDs.count
            root = (0..<count).map { actor in
                var current = actor, steps = 0
                while let parent = builder.parentOf(current), steps < count {
                    current = parent
                    steps += 1
                }
                return current
            }
        }

        subscript(_ actor: Int) -> Int { root[actor] }
    }

    /// An institution's box: its name, how many files it holds; its tooltip names its units and
    /// files and counts what stays inside it.
    private func institutionNode(_ actor: Int, files: [Int], units: [Int], inside: (rights: Int, flows: Int)) -> DOTGraph.Node {
        let record = model.actors[actor]
        var node = actorNode(record, style: theme.actorKinds[record.kind] ?? Theme.Style(), highlighted: false)
        // Narrow boxes: a rank holds many institutions side by side (17 characters keeps the whole
        // map on A4 landscape at 7 pt in both languages; 20 let English names run one line too wide).
        let name = Self.wrapped(record.name.text(language), width: 17).joined(separator: "\n")
        node.attributes["label"] = .label(name + (files.isEmpty ? "" : "\n" + OverviewWords.files(files.count).text(language)))
        var lines = [actorTooltip(record)]
        let colon = Typography.colon(language)
        if !units.isEmpty {
            lines.append(OverviewWords.units.text(language) + colon + units.map { model.actors[$0].name.text(language) }.joined(separator: ", "))
        }
        if !files.isEmpty {
            lines.append(OverviewWords.files(files.count).text(language) + colon
                         + files.map { model.files[$0].name.text(language) }.joined(separator: ", "))
        }
        if inside.rights + inside.flows > 0 { lines.append(OverviewWords.inside(rights: inside.rights, flows: inside.flows).text(language)) }
        node.attributes["tooltip"] = .tooltip(lines.joined(separator: "\n"))
        return node
    }

    /// Every right of a bundle, one line each: id, kind, basis, dates, status.
    private func bundleTooltip(_ bundle: Bundle, rights: [Right]) -> String {
        header(bundle) + rights.map { right in
            "• \(right.id?.value ?? "?") (\(right.kind.label(language))) · " + (right.basis ?? word(.noBasis)) + " · "
                + dates(right.since, right.until) + " · " + right.status.label(language)
        }.joined(separator: "\n")
    }

    /// Every flow of a bundle, one line each: id, files, basis, dates, status.
    private func bundleTooltip(_ bundle: Bundle, flows: [Flow]) -> String {
        header(bundle) + flows.map { flow in
            "• \(flow.id?.value ?? "?") (\(flow.from.value) → \(flow.into.value)) · " + (flow.basis ?? word(.noBasis)) + " · "
                + dates(flow.since, flow.until) + " · " + flow.status.label(language)
        }.joined(separator: "\n")
    }

    private func header(_ bundle: Bundle) -> String {
        model.actors[bundle.from].name.text(language) + " → " + model.actors[bundle.to].name.text(language) + "\n"
    }

    /// The earliest start stated, or that none is.
    private func earliest(_ starts: [ModelDate?]) -> String {
        starts.compactMap { $0 }.min()?.description ?? DiagramWords.noDates.text(language)
    }

    /// "in force ×2, alleged", strongest first.
    private func statusCounts(_ statuses: [Status]) -> String {
        Set(statuses).sorted().map { status in
            let count = statuses.filter { $0 == status }.count
            return status.label(language) + (count > 1 ? " ×\(count)" : "")
        }.joined(separator: ", ")
    }

    /// The confidence codes that occur, best first: "A, D".
    private func confidences(_ values: [Confidence?]) -> String {
        let codes = Set(values.compactMap { $0 }).sorted().map(\.code)
        let unstated = values.contains { $0 == nil } ? [word(.notStated)] : []
        return (codes + unstated).joined(separator: ", ")
    }
}

/// The words of the overview, in both languages.
enum OverviewWords {
    static func rights(_ count: Int) -> Localized {
        count == 1 ? Localized(en: "1 right", fr: "1 droit") : Localized(en: "\(count) rights", fr: "\(count) droits")
    }
    static func flows(_ count: Int) -> Localized {
        count == 1 ? Localized(en: "1 data flow", fr: "1 flux de données") : Localized(en: "\(count) data flows", fr: "\(count) flux de données")
    }
    static func files(_ count: Int) -> Localized {
        count == 1 ? Localized(en: "1 file", fr: "1 fichier") : Localized(en: "\(count) files", fr: "\(count) fichiers")
    }
    static let units = Localized(en: "units folded in", fr: "services inclus")
    static func inside(rights: Int, flows: Int) -> Localized {
        Localized(en: "inside this institution, not drawn: \(rights) right(s), \(flows) flow(s)",
                  fr: "à l'intérieur de cette institution, non dessinés\u{A0}: \(rights) droit(s), \(flows) flux")
    }
    static let earliestStart = Localized(en: "Earliest start", fr: "Début le plus ancien")
    /// The legend's line for an edge that bundles several kinds of right.
    static let severalKinds = Localized(en: "several kinds (see the notes)", fr: "plusieurs types (voir les notes)")
}
