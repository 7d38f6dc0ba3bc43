/// Every file, right and flow should cite a source: the map is quoted in reports.
enum SourcelessRule {
    static func check(_ model: Model) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in model.files where file.sources.isEmpty {
            diagnostics.append(Diagnostic(.warning, at: file.location, "file '\(file.id.value)' cites no source"))
        }
        for index in model.rights.indices where model.rights[index].sources.isEmpty {
            diagnostics.append(Diagnostic(.warning, at: model.rights[index].location, "right \(model.rights[index].label) cites no source"))
        }
        for flow in model.flows where flow.sources.isEmpty {
            diagnostics.append(Diagnostic(.warning, at: flow.location, "flow \(flow.label) cites no source"))
        }
        return diagnostics
    }
}

/// A source that nothing cites is probably a leftover or a typo in a `sources` list.
enum UnusedSourceRule {
    static func check(_ model: Model) -> [Diagnostic] {
        var used = Set<String>()
        for actor in model.actors { used.formUnion(actor.sources.map(\.value)) }
        for file in model.files { used.formUnion((file.sources + file.safeguards.sourceIDs).map(\.value)) }
        for index in model.rights.indices {
            for source in model.rights[index].sources + model.rights[index].safeguards.sourceIDs { used.insert(source.value) }
        }
        for flow in model.flows { used.formUnion(flow.sources.map(\.value)) }
        return model.sources.filter { !used.contains($0.id.value) }.map {
            Diagnostic(.warning, at: $0.id.location, "source '\($0.id.value)' is never cited")
        }
    }
}
