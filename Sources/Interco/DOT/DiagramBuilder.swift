/// Turns a view of the model into a `DOTGraph`: actors as clusters holding their files
/// (`part_of` as nested clusters), rights and flows as edges styled by kind and status, a
/// title, and a legend of only what appears.
public struct DiagramBuilder: Sendable {
    /// The query machinery (filters, effective data).
    public let finder: PathFinder
    /// Colours, shapes and pen styles.
    public let theme: Theme
    /// Version shown in the legend's footer.
    public let generator: String
    /// The language of the words the diagram adds (the legend's, so far).
    public var language: Language = .fr
    /// Most paths drawn per actor in the query views (shortest first).
    public let pathLimit: Int
    /// For a diff (`render --diff`): the first day's finder. The diagram then draws what either
    /// day counts: rights and flows gained since that day in their own style with a `+` on their
    /// marker, those lost struck through and marked "ended", the unchanged ones in grey.
    public var earlier: PathFinder?

    /// Creates a builder.
    public init(finder: PathFinder, theme: Theme, generator: String = "interco", pathLimit: Int = 20) {
        self.finder = finder
        self.theme = theme
        self.generator = generator
        self.pathLimit = pathLimit
    }

    var index: AccessIndex { finder.index }
    var model: Model { finder.index.model }

    /// The graph of `view`.
    public func graph(_ view: DiagramView) -> DOTGraph {
        // A what-if draws the model as it is, its lost rights and flows struck through.
        if view == .overview {
            // Institution level: the map under the filters, without what-if or diff marks.
            return overview(.wholeMap(finder), title: DiagramWords.overviewTitle.text(language))
        }
        var (selection, title) = select(view, self.finder.filters.isWhatIf ? self.finder.asItIs : self.finder)
        if let earlier {
            // A diff draws what either day counts.
            selection.merge(select(view, earlier).selection)
            func day(_ finder: PathFinder) -> String {
                if case .on(let date) = finder.filters.day { return date.description }
                return QueryWording.of(language).anyDay
            }
            title = DiagramWords.diffTitle.filled(language, title, day(earlier), day(finder))
        }
        return layout(selection, title: title)
    }

    /// What `view` draws under `finder`, and its title.
    private func select(_ view: DiagramView, _ finder: PathFinder) -> (selection: DiagramSelection, title: String) {
        var selection: DiagramSelection
        let title: String
        switch view {
        case .wholeMap, .overview:
            selection = .wholeMap(finder)
            title = DiagramWords.mapTitle.filled(language)
        case .whoCanReach(let subject):
            selection = DiagramSelection()
            let reaching = finder.whoCanReach(subject).rows.map { index.actor($0.actor.id.value)! }
            for found in finder.listPaths(fromEach: reaching, matching: subject, limit: pathLimit) {
                selection.add(found.paths, index: index, subject: subject)
                selection.truncated = selection.truncated || found.truncated
            }
            selection.highlightedCategories = highlighted(subject)
            title = DiagramWords.whoTitle.filled(language, subjectName(subject), subject.id)
        case .reach(let actor):
            selection = DiagramSelection()
            let found = finder.listPaths(from: actor, limit: pathLimit)
            selection.add(found.paths, index: index, subject: nil)
            selection.actors.insert(actor)
            selection.truncated = found.truncated
            selection.highlightedActors = [actor]
            title = DiagramWords.reachTitle.filled(language, model.actors[actor].name.text(language), index.actorIDs[actor])
        case .paths(let actor, let subject):
            selection = DiagramSelection()
            let found = finder.listPaths(from: actor, matching: subject, limit: pathLimit)
            selection.add(found.paths, index: index, subject: subject)
            selection.actors.insert(actor)
            selection.truncated = found.truncated
            selection.highlightedActors = [actor]
            selection.highlightedCategories = highlighted(subject)
            title = DiagramWords.pathsTitle.filled(language, model.actors[actor].name.text(language), subjectName(subject))
        }
        return (selection, title)
    }

    /// The categories a query view highlights: the subject's, none for any category.
    private func highlighted(_ subject: Subject) -> Set<Int> { subject.kind == .any ? [] : Set(subject.categories) }

