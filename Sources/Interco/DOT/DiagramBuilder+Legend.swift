extension DiagramBuilder {
    /// A legend of only what the diagram shows: right kinds, flows, statuses, confidence codes,
    /// actor and file kinds; its last row is the footer with the model's source count.
    func legend(_ selection: DiagramSelection, actors: Set<Int>) -> DOTGraph.Cluster {
        let rights = selection.rights.map { model.rights[$0] }
        let flows = selection.flows.map { model.flows[$0] }
        let files = selection.files.map { model.files[$0] }
        var rows: [String] = []
        func cell(_ text: String, colour: String? = nil, fill: String? = nil) -> String {
            let font = colour.map { "<font color=\"\($0)\">" } ?? ""
            let fontEnd = colour == nil ? "" : "</font>"
            let background = fill.map { " bgcolor=\"\($0)\"" } ?? ""
            return "<td align=\"left\"\(background)>\(font)\(DOTEncoder.xmlEscape(text))\(fontEnd)</td>"
        }
        func header(_ text: String) -> String { "<tr><td align=\"left\" colspan=\"2\"><b>\(DOTEncoder.xmlEscape(text))</b></td></tr>" }

        let rightKinds = Set(rights.map(\.kind)).sorted()
        if !rightKinds.isEmpty || !flows.isEmpty {
            rows.append(header("Droits (couleur)"))
            for kind in rightKinds {
                let colour = theme.rightKinds[kind]?.color ?? "#000000"
                rows.append("<tr>" + cell("━━━▶", colour: colour) + cell(kind.rawValue) + "</tr>")
            }
            if !flows.isEmpty { rows.append("<tr>" + cell("━━━▷", colour: theme.flow.color) + cell("flux de données") + "</tr>") }
        }
        let statuses = Set(rights.map(\.status) + flows.map(\.status) + files.map(\.status)).sorted()
        if !statuses.isEmpty {
            rows.append(header("Statut (trait)"))
            for status in statuses {
                let pen = theme.statuses[status]?.style ?? "solid"
                let sample = pen == "dashed" ? "─ ─ ─" : pen == "dotted" ? "· · · · ·" : pen == "bold" ? "━━━" : "───"
                let mark = theme.statuses[status]?.mark.map { " " + $0 } ?? ""
                rows.append("<tr>" + cell(sample + mark) + cell(status.rawValue) + "</tr>")
            }
        }
        let confidences = Set(rights.compactMap(\.confidence) + flows.compactMap(\.confidence) + files.compactMap(\.confidence)).sorted()
        if !confidences.isEmpty {
            rows.append(header("Confiance"))
            for confidence in confidences { rows.append("<tr>" + cell(confidence.code) + cell(confidence.rawValue) + "</tr>") }
        }
        let actorKinds = Set(actors.map { model.actors[$0].kind }).sorted()
        if !actorKinds.isEmpty {
            rows.append(header("Acteurs"))
            for kind in actorKinds { rows.append("<tr>" + cell("    ", fill: theme.actorKinds[kind]?.fill) + cell(kind.rawValue) + "</tr>") }
        }
        let fileKinds = Set(files.map { $0.kind?.rawValue ?? "fichier" }).sorted()
        if !fileKinds.isEmpty {
            rows.append(header("Fichiers (forme)"))
            for kind in fileKinds {
                let shape = theme.fileKinds[FileKind(rawValue: kind)]?.shape ?? theme.fileKinds[nil]?.shape ?? "folder"
                rows.append("<tr>" + cell(shape) + cell(kind) + "</tr>")
            }
        }
        rows.append("<tr><td align=\"left\" colspan=\"2\">\(DOTEncoder.xmlEscape("\(model.sources.count) sources dans le modèle · \(generator)"))</td></tr>")
        let table = "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">" + rows.joined() + "</table>"
        var cluster = DOTGraph.Cluster(id: "legend", attributes: [
            "label": .label("Légende"), "style": .token("rounded"), "color": .token("#bdbdbd"),
        ])
        cluster.nodes.append(DOTGraph.Node(id: "legend", attributes: [
            "shape": .token("plaintext"), "style": .token("solid"), "label": .html(table), "tooltip": .tooltip("Légende"),
        ]))
        return cluster
    }
}
