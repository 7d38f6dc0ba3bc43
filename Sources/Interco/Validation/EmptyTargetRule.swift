/// A right to an actor that holds no file gives nothing unless it says which data it covers.
enum EmptyTargetRule {
    static func check(_ model: Model, table: IDTable) -> [Diagnostic] {
        let holders = Set(model.files.map(\.heldBy.value))
        return model.rights.indices.compactMap { index in
            guard model.rights[index].data.isEmpty else { return nil }
            let right = model.rights[index]
            guard table.sort(of: right.reaches.value) == .actor, !holders.contains(right.reaches.value) else { return nil }
            return Diagnostic(.error, at: right.reaches.location,
                              "this right reaches actor '\(right.reaches.value)', which holds no file, and gives no 'data': "
                                  + "list the categories it can obtain")
        }
    }
}
