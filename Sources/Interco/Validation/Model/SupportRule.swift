/// An in-force fact must rest on at least one source that supports it: one cited only by
/// contradicting or context sources is shown more strongly than its evidence.
enum SupportRule {
    static let code: Diagnostic.Code = "unsupported"

    static func check(_ model: Model) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ name: String, _ status: Status, _ sources: [Located<String>], _ roles: [String: SourceRole],
                   _ location: SourceLocation) {
            guard status == .inForce, !sources.isEmpty, sources.allSatisfy({ roles[$0.value] != nil }) else { return }
            let contradicted = sources.contains { roles[$0.value] == .contradicts }
            diagnostics.append(Diagnostic(.warning, code, at: location,
                                          "\(name) is in force but none of its sources supports it"
                                              + (contradicted ? " (a contradicting source is not evidence for it)" : "")
                                              + ": cite a supporting source or change its status"))
        }
        for file in model.files { check("file \(quoted(file.id.value))", file.status, file.sources, file.sourceRoles, file.location) }
        for index in model.rights.indices {
            let right = model.rights[index]
            check("right \(SafeText.escaped(right.label))", right.status, right.sources, right.sourceRoles, right.location)
        }
        for flow in model.flows { check("flow \(SafeText.escaped(flow.label))", flow.status, flow.sources, flow.sourceRoles, flow.location) }
        return diagnostics
    }
}
