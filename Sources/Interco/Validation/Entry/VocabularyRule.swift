/// Kinds, statuses and confidences are values of closed vocabularies (`Vocabulary`).
enum VocabularyRule {
    static let code: Diagnostic.Code = "unknown-value"
    static func diagnostic<V: Vocabulary>(_ value: String, at location: SourceLocation, of _: V.Type) -> Diagnostic {
        let names = V.allCases.map(\.rawValue)
        return Diagnostic(.error, code, at: location,
                          "unknown \(V.vocabularyName) \(quoted(value))\(Suggestion.phrase(for: value, in: names)); "
                              + "expected one of: \(names.joined(separator: ", "))")
    }
}
