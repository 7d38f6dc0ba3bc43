import ArgumentParser
import Interco

extension IntercoCommand {
    /// `interco timeline CATEGORY|ACTOR|ID`.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every dated event that changes who reaches a category, what an actor reaches, or one fact.",
            discussion: """
                For a category: the days on which the actors that reach it change, each with the facts dated that \
                day on the paths that make the change (file, right or flow, its status from that day, basis and \
                sources) and the number of actors reaching it from that day. For an actor: the same for the \
                categories it reaches. For the id of a file, right or flow: its own dated events. The answer is \
                the query engine's, asked on every day some fact starts or ends; facts whose start is unknown \
                count at every date and are named under the table. --at does not apply: a timeline covers every date.

                Examples:
                  interco timeline bank-transactions
                  interco timeline france-travail.fraud --status all
                  interco timeline r-08a --format json

                Exit codes: 0 ok, 64 bad usage, 65 the model has errors, 66 an input cannot be read, 73 standard \
                output cannot be written.
                """
        )

        @Argument(help: ArgumentHelp("A data category id, an actor (id, name or aka), or the id of a file, right or flow.",
                                     valueName: "subject"))
        var subject: String

        @OptionGroup var options: QueryCommandOptions


        func validate() throws {
            guard options.filters.at == nil else {
                throw ValidationError("--at does not apply to a timeline, which covers every date; use who-can-reach or reach --at DATE for one day")
            }
        }

        func run() throws {
            let finder = try options.prepare()
            var query = TimelineQuery(index: finder.index, filters: finder.filters, model: finder.model)
            query.pathsPerChange = options.limit
            let timeline = try Self.timeline(subject, query)
            Console.out(timeline.rendered(options.outputFormat, language: options.languageOptions.language))
        }

        /// A category id first, then an actor, then a file, right or flow id.
        static func timeline(_ subject: String, _ query: TimelineQuery) throws -> Interco.Timeline {
            let index = query.index
            if let category = index.category(subject) { return query.timeline(category: category) }
            let resolver = NameResolver(index.model)
            if let actor = resolver.actor(subject) { return query.timeline(actor: actor) }
            if let file = index.file(subject) { return query.timeline(fact: .file(file)) }
            if let right = index.model.rights.firstIndex(where: { $0.id?.value == subject }) { return query.timeline(fact: .right(right)) }
            if let flow = index.model.flows.firstIndex(where: { $0.id?.value == subject }) { return query.timeline(fact: .flow(flow)) }
            Console.error("error: '\(SafeText.escaped(subject))' is no data category, actor, file, right or flow"
                          + resolver.hint(for: subject, expected: .category)
                          + "; `interco list data`, `interco list actors` and `interco list rights` print the ids\n")
            throw ExitCode(64)
        }
    }
}
