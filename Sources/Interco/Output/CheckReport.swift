/// The JSON answer of `interco check --format json`.
public struct CheckReport: Sendable {
    /// Version of the JSON shape; raised on any incompatible change.
    public static let schemaVersion = 1

    let model: Model
    let diagnostics: [Diagnostic]
    let valid: Bool

    /// Creates a report.
    public init(model: Model, diagnostics: [Diagnostic], valid: Bool) {
        self.model = model
        self.diagnostics = diagnostics
        self.valid = valid
    }

    /// `{schema_version, valid, counts, diagnostics: [{file, line, column, severity, message}]}`.
    public func json() -> String {
        JSONValue.object([
            "schema_version": .int(Self.schemaVersion),
            "valid": .bool(valid),
            "counts": .object([
                "actors": .int(model.actors.count), "files": .int(model.files.count),
                "data": .int(model.categories.count), "populations": .int(model.populations.count),
                "rights": .int(model.rights.count), "flows": .int(model.flows.count),
                "sources": .int(model.sources.count),
            ]),
            "diagnostics": .array(diagnostics.map {
                .object([
                    "file": .string($0.location.file), "line": .int($0.location.line),
                    "column": .int($0.location.column), "severity": .string($0.severity.rawValue),
                    "message": .string($0.message),
                ])
            }),
        ]).rendered()
    }
}
