/// Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and name a day that exists.
enum DateRule {
    static let code: Diagnostic.Code = "invalid-date"
    static func diagnostic(_ key: String, value: String, at location: SourceLocation, _ error: ModelDate.ParseError) -> Diagnostic {
        switch error {
        case .malformed:
            Diagnostic(.error, code, at: location, "'\(key)' value \(quoted(value)) is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        case .impossible:
            Diagnostic(.error, code, at: location, "'\(key)' value \(quoted(value)) is not a date that exists")
        }
    }
}
