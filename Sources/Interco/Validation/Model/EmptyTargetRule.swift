/// A right to an actor that holds no file gives nothing unless it says which data it covers.
enum EmptyTargetRule {
    static let code: Diagnostic.Code = "empty-target"

    static func check(_ model: Model, table: IDTable) -> [Diagnostic] {
        let holders = Set(model.files.map(\.heldBy.value))
        return model.rights.indices.compactMap { index in
            guard model.rights[index].data.isEmpty else { return nil }
            let right = model.rights[index]
            guard table.sort(of: right.reaches.value) == .actors, !holders.contains(right.reaches.value) else { return nil }
            var notes: [Diagnostic.Note] = []
            if let actor = table.location(of: right.reaches.value) { notes.append(.init(at: actor, "the actor is defined here")) }
            return Diagnostic(.error, code, at: right.reaches.location,
                              "this right reaches actor \(quoted(right.reaches.value)), which holds no file, and gives no 'data': "
                                  + "list the categories it can obtain", notes: notes)
        }
    }
}
