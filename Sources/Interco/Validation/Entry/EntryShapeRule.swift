/// Each entry of a section is a mapping of keys to values.
enum EntryShapeRule {
    static let code: Diagnostic.Code = "entry-not-a-mapping"
    static func diagnostic(at location: SourceLocation, entity: String, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "each \(entity) must be a mapping of keys to values, found \(found)")
    }
}
