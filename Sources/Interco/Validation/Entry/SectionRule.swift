/// A model file is a mapping of the seven sections (`Section`), each given once, each a list.
enum SectionRule {
    static let unknownCode: Diagnostic.Code = "unknown-section"
    static let duplicateCode: Diagnostic.Code = "duplicate-section"
    static let notAListCode: Diagnostic.Code = "section-not-a-list"
    static let topLevelCode: Diagnostic.Code = "top-level-not-a-mapping"

    static func unknown(_ key: String, at location: SourceLocation) -> Diagnostic {
        let keys = Section.allCases.map(\.key)
        return Diagnostic(.error, unknownCode, at: location,
                          "unknown top-level key \(quoted(key))\(Suggestion.phrase(for: key, in: keys)); "
                              + "expected one of: \(keys.sorted().joined(separator: ", "))")
    }
    static func keyNotText(at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, unknownCode, at: location, "top-level keys must be text, found \(found)")
    }
    static func duplicate(_ key: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.error, duplicateCode, at: location, "top-level key \(quoted(key)) is given twice in this file",
                   notes: [.init(at: first, "first given here")])
    }
    static func notAList(_ key: String, at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, notAListCode, at: location,
                   "\(quoted(key)) must be a list of entries (each starting with '- '), found \(found)")
    }
    static func topLevel(at location: SourceLocation, found: String) -> Diagnostic {
        Diagnostic(.error, topLevelCode, at: location,
                   "the top level of a model file must be a mapping of sections "
                       + "(\(Section.formatOrder.map(\.key).joined(separator: ", "))), found \(found)")
    }
}
