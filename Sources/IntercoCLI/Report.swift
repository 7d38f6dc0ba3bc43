import ArgumentParser
import Foundation
import Interco
import IntercoRender

/// Formats of `report`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown
}

extension IntercoCommand {
    /// `interco report QUESTION …`: one question answered as a self-contained document.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One question as a report: the answer table, the diagram, every path with its bases, the caveats and the sources.",
            discussion: """
                The question is a query: who-can-reach CATEGORY, reach ACTOR or paths ACTOR CATEGORY, with the \
                query filters. The report names the question, the model and the day; then the answer table, the \
                diagram (drawn in-process by Graphviz, as render draws it), every path listed hop by hop with \
                its legal bases numbered, the caveats (alleged, planned, censured, repealed, disputed, inferred \
                or reported facts, no legal basis, unknown start) and the sources with their links.

                html (the default, or with -o FILE.html) is one file with no script and no external resource: \
                the diagram is inline SVG and a print style sheet lays the page on A4. markdown (or -o FILE.md) \
                writes FILE.md and the diagram beside it as FILE.svg, both atomically.

                Examples:
                  interco report who-can-reach bank-transactions -o bank.html
                  interco report paths france-travail.fraud bank-accounts --lang en -o paths.md
                  interco report reach caf --status all --format html -o caf.html

                Exit codes: 0 ok, 64 bad usage, 65 the model has errors, 66 an input cannot be read, 70 Graphviz \
                failed, 73 the output cannot be written.
                """
        )

        @Argument(help: ArgumentHelp("who-can-reach CATEGORY, reach ACTOR or paths ACTOR CATEGORY.", valueName: "question"))
        var question: [String]

        @OptionGroup var modelOptions: ModelOptions

        @OptionGroup var queryOptions: QueryOptions

        @OptionGroup var languageOptions: LanguageOptions

        @Option(help: "Most paths listed (per actor for who-can-reach), shortest first.")
        var limit: Int = 20

        @Option(help: ArgumentHelp("The diagram's theme: default, print, or a theme file.", valueName: "theme"))
        var theme: String = "default"

        @Option(help: ArgumentHelp("Stop a diagram layout that runs longer than this (exit 70).", valueName: "seconds"))
        var timeout: Double = 120

        @Option(help: "Output format: html or markdown. Default: markdown for a .md file, else html.")
        var format: ReportFormat?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard let kind = question.first else {
                throw ValidationError("name a question: who-can-reach CATEGORY, reach ACTOR or paths ACTOR CATEGORY")
            }
            let arity: [String: Int] = ["who-can-reach": 1, "reach": 1, "paths": 2]
            guard let wanted = arity[kind] else {
                throw ValidationError("unknown question '\(SafeText.escaped(kind))'\(Suggestion.phrase(for: kind, in: arity.keys.sorted())); "
                                      + "expected who-can-reach, reach or paths")
            }
            guard question.count == wanted + 1 else {
                throw ValidationError("\(kind) takes \(wanted == 1 ? (kind == "reach" ? "an actor" : "a category") : "an actor and a category")")
            }
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
            guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout takes a number of seconds between 0 and 86400") }
            if chosenFormat == .markdown && output.output == "-" {
                throw ValidationError("a Markdown report writes its diagram beside it: give -o FILE.md")
            }
        }

        var chosenFormat: ReportFormat {
            format ?? (URL(fileURLWithPath: output.output).pathExtension.lowercased() == "md" ? .markdown : .html)
        }

        /// The diagram's file beside a Markdown report: `report.md` → `report.svg`.
        var diagramOutput: OutputOptions {
            var diagram = output
            diagram.output = URL(fileURLWithPath: output.output).deletingPathExtension().path + ".svg"
            return diagram
        }

        func run() throws {
            let loaded = try modelOptions.load(language: languageOptions.language)
            try output.refuseToOverwrite(loaded.files, what: "a report")
            if chosenFormat == .markdown { try diagramOutput.refuseToOverwrite(loaded.files, what: "a diagram") }
            let index = AccessIndex(loaded.model)
            KeptUntilExit.shared.keep(index)
            let language = languageOptions.language
            var finder = PathFinder(index: index, filters: try queryOptions.filters(for: index), model: modelOptions.identity)
            finder.language = language
            let report: Interco.Report
            let view: DiagramView
            switch question[0] {
            case "who-can-reach":
                let subject = try IDLookup.subject(question[1], in: index)
                report = Interco.Report(finder.whoCanReach(subject, listing: limit), index: index, language: language)
                view = .whoCanReach(subject)
            case "reach":
                let actor = try IDLookup.actor(question[1], in: index)
                report = Interco.Report(finder.reach(actor, listing: limit), index: index, language: language)
                view = .reach(actor: actor)
            default:
                let actor = try IDLookup.actor(question[1], in: index)
                let subject = try IDLookup.subject(question[2], in: index)
                report = Interco.Report(finder.paths(from: actor, to: subject, limit: limit), index: index, language: language)
                view = .paths(actor: actor, subject: subject)
            }
            let theme = try DiagramRendering.theme(self.theme)
            let generator = "interco \(IntercoVersion.string)"
            var builder = DiagramBuilder(finder: finder, theme: theme, generator: generator, pathLimit: limit)
            builder.language = language
            let svg = try DiagramRendering.render(builder.graph(view), engine: .dot, format: .svg, timeout: timeout)
            switch chosenFormat {
            case .html:
                let page = ReportHTML.document(report, svg: String(decoding: svg, as: UTF8.self), generator: generator)
                try output.write(Data(page.utf8))
            case .markdown:
                let diagram = diagramOutput
                try diagram.write(svg)
                let text = ReportMarkdown.document(report, diagramFile: URL(fileURLWithPath: diagram.output).lastPathComponent,
                                                   generator: generator)
                try output.write(Data(text.utf8))
            }
        }
    }
}
