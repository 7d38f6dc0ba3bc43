import Foundation
import Interco

/// Paths of the test fixtures, copied into the test bundle.
enum Fixtures {
    static let directory: String = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path

    static func path(_ relative: String) -> String { directory + "/" + relative }

    /// Loads a fixture and returns its diagnostics with the fixture directory stripped from paths.
    static func diagnostics(_ relative: String) -> [String] {
        ModelLoader().load(paths: [path(relative)]).diagnostics.map { $0.description.replacingOccurrences(of: directory + "/", with: "") }
    }

    /// Loads a fixture that must be valid.
    static func model(_ relative: String) -> Model {
        let result = ModelLoader().load(paths: [path(relative)])
        precondition(result.isValid, "fixture \(relative) is invalid: \(result.diagnostics)")
        return result.model
    }
}

extension Diagnostic {
    /// `path:line:column: severity: message` without the code, for suites that test messages
    /// and positions (codes are tested by ValidationRuleTests and DiagnosticTests).
    var withoutCode: String {
        let place = location.line > 0 ? location.description : location.file
        return "\(place): \(severity.rawValue): \(message)"
    }
}