    /// The subject's name in a title.
    private func subjectName(_ subject: Subject) -> String {
        switch subject.kind {
        case .any: DiagramWords.anyData.text(language)
        case .sensitive: Localized(en: "sensitive data (GDPR art. 9)", fr: "données sensibles (RGPD, art. 9)").text(language)
        case .category, .file: subject.name.text(language)
        }
    }

    private func layout(_ selection: DiagramSelection, title: String) -> DOTGraph {
        var graph = emptyGraph(title: title, truncated: selection.truncated)
        let titleSize = DOTGraph.Value.token(String((Double(theme.fontSize) ?? 10) + 2))

        // Actors: every holder of a drawn file, and the part_of ancestors that contain them.
        var actors = selection.actors
        for file in selection.files where index.fileHolder[file] >= 0 { actors.insert(index.fileHolder[file]) }
        for actor in Array(actors) {
            var current = parentOf(actor), steps = 0
            while let parent = current, steps < index.actorIDs.count {
                actors.insert(parent)
                current = parentOf(parent)
                steps += 1
            }
        }
        var filesOf: [Int: [Int]] = [:]
        for file in selection.files where index.fileHolder[file] >= 0 { filesOf[index.fileHolder[file], default: []].append(file) }
        var childrenOf: [Int: [Int]] = [:]
        var roots: [Int] = []
        for actor in actors {
            if let parent = parentOf(actor), actors.contains(parent) { childrenOf[parent, default: []].append(actor) } else { roots.append(actor) }
        }
        let clustered = Set(actors.filter { filesOf[$0] != nil || childrenOf[$0] != nil })

        func place(_ actor: Int, depth: Int) -> (nodes: [DOTGraph.Node], clusters: [DOTGraph.Cluster]) {
            let record = model.actors[actor]
            let style = theme.actorKinds[record.kind] ?? Theme.Style()
            let highlighted = selection.highlightedActors.contains(actor)
            guard clustered.contains(actor), depth < 32 else {
                return ([actorNode(record, style: style, highlighted: highlighted)], [])
            }
            var cluster = DOTGraph.Cluster(id: "actor:" + record.id.value, attributes: [
                "label": .label(Self.wrapped(record.name.text(language), width: 40).joined(separator: "\n")), "style": .token("filled,rounded"),
                "labelloc": .token("t"), "fontsize": titleSize, "peripheries": .token("1"), "margin": .token("8"),
                "fillcolor": .token(style.fill ?? theme.cluster.fill ?? "#f7f7f7"),
                "color": .token(highlighted ? (theme.highlight.color ?? "#e6550d") : (theme.cluster.color ?? "#9e9e9e")),
                "penwidth": .token(highlighted ? (theme.highlight.penwidth ?? "3") : "1"),
                "tooltip": .tooltip(actorTooltip(record)),
            ])
            if let url = firstURL(record.sources) { cluster.attributes["URL"] = .url(url) }
            // An anchor inside the cluster carries the actor's own edges (clipped to the cluster border).
            cluster.nodes.append(DOTGraph.Node(id: "actor:" + record.id.value, attributes: [
                "shape": .token("point"), "width": .token("0.05"), "style": .token("invis"), "label": .label(""),
                "tooltip": .tooltip(actorTooltip(record)),
            ]))
            for file in filesOf[actor] ?? [] { cluster.nodes.append(fileNode(file)) }
            for child in childrenOf[actor] ?? [] {
                let placed = place(child, depth: depth + 1)
                cluster.nodes += placed.nodes
                cluster.clusters += placed.clusters
            }
            return ([], [cluster])
        }
        for root in roots {
            let placed = place(root, depth: 0)
            graph.top.nodes += placed.nodes
            graph.top.clusters += placed.clusters
        }

        func contains(_ ancestor: Int, _ actor: Int) -> Bool {
            var current: Int? = actor, steps = 0
            while let node = current, steps <= index.actorIDs.count {
                if node == ancestor { return true }
                current = parentOf(node)
                steps += 1
            }
            return false
        }
        /// The node an actor's edge attaches to, clipped to its cluster unless the other end is
        /// inside that cluster (Graphviz 2.42 frees such an edge twice: measured crash).
        func actorEnd(_ actor: Int, head: Bool, other: Int?) -> (String, [String: DOTGraph.Value]) {
            let id = "actor:" + index.actorIDs[actor]
            guard clustered.contains(actor) else { return (id, [:]) }
            if let other, contains(actor, other) || contains(other, actor) { return (id, [:]) }
            return (id, [head ? "lhead" : "ltail": .token("cluster_" + id)])
        }

        var notes: [String: Footnote] = [:]
        for right in selection.rights {
            let record = finder.onDay(model.rights[right])
            let actor = index.rightActor[right]
            guard actor >= 0, let target = index.rightTarget[right] else { continue }
            let otherActor: Int? = switch target {
            case .file(let file): index.fileHolder[file] >= 0 ? index.fileHolder[file] : nil
            case .actor(let other): other
            }
            var (from, attributes) = actorEnd(actor, head: false, other: otherActor)
            let to: String
            switch target {
            case .file(let file): to = "file:" + index.fileIDs[file]
            case .actor(let other):
                let end = actorEnd(other, head: true, other: actor)
                to = end.0
                attributes.merge(end.1) { first, _ in first }
            }
            if from == to { continue }
            let change = change(now: finder.counts(right: right), before: earlier?.counts(right: right))
            if change == .lost {
                strikeThrough(&attributes, tooltip: rightTooltip(record), word: earlier == nil ? .takenOut : .endedInDiff)
                graph.edges.append(DOTGraph.Edge(from: from, to: to, key: "r" + String(right).leftPadded(to: 8), attributes: attributes))
                continue
            }
            let kindStyle = theme.rightKinds[record.kind] ?? Theme.Style()
            let statusStyle = theme.statuses[record.status] ?? Theme.Style()
            attributes["color"] = .token(kindStyle.color ?? "#000000")
            attributes["fontcolor"] = .token(kindStyle.color ?? "#000000")
            attributes["style"] = .token(statusStyle.style ?? kindStyle.style ?? "solid")
            attributes["penwidth"] = .token(kindStyle.penwidth ?? "1.2")
            // A censured right keeps its kind's arrowhead behind the status's (`teediamond`).
            let arrow = [statusStyle.arrowhead, kindStyle.arrowhead].compactMap { $0 }.joined()
            if !arrow.isEmpty { attributes["arrowhead"] = .token(arrow) }
            attributes["tooltip"] = .tooltip(rightTooltip(record))
            if let url = firstURL(record.sources) { attributes["URL"] = .url(url) }
            let key = "r" + String(right).leftPadded(to: 8)
            notes[key] = rightNote(record, mark: mark(statusStyle.mark, change))
            restyle(&attributes, change)
            graph.edges.append(DOTGraph.Edge(from: from, to: to, key: key, attributes: attributes))
        }

        for flow in selection.flows {
            let record = finder.onDay(model.flows[flow])
            let statusStyle = theme.statuses[record.status] ?? Theme.Style()
            var attributes: [String: DOTGraph.Value] = [
                "color": .token(theme.flow.color ?? "#7f7f7f"), "fontcolor": .token(theme.flow.color ?? "#7f7f7f"),
                "style": .token(record.status == .inForce ? (theme.flow.style ?? "bold") : (statusStyle.style ?? "dashed")),
                "arrowhead": .token(statusStyle.arrowhead ?? theme.flow.arrowhead ?? "empty"),
                "tooltip": .tooltip(flowTooltip(record)),
            ]
            if let url = firstURL(record.sources) { attributes["URL"] = .url(url) }
            let key = "f" + String(flow).leftPadded(to: 8)
            let change = change(now: finder.counts(flow: flow), before: earlier?.counts(flow: flow))
            if change == .lost {
                attributes["arrowhead"] = nil
                strikeThrough(&attributes, tooltip: record.id?.value ?? "", word: earlier == nil ? .takenOut : .endedInDiff)
            } else {
                notes[key] = flowNote(record, mark: mark(statusStyle.mark, change))
                restyle(&attributes, change)
            }
            graph.edges.append(DOTGraph.Edge(from: "file:" + record.from.value, to: "file:" + record.into.value,
                                             key: key, attributes: attributes))
        }

        var categories = Set(selection.ends.map(\.category))
        categories.formUnion(selection.highlightedCategories)
        for category in categories { graph.top.nodes.append(categoryNode(category, highlighted: selection.highlightedCategories.contains(category))) }
        for end in selection.ends {
            var attributes: [String: DOTGraph.Value] = [
                "style": .token("dashed"), "color": .token("#9e9e9e"), "arrowhead": .token("none"),
                "tooltip": .tooltip(word(.givesAccess) + model.categories[end.category].name.text(language) + (end.match.map { " (\($0.label(language)))" } ?? "")),
            ]
            if let match = end.match, match != .exact { attributes["xlabel"] = .label(match.label(language)) }
            if end.node.hasPrefix("actor:"), let actor = index.actor(String(end.node.dropFirst(6))), clustered.contains(actor) {
                attributes["ltail"] = .token("cluster_" + end.node)
            }
            // The key makes parallel end edges (one per match) sort the same way every time.
            graph.edges.append(DOTGraph.Edge(from: end.node, to: "cat:" + index.categoryIDs[end.category],
                                             key: "z" + (end.match?.rawValue ?? ""), attributes: attributes))
        }

        // xlabels, not labels: Graphviz 2.42 frees labelled flat edges inside clusters twice (measured crash).
        let footnotes = numberEdges(&graph, notes: notes)
        let unlinked = removeUnlinked(from: &graph, highlighted: selection.highlightedActors)
        var drawn = actors
        drawn.subtract(unlinked)
        graph.top.clusters.append(legend(selection, actors: drawn, unlinked: unlinked))
        graph.title = title
        graph.names = names(graph, actors: actors, files: selection.files, categories: categories)
        if !footnotes.isEmpty { frame(&graph, footnotes: footnotes) }
        return graph
    }

