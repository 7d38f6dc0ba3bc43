/// Each section has fields without which an entry means nothing (`id`, `name`, `actor`…).
enum RequiredFieldRule {
    static let code: Diagnostic.Code = "missing-field"
    static func missing(_ key: String, at location: SourceLocation, entity: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "\(entity) is missing required field '\(key)'")
    }
    static func noValue(_ key: String, at location: SourceLocation, entity: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "required field '\(key)' of \(entity) has no value")
    }
    static func emptyList(_ key: String, at location: SourceLocation, entity: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' of \(entity) must list at least one id")
    }
    static func emptyLimit(_ key: String, at location: SourceLocation, entity: String) -> Diagnostic {
        Diagnostic(.error, code, at: location,
                   "'\(key)' of \(entity) is an empty list: an empty limit gives nothing; remove `\(key)` to take all")
    }
}
