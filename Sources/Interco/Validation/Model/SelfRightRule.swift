/// A right from an actor to itself says nothing: what a body holds it reaches by holding it, and
/// a path never visits an actor twice, so such a right would be silently ignored.
enum SelfRightRule {
    static let code: Diagnostic.Code = "self-right"

    static func check(_ model: Model) -> [Diagnostic] {
        model.rights.indices.compactMap { index in
            guard model.rights[index].actor.value == model.rights[index].reaches.value else { return nil }
            let right = model.rights[index]
            guard !right.actor.value.isEmpty else { return nil }
            return Diagnostic(.error, code, at: right.reaches.location,
                              "this right reaches its own actor \(quoted(right.actor.value)): a body reaches its own files by holding them; "
                                  + "name the third party or file the right opens")
        }
    }
}