    /// A right or flow the what-if takes out: grey, dashed, marked "taken out" instead of a
    /// numbered note (so print says it too), and its tooltip saying so.
    private func strikeThrough(_ attributes: inout [String: DOTGraph.Value], tooltip: String, word marker: DiagramWords.Word) {
        attributes["color"] = .token("#9e9e9e")
        attributes["fontcolor"] = .token("#757575")
        attributes["style"] = .token("dashed")
        attributes["penwidth"] = .token("1")
        attributes["xlabel"] = .label(word(marker))
        attributes["tooltip"] = .tooltip(word(marker == .takenOut ? .goneInWhatIf : .goneInDiff) + "\n" + tooltip)
    }

    /// How an edge compares with the diff's first day (or the model as it is, for a what-if).
    enum EdgeChange { case same, gained, unchanged, lost }

    /// `now`: the edge counts under this builder's finder; `before`: under the diff's first day
    /// (nil without a diff).
    private func change(now: Bool, before: Bool?) -> EdgeChange {
        guard let before else { return now ? .same : .lost }
        return now ? (before ? .unchanged : .gained) : .lost
    }

    /// A gained edge's marker carries a `+`.
    private func mark(_ statusMark: String?, _ change: EdgeChange) -> String? {
        change == .gained ? ["+", statusMark].compactMap { $0 }.joined(separator: " ") : statusMark
    }

