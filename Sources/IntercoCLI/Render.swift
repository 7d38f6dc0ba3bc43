import ArgumentParser
import Foundation
import Interco
import IntercoRender

extension LayoutEngine: ExpressibleByArgument {}
extension Page: ExpressibleByArgument {}

/// Output formats of `render`: the three image formats, plus the DOT text itself.
enum DiagramFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf, dot
    /// Graphviz's layout as JSON (positions and sizes of everything drawn), for programs and tests.
    case json
}

extension IntercoCommand {
    /// `interco render`: a diagram of the map or of a query, laid out in-process by Graphviz.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the map, or the answer of a query, as SVG, PNG, PDF or DOT.",
            discussion: """
                Without a view option the whole map is drawn: actors as boxes holding their files, rights as \
                edges coloured by kind and labelled with a short legal basis, flows as grey edges, statuses as \
                pen styles (solid in force, dashed experimental, dotted alleged or planned, ✗ censured or \
                repealed), so that the diagram reads in grey print too. SVG output has a tooltip on every node \
                and edge and links to its first source.

                Examples:
                  interco render --format svg -o map.svg
                  interco render --who-can-reach bank-transactions --format png -o bank.png
                  interco render --paths france-travail.fraud bank-transactions --theme print --format pdf -o paths.pdf
                  interco render --reach caf --format dot -o -
                  interco render --overview --page a4-landscape --format pdf -o overview.pdf
                  interco render --who-can-reach bank-transactions --diff 2019 2024 --format svg -o bank-2019-2024.svg

                Exit codes: 0 ok, 64 bad usage (including a view too large for its engine), 65 the model has \
                errors, 66 an input cannot be read, 70 Graphviz failed or ran past --timeout, 73 the output cannot be written.
                """
        )

        @OptionGroup var modelOptions: ModelOptions

        @Option(name: .customLong("who-can-reach"), help: ArgumentHelp("Draw the paths to this data category.", valueName: "category"))
        var whoCanReach: String?

        @Option(help: ArgumentHelp("Draw what this actor reaches.", valueName: "actor"))
        var reach: String?

        @Option(parsing: .upToNextOption, help: ArgumentHelp("Draw the paths from an actor to a category.", valueName: "actor category"))
        var paths: [String] = []

        @Flag(help: ArgumentHelp("Draw the whole map at institution level, to fit one page: units folded into their institution, "
                                 + "the rights (and the flows) between two institutions as one edge whose note gives their count, kinds "
                                 + "and ids, files counted in their holder's box."))
        var overview = false

        @Option(help: ArgumentHelp("Draw a step chart of the number of actors reaching this category over time (SVG).", valueName: "category"))
        var timeline: String?

        @Option(parsing: .upToNextOption,
                help: ArgumentHelp("Draw what changed between two days (YYYY, YYYY-MM or YYYY-MM-DD) in the view: rights and flows "
                                   + "gained thicker with '+' on their marker, lost ones dashed grey and marked 'ended', unchanged ones grey.",
                                   valueName: "from to"))
        var diff: [String] = []

        @OptionGroup var queryOptions: QueryOptions

        @OptionGroup var languageOptions: LanguageOptions

        @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
        var engine: LayoutEngine = .dot

        @Option(help: ArgumentHelp("Stop a layout that runs longer than this (exit 70).", valueName: "seconds"))
        var timeout: Double = 120

        @Flag(name: .customLong("no-size-limit"), help: "Lay out a view larger than the engine's limit (still within --timeout).")
        var noSizeLimit = false

        @Option(help: ArgumentHelp("A built-in theme (default, print) or a theme file.", valueName: "theme"))
        var theme: String = "default"

        @Option(help: ArgumentHelp("Fit the drawing to a page with margins: \(Page.allCases.map(\.rawValue).joined(separator: ", ")); "
                                   + "refused when its smallest text would be under 7 pt.", valueName: "page"))
        var page: Page?

        @Option(help: "Output format: svg, png, pdf, dot or json (Graphviz's layout).")
        var format: DiagramFormat

        @OptionGroup var output: OutputOptions

        func validate() throws {
            let views = (whoCanReach == nil ? 0 : 1) + (reach == nil ? 0 : 1) + (paths.isEmpty ? 0 : 1) + (timeline == nil ? 0 : 1)
            guard views + (overview ? 1 : 0) <= 1 else {
                throw ValidationError("choose one view: --who-can-reach, --reach, --paths, --timeline or --overview")
            }
            guard !overview || (diff.isEmpty && queryOptions.without == nil && queryOptions.withoutBasis == nil) else {
                throw ValidationError("--overview draws the map as it is on one day: leave out --diff, --without and --without-basis "
                                      + "(the whole map without --overview draws them)")
            }
            guard timeline == nil || format == .svg else { throw ValidationError(Self.timelineFormats) }
            guard timeline == nil || queryOptions.at == nil else { throw ValidationError("--at does not apply to --timeline, which covers every date") }
            guard paths.isEmpty || paths.count == 2 else { throw ValidationError("--paths takes an actor and a category") }
            guard diff.isEmpty || diff.count == 2 else { throw ValidationError("--diff takes two days: --diff 2019 2024") }
            guard diff.isEmpty || (queryOptions.at == nil && timeline == nil) else {
                throw ValidationError("--diff gives the two days itself: leave out --at and --timeline")
            }
            for value in diff {
                if case .failure = ModelDate.parse(value) {
                    throw ValidationError("--diff '\(SafeText.escaped(value))' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
                }
            }
            guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout takes a number of seconds between 0 and 86400") }
        }

        func run() throws {
            let loaded = try modelOptions.load(language: languageOptions.language)
            try output.refuseToOverwrite(loaded.files, what: "a diagram",
                                         binary: ["png", "pdf"].contains(format.rawValue) ? format.rawValue : nil)
            let index = AccessIndex(loaded.model)
            KeptUntilExit.shared.keep(index)
            let filters = try queryOptions.filters(for: index)
            if let timeline { return try renderTimeline(timeline, index: index, filters: filters) }
            let view: DiagramView
            if let whoCanReach {
                view = .whoCanReach(try IDLookup.subject(whoCanReach, in: index))
            } else if let reach {
                view = .reach(actor: try IDLookup.actor(reach, in: index))
            } else if paths.count == 2 {
                view = .paths(actor: try IDLookup.actor(paths[0], in: index), subject: try IDLookup.subject(paths[1], in: index))
            } else {
                view = overview ? .overview : .wholeMap
            }
            let theme = try DiagramRendering.theme(self.theme)
            var second = filters
            if diff.count == 2 { second.day = .on(try ModelDate.parse(diff[1]).get()) }
            var builder = DiagramBuilder(finder: PathFinder(index: index, filters: second, model: modelOptions.identity), theme: theme,
                                         generator: "interco \(IntercoVersion.string)")
            builder.language = languageOptions.language
            if diff.count == 2 {
                var first = filters
                first.day = .on(try ModelDate.parse(diff[0]).get())
                builder.earlier = PathFinder(index: index, filters: first, model: modelOptions.identity)
            }
            var graph = builder.graph(view)
            if engine.needsFlatClusters { graph = graph.flatteningClusters() }
            let size = graph.size
            if !noSizeLimit, format != .dot || page != nil, let refusal = engine.refusal(nodes: size.nodes, edges: size.edges) {
                Console.error("error: \(refusal)\n")
                throw ExitCode(64)
            }
            if let page {
                // Lay out once to measure, then again with the page's size and pad.
                guard let geometry = LayoutGeometry(json: try DiagramRendering.layOut(DOTEncoder.encode(graph), engine: engine, format: .json, timeout: timeout)) else {
                    Console.error("error: Graphviz's layout could not be read\n")
                    throw ExitCode(70)
                }
                let fit = PageFit(page: page, width: geometry.width, height: geometry.height, smallestText: geometry.smallestText)
                guard fit.legible else {
                    Console.error("error: fitted to \(page.name.text(.en)), this view's smallest text would be "
                                  + String(format: "%.1f", fit.smallestText) + " pt, under the 7 pt print needs; draw a narrower view: "
                                  + "a query view (--who-can-reach, --reach, --paths), --overview for the whole map, --max-hops 1, filters, or a larger page\n")
                    throw ExitCode(64)
                }
                for (name, value) in fit.attributes { graph.attributes[name] = .token(value) }
            }
            let bytes: Data
            if let imageFormat = ImageFormat(rawValue: format.rawValue) {
                bytes = try DiagramRendering.render(graph, engine: engine, format: imageFormat, timeout: timeout, sizeLimit: false)
            } else {
                bytes = Data(DOTEncoder.encode(graph).utf8)
            }
            try output.write(bytes)
        }
    }
}
