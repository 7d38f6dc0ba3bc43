/// An entry uses only the keys of its section (`Section.keys`), written as text.
enum UnknownKeyRule {
    static let code: Diagnostic.Code = "unknown-key"
    static func unknown(_ key: String, at location: SourceLocation, entity: String, allowed: [String]) -> Diagnostic {
        Diagnostic(.error, code, at: location,
                   "unknown key \(quoted(key)) in \(entity)\(Suggestion.phrase(for: key, in: allowed)); "
                       + "allowed keys: \(allowed.joined(separator: ", "))")
    }
    static func notText(at location: SourceLocation, entity: String, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "keys of \(entity) entries must be text, found \(found)")
    }
    static func mergeKey(at location: SourceLocation, entity: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "merge keys ('<<') are not supported in model files: write the keys of \(entity) out")
    }
}