    /// In a diff: a gained edge thicker in its own colour, an unchanged one thin and grey.
    private func restyle(_ attributes: inout [String: DOTGraph.Value], _ change: EdgeChange) {
        switch change {
        case .gained: attributes["penwidth"] = .token("2.5")
        case .unchanged:
            attributes["color"] = .token("#bdbdbd")
            attributes["fontcolor"] = .token("#757575")
            attributes["penwidth"] = .token("1")
        case .same, .lost: break
        }
    }

    /// Removes the actors that no drawn edge touches (neither them, their files nor their units),
    /// unless highlighted, and gives their numbers: the legend lists them in a box instead of
    /// drawing orphan boxes.
    func removeUnlinked(from graph: inout DOTGraph, highlighted: Set<Int>) -> Set<Int> {
        let ends = Set(graph.edges.flatMap { [$0.from, $0.to] })
        var removed = Set<Int>()
        func keep(_ id: String) -> Bool {
            guard id.hasPrefix("actor:"), let actor = index.actor(String(id.dropFirst(6))) else { return true }
            if ends.contains(id) || highlighted.contains(actor) { return true }
            removed.insert(actor)
            return false
        }
        func filter(_ cluster: DOTGraph.Cluster) -> DOTGraph.Cluster? {
            var copy = cluster
            copy.clusters = cluster.clusters.compactMap(filter)
            let touched = !copy.clusters.isEmpty || cluster.nodes.contains { ends.contains($0.id) }
            if !touched, !keep(cluster.id) { return nil }
            return copy
        }
        graph.top.clusters = graph.top.clusters.compactMap(filter)
        graph.top.nodes = graph.top.nodes.filter { keep($0.id) }
        return removed
    }

