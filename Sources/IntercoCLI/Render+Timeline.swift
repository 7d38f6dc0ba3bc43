import ArgumentParser
import Foundation
import Interco

extension IntercoCommand.Render {
    /// Why `--timeline` draws SVG only, said when another format is asked.
    static let timelineFormats = "--timeline draws SVG only: the step chart is written directly by interco's SVG writer, not laid out "
        + "by Graphviz, whose engines would move its points; for PNG or PDF convert the SVG (rsvg-convert -f pdf chart.svg -o chart.pdf, "
        + "or print it from a browser)"

    /// `render --timeline CATEGORY|ACTOR`: the timeline's step chart, as SVG.
    func renderTimeline(_ subject: String, index: AccessIndex, filters: QueryFilters) throws {
        let query = TimelineQuery(index: index, filters: filters, model: modelOptions.identity)
        let timeline: Interco.Timeline
        if index.category(subject) == nil, let actor = NameResolver(index.model).actor(subject) {
            timeline = query.timeline(actor: actor)
        } else {
            let asked = try IDLookup.subject(subject, in: index)
            guard asked.categories.count == 1 else {
                Console.error("error: --timeline draws one category or one actor; '\(SafeText.escaped(subject))' stands for "
                              + "\(asked.categories.count) categories: name one of them\n")
                throw ExitCode(64)
            }
            timeline = query.timeline(category: asked.categories[0])
        }
        try output.write(Data((timeline.chart(languageOptions.language)?.svg ?? "").utf8))
    }
}
