/// Every file, right and flow should cite a source: the map is quoted in reports.
enum SourcelessRule {
    static let code: Diagnostic.Code = "no-source"

    static func check(_ model: Model) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in model.files where file.sources.isEmpty {
            diagnostics.append(Diagnostic(.warning, code, at: file.location, "file \(quoted(file.id.value)) cites no source"))
        }
        for index in model.rights.indices where model.rights[index].sources.isEmpty {
            diagnostics.append(Diagnostic(.warning, code, at: model.rights[index].location,
                                          "right \(SafeText.escaped(model.rights[index].label)) cites no source"))
        }
        for flow in model.flows where flow.sources.isEmpty {
            diagnostics.append(Diagnostic(.warning, code, at: flow.location, "flow \(SafeText.escaped(flow.label)) cites no source"))
        }
        return diagnostics
    }
}

/// A source that nothing cites is probably a leftover or a typo in a `sources` list.
enum UnusedSourceRule {
    static let code: Diagnostic.Code = "unused-source"

    static func check(_ model: Model) -> [Diagnostic] {
        var used = Set<String>()
        for actor in model.actors { used.formUnion(actor.sources.map(\.value)) }
        for file in model.files { used.formUnion((file.sources + file.safeguards.sourceIDs).map(\.value)) }
        for index in model.rights.indices {
            for source in model.rights[index].sources + model.rights[index].safeguards.sourceIDs { used.insert(source.value) }
        }
        for flow in model.flows { used.formUnion(flow.sources.map(\.value)) }
        for index in model.files.indices { for event in model.files[index].history { used.formUnion(event.sources.map(\.value)) } }
        for index in model.rights.indices { for event in model.rights[index].history { used.formUnion(event.sources.map(\.value)) } }
        for index in model.flows.indices { for event in model.flows[index].history { used.formUnion(event.sources.map(\.value)) } }
        return model.sources.filter { !used.contains($0.id.value) }.map {
            Diagnostic(.warning, code, at: $0.id.location, "source \(quoted($0.id.value)) is never cited")
        }
    }
}