    /// People's names for the ids Graphviz writes in SVG `<title>`s.
    func names(_ graph: DOTGraph, actors: Set<Int>, files: Set<Int>, categories: Set<Int>) -> [String: String] {
        var names: [String: String] = [:]
        for actor in actors {
            let id = "actor:" + index.actorIDs[actor]
            names[id] = model.actors[actor].name.text(language)
            names["cluster_" + id] = model.actors[actor].name.text(language)
        }
        for file in files { names["file:" + index.fileIDs[file]] = model.files[file].name.text(language) }
        for category in categories { names["cat:" + index.categoryIDs[category]] = model.categories[category].name.text(language) }
        let legendTitle = LegendWords.title.text(language)
        names["legend"] = legendTitle
        names["cluster_legend"] = legendTitle
        names["legend:unlinked"] = LegendWords.unlinked.text(language)
        for node in graph.top.clusters.first(where: { $0.id == "legend" })?.nodes ?? [] where node.id.hasPrefix("legend:file:") {
            if case .tooltip(let name)? = node.attributes["tooltip"] { names[node.id] = LegendWords.fileShape.text(language) + name }
        }
        for edge in graph.edges {
            names[edge.from + "->" + edge.to] = (names[edge.from] ?? edge.from) + " → " + (names[edge.to] ?? edge.to)
        }
        return names
    }

    /// A graph with the frame's attributes: the title and the query's context line on top.
    /// `width`: the characters per line of the context line (a wide drawing takes longer lines).
    func emptyGraph(title: String, truncated: Bool, width: Int = 80) -> DOTGraph {
        var graph = DOTGraph()
        let font = DOTGraph.Value.token(theme.font)
        let fontSize = DOTGraph.Value.token(theme.fontSize)
        // Clusters inherit the frame's bottom label placement and size, and the page's margin of 0
        // (`PageFit`): each says its own.
        graph.attributes = [
            "charset": .token("UTF-8"), "fontname": font, "fontsize": .token(String((Double(theme.fontSize) ?? 10) + 4)),
            "label": .label((Self.wrapped(title, width: 70) + Self.wrapped(finder.context.line(.of(language)), width: width)).joined(separator: "\n") + (truncated ? "\n" + AnswerWords.truncatedShort(language) : "")),
            "labelloc": .token("t"), "labeljust": .token("l"), "forcelabels": .token("true"), "rankdir": .token("LR"), "compound": .token("true"),
            "bgcolor": .token(theme.background), "nodesep": .token("0.2"), "ranksep": .token("0.6"),
            "tooltip": .tooltip(title),
        ]
        graph.nodeDefaults = ["fontname": font, "fontsize": fontSize, "style": .token("filled"), "penwidth": .token("1")]
        graph.edgeDefaults = ["fontname": font, "fontsize": fontSize]
        return graph
    }

    func parentOf(_ actor: Int) -> Int? {
        model.actors[actor].partOf.flatMap { index.actor($0.value) }
    }

    func firstURL(_ sources: [Located<String>]) -> String? {
        for id in sources {
            if let url = index.source(id.value)?.url, let safe = SafeURL.sanitize(url) { return safe }
        }
        return nil
    }

    private func sourceLines(_ sources: [Located<String>]) -> String {
        sources.map { id in
            let source = index.source(id.value)
            // Only http(s) addresses are ever shown, even as text.
            let url = source?.url.flatMap { SafeURL.sanitize($0) == nil ? nil : $0 }
            return "• " + (source?.title.text(language) ?? id.value) + (url.map { " <\($0)>" } ?? "")
        }.joined(separator: "\n")
    }

    private func confidenceText(_ confidence: Confidence?) -> String {
        confidence.map { "\($0.label(language)) (\($0.code))" } ?? word(.notStated)
    }

    func word(_ word: DiagramWords.Word) -> String { word.text.text(language) }

    /// "depuis 2008 · statut : en vigueur · confiance : officielle (A)".
    private func standing(_ since: Located<ModelDate>?, _ until: Located<ModelDate>?, _ status: Status, _ confidence: Confidence?,
                          startUnknown: Bool = false) -> String {
        dates(since, until, startUnknown: startUnknown) + " · " + word(.status) + status.label(language) + " · " + word(.confidence)
            + confidenceText(confidence)
    }

