import ArgumentParser
import Interco

/// Comma-separated codes of a closed vocabulary on the command line (`--status`, `--kind`,
/// `--actor-kind`), each checked, with a "did you mean" for the first unknown one.
enum CodeList {
    /// The codes of `text`, or a usage error (exit 64) naming the first unknown one.
    static func parse(_ text: String, option: String, in known: [String]) throws -> [String] {
        let codes = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        for code in codes where !known.contains(code) {
            throw ValidationError("\(option): unknown value '\(SafeText.escaped(code))'\(Suggestion.phrase(for: code, in: known)); "
                                  + "expected a comma-separated list of \(known.joined(separator: ", "))")
        }
        return codes
    }
}
