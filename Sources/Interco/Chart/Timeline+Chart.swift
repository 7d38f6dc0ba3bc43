extension Timeline {
    /// The timeline as a step chart of the number of actors (for an actor: of categories) over
    /// time; each step annotated with its first event and basis, cut by `ShortLabel`, the full text
    /// in the numbered notes. Nil for a fact's timeline, which has no count.
    public func chart(_ language: Language = .en) -> StepChart? {
        guard !isFact else { return nil }
        typealias W = TimelineWords.Word
        let steps = steps.map { step -> StepChart.Step in
            let first = step.events.first
            let lead = first.map { $0.id + " · " + ($0.basis ?? statusText($0, language)) } ?? W.noEvent(language)
            let more = step.events.count > 1 ? " (+\(step.events.count - 1))" : ""
            let events = step.events.map { event in
                TimelineWords.sortWord(event.fact)(language) + " " + event.id + " (" + statusText(event, language) + ")"
                    + (event.basis.map { Typography.colon(language) + $0 } ?? "")
            }
            let note = Typography.apply(step.date.prose(language) + " — " + Self.changeText(step) + " → " + String(step.count ?? 0)
                                        + Typography.colon(language), language) + (events.isEmpty ? W.noEvent(language) : events.joined(separator: Localized(en: "; ", fr: "\u{202F}; ").text(language)))
            var seen = Set<String>()
            let links = step.events.flatMap(\.sources).compactMap { source -> StepChart.Link? in
                guard let url = source.url, seen.insert(source.id.value).inserted else { return nil }
                return StepChart.Link(text: source.id.value, url: url)
            }
            return StepChart.Step(date: step.date, count: step.count ?? 0, label: ShortLabel.cut(lead, limit: 36) + more,
                                  note: note, links: links)
        }
        let title = W.title(language) + Typography.colon(language) + TimelineWords.what(subject, language)
        let footer = [Typography.apply(TimelineWords.start(start, actors: countsActors, language), language)]
            + (undated.isEmpty ? [] : [Typography.apply(TimelineWords.undated(undated, language), language)])
        return StepChart(title: title, subtitle: context.line(.of(language)),
                         axisLabel: (countsActors ? W.actors : W.categories)(language), start: start.count, steps: steps, footer: footer)
    }
}