    /// The basis, or why there is none: "aucune base légale identifiée (note)", or the holder's own staff.
    private func basisText(_ basis: String?, note: String?, internal isInternal: Bool) -> String {
        if let basis { return basis }
        if isInternal { return word(.internalAccess) }
        return word(.noBasis) + (note.map { " (\($0))" } ?? "")
    }

    /// Sources by role: those that support the fact, then those that contradict it, then context.
    private func citedLines(_ sources: [Located<String>], _ roles: [String: SourceRole]) -> [String] {
        let headings: [(SourceRole, DiagramWords.Word)] = [(.supports, .sources), (.contradicts, .contradictingSources),
                                                           (.context, .contextSources)]
        return headings.compactMap { role, heading in
            let cited = sources.filter { (roles[$0.value] ?? .supports) == role }
            return cited.isEmpty ? nil : word(heading) + "\n" + sourceLines(cited)
        }
    }

    private func safeguardLines(_ safeguards: Safeguards) -> [String] { safeguards.lines(language) }

    func dates(_ since: Located<ModelDate>?, _ until: Located<ModelDate>?, startUnknown: Bool = false) -> String {
        if since == nil && startUnknown {
            return DiagramWords.startUnknown.text(language) + (until.map { " · " + DiagramWords.until($0.value).text(language) } ?? "")
        }
        return switch (since, until) {
        case (nil, nil): DiagramWords.noDates.text(language)
        case (let since?, nil): DiagramWords.since(since.value).text(language)
        case (nil, let until?): DiagramWords.until(until.value).text(language)
        case (let since?, let until?): DiagramWords.between(since.value, until.value).text(language)
        }
    }

    func actorNode(_ actor: Actor, style: Theme.Style, highlighted: Bool) -> DOTGraph.Node {
        var attributes: [String: DOTGraph.Value] = [
            "label": .label(Self.wrapped(actor.name.text(language), width: 32).joined(separator: "\n")), "shape": .token(style.shape ?? "box"),
            "fillcolor": .token(style.fill ?? "#ffffff"), "tooltip": .tooltip(actorTooltip(actor)),
        ]
        if highlighted {
            attributes["color"] = .token(theme.highlight.color ?? "#e6550d")
            attributes["penwidth"] = .token(theme.highlight.penwidth ?? "3")
        }
        if let url = firstURL(actor.sources) { attributes["URL"] = .url(url) }
        return DOTGraph.Node(id: "actor:" + actor.id.value, attributes: attributes)
    }

    func actorTooltip(_ actor: Actor) -> String {
        var lines = ["\(actor.name.text(language)) (\(actor.id.value))", word(.type) + actor.kind.label(language)]
        if !actor.aka.isEmpty { lines.append(word(.also) + actor.aka.joined(separator: ", ")) }
        if let description = actor.description.text(language) { lines.append(description) }
        if !actor.sources.isEmpty { lines.append(word(.sources) + "\n" + sourceLines(actor.sources)) }
        return lines.joined(separator: "\n")
    }

    private func fileNode(_ number: Int) -> DOTGraph.Node {
        let file = finder.onDay(model.files[number])
        let style = theme.fileKinds[file.kind] ?? theme.fileKinds[nil] ?? Theme.Style()
        let statusMark = file.status == .inForce ? "" : " · " + (theme.statuses[file.status]?.mark ?? file.status.label(language))
        let since = file.since.map { " · " + DiagramWords.since($0.value).text(language) } ?? ""
        let code = file.confidence.map { " · \($0.code)" } ?? ""
        var attributes: [String: DOTGraph.Value] = [
            "label": .label(Self.wrapped(file.name.text(language), width: 32).joined(separator: "\n") + "\n"
                            + (file.kind?.label(language) ?? word(.file)) + since + code + statusMark),
            "shape": .token(style.shape ?? "folder"), "fillcolor": .token(style.fill ?? "#ffffff"),
            "tooltip": .tooltip(fileTooltip(file)),
        ]
        if file.status != .inForce, let pen = theme.statuses[file.status]?.style { attributes["style"] = .token("filled," + pen) }
        if let url = firstURL(file.sources) { attributes["URL"] = .url(url) }
        return DOTGraph.Node(id: "file:" + file.id.value, attributes: attributes)
    }

