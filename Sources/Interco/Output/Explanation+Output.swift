/// Version of the JSON shape of `show`.
public let explanationJSONSchemaVersion = 1

extension Explanation {
    /// For a terminal: the title, then each section's heading, indented paragraphs and items;
    /// every text is shown safely (`SafeText`).
    public func text() -> String {
        func safe(_ text: String) -> String { SafeText.escaped(text, limit: nil) }
        var out = safe(title) + "\n"
        for section in sections {
            out += "\n" + safe(section.heading) + "\n"
            for paragraph in section.paragraphs { out += "  " + safe(paragraph) + "\n" }
            for item in section.items {
                var line = "  - " + (item.label.map { safe($0) + Typography.colon(language) } ?? "") + safe(item.text)
                if let url = item.url { line += " <" + SafeText.escaped(url, limit: nil) + ">" }
                out += line + "\n"
            }
        }
        return out
    }

    /// For a report: a level-2 title, level-3 headings, items as a list, addresses as links.
    public func markdown() -> String {
        func safe(_ text: String) -> String { Table.markdownText(text) }
        let colon = Typography.colon(language)
        var blocks = ["## " + safe(title)]
        for section in sections {
            blocks.append("### " + safe(section.heading))
            blocks += section.paragraphs.map(safe)
            guard !section.items.isEmpty else { continue }
            blocks.append(section.items.map { item in
                var line = "- " + (item.label.map { "**" + safe($0) + "**" + colon } ?? "") + safe(item.text)
                if let url = item.url, Self.isLinkable(url) { line += " ([" + safe(url) + "](" + url + "))" }
                return line
            }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The explanation as JSON: codes stay English, the words are in `language`.
    public var json: JSONValue {
        .object([
            "sort": .string(sort.rawValue), "id": .string(id), "language": .string(language.rawValue),
            "title": .string(title),
            "sections": .array(sections.map { section in
                .object(["key": .string(section.key), "heading": .string(section.heading),
                         "paragraphs": .texts(section.paragraphs),
                         "items": .array(section.items.map { item in
                             .object(["label": .text(item.label), "text": .string(item.text), "code": .text(item.code),
                                      "id": .text(item.id), "url": .text(item.url)])
                         })])
            }),
        ])
    }

    /// Several explanations as one JSON document.
    public static func json(_ explanations: [Explanation]) -> String {
        JSONValue.object(["schema_version": .int(explanationJSONSchemaVersion),
                          "results": .array(explanations.map(\.json))]).rendered()
    }

    /// Only http(s) addresses without characters that would end a Markdown link become links.
    static func isLinkable(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://"))
            && !url.contains(where: { $0 == ")" || $0 == "(" || $0 == " " || $0 == "<" || $0 == ">" || $0.isNewline })
    }
}
