/// Each field has a type: text, a list of ids, a list of texts, true or false.
enum FieldTypeRule {
    static let code: Diagnostic.Code = "wrong-type"
    static func notText(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be text, found \(found)")
    }
    static func itemNotID(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "items of '\(key)' must be ids, found \(found)")
    }
    static func idNotInList(_ key: String, value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be a list of ids; write [\(SafeText.escaped(value))]")
    }
    static func notIDList(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be a list of ids, found \(found)")
    }
    static func itemNotText(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "items of '\(key)' must be text, found \(found)")
    }
    static func notTextList(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be a list of texts, found \(found)")
    }
    static func notEventList(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be a list of events ({date, status, …}), found \(found)")
    }
    static func notCitation(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "items of '\(key)' must be source ids or {id: …, role: …}, found \(found)")
    }
    static func notWholeNumber(_ key: String, of parent: String, value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' of '\(parent)' must be a whole number, found \(quoted(value))")
    }
    static func notMapping(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be a mapping of names to values, found \(found)")
    }
    static func notBool(_ key: String, value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be true or false, found \(quoted(value))")
    }
}
