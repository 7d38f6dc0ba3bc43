import Foundation

/// Runs the whole-model rules, each in its own file with its own messages.
public enum Validator {
    /// Every problem of the model that needs more than one entry to see.
    ///
    /// - Parameters:
    ///   - assumed: ids taken as defined although no entry of `model` defines them (those of a
    ///     file that stopped half-read); references to them are not reported.
    ///   - complete: false when some file could not be read to its end; the rules that need
    ///     every entry (a source cited nowhere, an actor holding no file) are skipped.
    public static func validate(_ model: Model, assuming assumed: Set<String> = [], complete: Bool = true) -> [Diagnostic] {
        validate(model, assuming: assumed, complete: complete, keepsWarnings: true).diagnostics
    }

    /// The same, keeping warnings only when `keepsWarnings`: otherwise they are counted in
    /// `warningsLeftOut`, each rule's as it ends, and the rule that only warns (an in-force right
    /// with no basis, one per right of a generated model) counts without writing messages.
    static func validate(_ model: Model, assuming assumed: Set<String>, complete: Bool,
                         keepsWarnings: Bool) -> (diagnostics: [Diagnostic], warningsLeftOut: Int) {
        let table = IDTable(model, assuming: assumed)
        var rules: [@Sendable () -> [Diagnostic]] = [
            { DateRangeRule.check(model) }, { CycleRule.check(model) }, { SourcelessRule.check(model) },
            { SelfRightRule.check(model) }, { keepsWarnings ? BasisRule.check(model) : [] }, { SupportRule.check(model) },
            { ReferenceRule.check(model, table: table) }, { QuestionRule.check(model) },
        ]
        if complete {
            rules += [{ EmptyTargetRule.check(model, table: table) }, { UnusedSourceRule.check(model) }]
        }
        // The rules read the model and write nothing: on a large model they run side by side.
        let allRules = rules
        let results = RuleResults(count: allRules.count, keepsWarnings: keepsWarnings)
        if model.rights.count + model.files.count > 50_000 {
            DispatchQueue.concurrentPerform(iterations: allRules.count) { results.set($0, allRules[$0]()) }
        } else {
            for (index, rule) in allRules.enumerated() { results.set(index, rule()) }
        }
        let leftOut = results.warningsLeftOut + (keepsWarnings ? 0 : BasisRule.count(model))
        return (table.duplicates + results.all, leftOut)
    }
}

/// Diagnostics of rules run concurrently, kept in rule order so that output stays deterministic.
private final class RuleResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [[Diagnostic]]
    private let keepsWarnings: Bool
    private(set) var warningsLeftOut = 0

    init(count: Int, keepsWarnings: Bool) {
        results = Array(repeating: [], count: count)
        self.keepsWarnings = keepsWarnings
    }

    func set(_ index: Int, _ diagnostics: [Diagnostic]) {
        let kept = keepsWarnings ? diagnostics : diagnostics.filter { $0.severity != .warning }
        lock.lock()
        results[index] = kept
        warningsLeftOut += diagnostics.count - kept.count
        lock.unlock()
    }

    var all: [Diagnostic] { results.flatMap { $0 } }
}
