/// The preset questions as `interco ask` lists them: for people, a table of ids and titles in
/// the chosen language with the command each runs; for programs, JSON with both titles.
public enum QuestionListing {
    /// Version of the JSON shape.
    public static let schemaVersion = 1

    /// `interco who-can-reach any --actor-kind …`: the command a question runs, as typed.
    public static func commandText(_ question: Question) -> String {
        "interco " + question.commandLine.map { argument in
            argument.contains(" ") ? "'\(argument)'" : argument
        }.joined(separator: " ")
    }

    /// The question's title in `language`, with French typography in French.
    public static func title(_ question: Question, _ language: Language) -> String {
        Typography.apply(question.title.text(language), language)
    }

    /// What `ask NAME` prints before the answer in text and Markdown: the question's title and
    /// the command it runs; nil for the machine formats.
    public static func heading(_ question: Question, language: Language, format: QueryOutputFormat) -> String? {
        switch format {
        case .text: Table.singleLine(title(question, language)) + "\n" + Table.singleLine(commandText(question)) + "\n\n"
        case .markdown: "## " + Table.markdownText(title(question, language)) + "\n\n`" + commandText(question) + "`\n\n"
        case .csv, .csvRaw, .json: nil
        }
    }

    /// One row per question, in model order; headers in `language`, or codes without one (CSV).
    public static func table(_ questions: [Question], language: Language?) -> Table {
        func head(_ code: String, _ en: String, _ fr: String) -> String {
            language.map { Localized(en: en, fr: fr).text($0) } ?? code
        }
        return Table(headers: [head("id", "id", "id"), head("title", "question", "question"), head("command", "command", "commande")],
                     rows: questions.map { [$0.id.value, title($0, language ?? .en), commandText($0)] })
    }

    /// `{schema_version, questions: [{id, title: {fr, en}, command, arguments, filters, command_line}]}`.
    public static func json(_ questions: [Question]) -> String {
        JSONValue.object([
            "schema_version": .int(schemaVersion),
            "questions": .array(questions.map { question in
                .object([
                    "id": .string(question.id.value),
                    "title": .object(["fr": .string(question.title.fr), "en": .string(question.title.en)]),
                    "command": .string(question.command.rawValue),
                    "arguments": .texts(question.arguments.map(\.value)),
                    "filters": .object(Dictionary(question.filters.map { ($0.name.value, JSONValue.string($0.value.value)) },
                                                  uniquingKeysWith: { first, _ in first })),
                    "command_line": .string(commandText(question)),
                ])
            }),
        ]).rendered()
    }
}
