import ArgumentParser
import Foundation
import Interco

extension GraphFormat: ExpressibleByArgument {}

extension IntercoCommand {
    /// `interco export`: the model as a graph for other tools.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the model as a graph for Gephi, yEd, networkx, D3 or Neo4j.",
            discussion: """
                Nodes are actors, files and data categories; edges are holds (actor → file), right (actor → \
                file or actor), flow (file → file, in the direction the data goes), part-of (unit → actor), \
                contains (file → category it declares) and broader (category → parent). Every node and edge \
                carries the model's attributes: kind, status, dates (full ISO days, with their precision apart), \
                legal basis, confidence, data, purpose, sources and their urls. Node ids are prefixed with their \
                type (actor:caf, file:ficoba).

                Without --at, --status, --purpose or --about, everything in the model is exported, whatever its \
                date and status. With any of them, only the files, rights and flows that count under the \
                filters, as the queries count them (the filters left out take the queries' defaults: today, \
                in-force and experimental).

                Formats: graphml (yEd, Gephi, networkx read_graphml; lists joined by "; "), gexf (GEXF 1.2 \
                for Gephi, with start/end dates for its timeline; networkx read_gexf), json (node-link JSON for \
                networkx node_link_graph(data, edges="links") and D3; lists as arrays), cypher (a Neo4j script, \
                one statement a line: cypher-shell < model.cypher).

                Examples:
                  interco export --format graphml -o map.graphml
                  interco export --format gexf --status all -o map.gexf
                  interco export --format json --at 2020-06-01 -o map-2020.json
                  interco export --format cypher -o map.cypher

                Exit codes: 0 ok, 64 bad usage, 65 the model has errors, 66 an input cannot be read, 73 the \
                output cannot be written.
                """
        )

        @OptionGroup var modelOptions: ModelOptions
        @OptionGroup var queryOptions: QueryOptions

        @Option(help: "Output format: \(GraphFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: GraphFormat

        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() throws {
            let loaded = try modelOptions.load(language: languageOptions.language)
            try output.refuseToOverwrite(loaded.files, what: "a graph")
            let filtered = queryOptions.at != nil || queryOptions.status != nil || queryOptions.purpose != nil
                || queryOptions.about != nil
            var finder: PathFinder?
            if filtered {
                let index = AccessIndex(loaded.model)
                finder = PathFinder(index: index, filters: try queryOptions.filters(for: index))
            }
            let graph = PropertyGraph(loaded.model, counting: finder, language: languageOptions.language)
            try output.write(Data(format.encode(graph).utf8))
        }
    }
}
