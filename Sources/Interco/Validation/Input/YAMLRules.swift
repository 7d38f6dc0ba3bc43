/// Rules of the YAML reading layer: syntax, nesting, aliases. libyaml's own words are kept
/// and, where the cause is known, followed by a hint in plain language.

/// A YAML syntax error; it stops the reading of its file only.
enum SyntaxRule {
    static let code: Diagnostic.Code = "yaml-syntax"

    /// libyaml's context and problem, with a hint when `line` (the text of the line at `column`)
    /// tells the cause.
    static func message(context: String?, problem: String, line: String, column: Int) -> String {
        let base = "YAML syntax error: " + (context.map { $0 + ", " } ?? "") + problem
        return hint(context: context, problem: problem, line: line, column: column).map { base + "; " + $0 } ?? base
    }

    /// What the note on the context mark says (where the construct that failed starts).
    static func contextNote(_ context: String) -> String {
        if context.contains("quoted scalar") { return "the quoted value starts here" }
        if context.contains("flow mapping") { return "the '{' opened here" }
        if context.contains("flow sequence") { return "the '[' opened here" }
        return "\(context) that starts here"
    }

    static func hint(context: String?, problem: String, line: String, column: Int) -> String? {
        let scalars = Array(line.unicodeScalars)
        let here = column >= 1 && column <= scalars.count ? scalars[column - 1] : nil
        let context = context ?? ""
        if problem.contains("cannot start any token") {
            if here == "\t" || scalars.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                return "a tab cannot indent YAML: indent with spaces"
            }
            if let here, "@`".unicodeScalars.contains(here) {
                return "'\(here)' cannot start a plain value: put the value in quotes"
            }
        }
        if context.contains("quoted scalar") && (problem.contains("end of stream") || problem.contains("document")) {
            return "a quote is never closed"
        }
        if context.contains("flow mapping") { return "a '{' is not closed with '}', or a value inside it needs quotes" }
        if context.contains("flow sequence") { return "a '[' is not closed with ']', or a value inside it needs quotes" }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator")
            || problem.contains("mapping values are not allowed") || context.contains("block mapping")
            || context.contains("block collection")
        {
            return "check the indentation of this line and the lines above: keys of one mapping, and items of one list, "
                + "start in the same column (a value with ': ' in it needs quotes)"
        }
        return nil
    }
}

/// Collections nest at most `ReadingLimits.maxDepth` levels.
enum NestingRule {
    static let code: Diagnostic.Code = "nesting-limit"
    static func message(depth: Int) -> String {
        "nesting deeper than \(depth) levels (the nesting limit of model files; a model needs 4)"
    }
}

/// An alias names an anchor defined before it, and aliases expand to a bounded number of nodes.
enum AliasRule {
    static let undefinedCode: Diagnostic.Code = "undefined-alias"
    static let limitCode: Diagnostic.Code = "alias-limit"
    static func undefined(_ name: String) -> String {
        "alias '*\(SafeText.escaped(name))' refers to no anchor defined before it"
    }
    static func overLimit(_ limit: Int) -> String {
        "aliases expand to more than \(limit) nodes in this file "
            + "(the alias expansion limit guards against alias bombs); write the values out"
    }
}

/// The YAML parser itself failed (out of memory, an event it should never send).
enum ParserRule {
    static let code: Diagnostic.Code = "yaml-parser"
}