    private func fileTooltip(_ file: DataFile) -> String {
        var lines = ["\(file.name.text(language)) (\(file.id.value))",
                     word(.type) + (file.kind?.label(language) ?? word(.kindNotStated)) + " · " + word(.heldBy) + file.heldBy.value,
                     standing(file.since, file.until, file.status, file.confidence, startUnknown: file.sinceUnknown),
                     word(.data) + file.data.map(\.value).joined(separator: ", ")]
        if !file.about.isEmpty { lines.append(word(.people) + file.about.map(\.value).joined(separator: ", ")) }
        if let description = file.description.text(language) { lines.append(description) }
        lines += safeguardLines(file.safeguards)
        lines += citedLines(file.sources, file.sourceRoles)
        return lines.joined(separator: "\n")
    }

    /// The footnote of a right: everything its marker stands for.
    private func rightNote(_ right: Right, mark: String?) -> Footnote {
         Footnote(kind: right.kind.label(language) + (mark.map { " " + $0 } ?? ""),
                        basis: basisText(right.basis, note: nil, internal: right.internal),
                        dates: dates(right.since, right.until, startUnknown: right.sinceUnknown),
                        status: right.status.label(language), confidence: confidenceText(right.confidence))
    }

    private func rightTooltip(_ right: Right) -> String {
        var lines = [word(.right) + " \(right.id?.value ?? "")" + Typography.apply(" : ", language)
                        + "\(right.actor.value) → \(right.reaches.value) (\(right.kind.label(language)))",
                     word(.basis) + basisText(right.basis, note: right.basisNote.text(language), internal: right.internal),
                     standing(right.since, right.until, right.status, right.confidence, startUnknown: right.sinceUnknown)]
        if !right.data.isEmpty { lines.append(word(.data) + right.data.map(\.value).joined(separator: ", ")) }
        lines.append(word(.purpose) + (right.purpose ?? word(.notStated)))
        lines += safeguardLines(right.safeguards)
        if let note = right.note.text(language) { lines.append(word(.note) + note) }
        lines += citedLines(right.sources, right.sourceRoles)
        return lines.joined(separator: "\n")
    }

    /// The footnote of a flow, with the data it carries.
    private func flowNote(_ flow: Flow, mark: String?) -> Footnote {
        let data = flow.data.isEmpty ? word(.allData) : flow.data.map(\.value).joined(separator: ", ")
        return Footnote(kind: word(.flow) + (mark.map { " " + $0 } ?? "") + " (" + word(.data) + data + ")",
                        basis: basisText(flow.basis, note: nil, internal: false),
                        dates: dates(flow.since, flow.until, startUnknown: flow.sinceUnknown),
                        status: flow.status.label(language), confidence: confidenceText(flow.confidence))
    }

    private func flowTooltip(_ flow: Flow) -> String {
        var lines = [word(.flow) + " \(flow.id?.value ?? "")" + Typography.apply(" : ", language) + "\(flow.from.value) → \(flow.into.value)",
                     word(.basis) + basisText(flow.basis, note: flow.basisNote.text(language), internal: false),
                     standing(flow.since, flow.until, flow.status, flow.confidence, startUnknown: flow.sinceUnknown),
                     word(.data) + (flow.data.isEmpty ? word(.allData) : flow.data.map(\.value).joined(separator: ", "))]
        if let note = flow.note.text(language) { lines.append(word(.note) + note) }
        lines += citedLines(flow.sources, flow.sourceRoles)
        return lines.joined(separator: "\n")
    }

    private func categoryNode(_ number: Int, highlighted: Bool) -> DOTGraph.Node {
        let category = model.categories[number]
        var attributes: [String: DOTGraph.Value] = [
            "label": .label(Self.wrapped(category.name.text(language), width: 32).joined(separator: "\n") + (category.sensitive ? "\n" + word(.sensitive) : "")),
            "shape": .token(theme.category.shape ?? "note"), "fillcolor": .token(theme.category.fill ?? "#fff7bc"),
            "tooltip": .tooltip("\(category.name.text(language)) (\(category.id.value))" + (category.description.text(language).map { "\n" + $0 } ?? "")),
        ]
        if highlighted {
            attributes["color"] = .token(theme.highlight.color ?? "#e6550d")
            attributes["penwidth"] = .token(theme.highlight.penwidth ?? "3")
        }
        return DOTGraph.Node(id: "cat:" + category.id.value, attributes: attributes)
    }
}
