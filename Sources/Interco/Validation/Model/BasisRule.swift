/// An in-force right with no legal basis is what an advocate most needs to see: the model must say
/// so on purpose, with a `basis_note`, or mark the right as the holder's own staff's access.
enum BasisRule {
    static let code: Diagnostic.Code = "no-basis"

    static func check(_ model: Model) -> [Diagnostic] {
        model.rights.indices.compactMap { index in
            let right = model.rights[index]
            guard lacksBasis(right) else { return nil }
            return Diagnostic(.warning, code, at: right.location,
                              "right \(SafeText.escaped(right.label)) is in force with no legal basis: give `basis`, a `basis_note` saying "
                                  + "why none is identified, or `internal: true` for the holder's own staff's access")
        }
    }

    /// How many warnings `check` gives, without writing them.
    static func count(_ model: Model) -> Int {
        model.rights.lazy.filter(lacksBasis).count
    }

    private static func lacksBasis(_ right: Right) -> Bool {
        right.status == .inForce && right.basis == nil && !right.internal && right.basisNote == nil
    }
}
