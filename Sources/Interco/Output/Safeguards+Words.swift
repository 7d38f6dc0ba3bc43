extension Safeguards {
    /// One line per safeguard in `language` (`retention: 6 years [cnaf-reponse-cada]`), for text
    /// answers, Markdown and diagram tooltips alike; JSON gives them in English.
    public func lines(_ language: Language) -> [String] {
        func word(_ word: DiagramWords.Word) -> String { word.text.text(language) }
        var lines: [String] = []
        if let retention { lines.append(word(.retention) + "\(retention.value) [\(retention.source.value)]") }
        if let people {
            lines.append(word(.peopleCount) + PeopleCount.grouped(people.number) + (people.date.map { " (\($0))" } ?? "")
                + (people.note.text(language).map { ", \($0)" } ?? "") + " [\(people.source.value)]")
        }
        if let cnil { lines.append(word(.cnil) + "[\(cnil.value)]") }
        if let accessLog { lines.append(word(.accessLogged) + word(accessLog.value ? .yes : .no) + " [\(accessLog.source.value)]") }
        return lines
    }
}
