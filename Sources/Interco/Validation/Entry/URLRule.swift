/// A url is an http(s) address without spaces: diagrams link to it.
enum URLRule {
    static let code: Diagnostic.Code = "invalid-url"
    static func isValid(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && text.count > 8
            && !text.contains(where: { $0.isWhitespace })
    }
    static func diagnostic(_ key: String, value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, at: location, "'\(key)' must be an http:// or https:// address without spaces, found \(quoted(value))")
    }
}
