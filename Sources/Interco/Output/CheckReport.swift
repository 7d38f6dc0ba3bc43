/// The JSON answer of `interco check --format json`.
public struct CheckReport: Sendable {
    /// Version of the JSON shape; raised on any incompatible change.
    public static let schemaVersion = 2

    let model: Model
    let diagnostics: [Diagnostic]
    let valid: Bool

    /// Creates a report.
    public init(model: Model, diagnostics: [Diagnostic], valid: Bool) {
        self.model = model
        self.diagnostics = diagnostics
        self.valid = valid
    }

    /// `{schema_version, valid, counts, diagnostics: [{file, line, column, severity, code, message,
    /// notes: [{file, line, column, message}]}]}`.
    public func json() -> String {
        JSONValue.object([
            "schema_version": .int(Self.schemaVersion),
            "valid": .bool(valid),
            "counts": .object(Dictionary(uniqueKeysWithValues: Section.allCases.map { ($0.key, .int($0.count(in: model))) })),
            "diagnostics": .array(diagnostics.map {
                .object([
                    "file": .string($0.location.file), "line": .int($0.location.line),
                    "column": .int($0.location.column), "severity": .string($0.severity.rawValue),
                    "code": .string($0.code.rawValue), "message": .string($0.message),
                    "notes": .array($0.notes.map {
                        .object(["file": .string($0.location.file), "line": .int($0.location.line),
                                 "column": .int($0.location.column), "message": .string($0.message)])
                    }),
                ])
            }),
        ]).rendered()
    }
}
