/// A key is given once per entry: YAML keeps the last value, which would hide the first.
enum DuplicateKeyRule {
    static let code: Diagnostic.Code = "duplicate-key"
    static func diagnostic(_ key: String, at location: SourceLocation, entity: String, first: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "key \(quoted(key)) is given twice in this \(entity)",
                   notes: [.init(at: first, "first given here")])
    }
}
