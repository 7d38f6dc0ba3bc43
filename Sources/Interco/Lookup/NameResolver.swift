import Foundation

/// Turns what a person types (an id, an actor's former name, a file where a category is
/// expected) into the model's records, and says what a word names when it names something else.
///
/// Built once from a model; `show` and the queries share it.
public struct NameResolver: Sendable {
    /// The model the names come from.
    public let model: Model
    /// Every id of the model with the sort of record it names, in section order.
    private let records: [String: [RecordSort]]
    /// Actor positions by folded id, name and aka.
    private let actorNames: [String: [Int]]
    private let actorNumber: [String: Int]
    private let categoryNumber: [String: Int]
    private let fileNumber: [String: Int]

    /// What a category argument was resolved to.
    public enum CategoryMatch: Equatable, Sendable {
        /// A data category, by its position in the model.
        case category(Int)
        /// A file, by position, standing for the categories it declares (positions, model order).
        case file(Int, categories: [Int])
    }

    /// Indexes the model's ids and actor names.
    public init(_ model: Model) {
        self.model = model
        var records: [String: [RecordSort]] = [:]
        func add(_ id: String?, _ sort: RecordSort) {
            guard let id, !(records[id]?.contains(sort) ?? false) else { return }
            records[id, default: []].append(sort)
        }
        model.sources.forEach { add($0.id.value, .source) }
        model.categories.forEach { add($0.id.value, .category) }
        model.populations.forEach { add($0.id.value, .population) }
        model.actors.forEach { add($0.id.value, .actor) }
        model.files.forEach { add($0.id.value, .file) }
        model.rights.forEach { add($0.id?.value, .right) }
        model.flows.forEach { add($0.id?.value, .flow) }
        self.records = records
        func numbering(_ ids: [String]) -> [String: Int] {
            var table: [String: Int] = [:]
            for (index, id) in ids.enumerated() where table[id] == nil { table[id] = index }
            return table
        }
        actorNumber = numbering(model.actors.map(\.id.value))
        categoryNumber = numbering(model.categories.map(\.id.value))
        fileNumber = numbering(model.files.map(\.id.value))
        var actorNames: [String: [Int]] = [:]
        for (index, actor) in model.actors.enumerated() {
            for name in Set([actor.id.value, actor.name.en, actor.name.fr] + actor.aka).map(Self.fold) where !name.isEmpty {
                actorNames[name, default: []].append(index)
            }
        }
        self.actorNames = actorNames.mapValues { $0.sorted() }
    }

    /// `text` without case or accents, every run of other characters than letters and digits
    /// made one `-`: « Pôle emploi », `pole-emploi` and `POLE EMPLOI` fold alike.
    public static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var pendingDash = false
        for character in plain {
            if character.isLetter || character.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// The actor an id, a name or an aka names (without case or accents); nil when none does, or
    /// when a name is shared by several actors and none has it as its id.
    public func actor(_ text: String) -> Int? {
        if let number = actorNumber[text] { return number }
        guard let matches = actorNames[Self.fold(text)], matches.count == 1 else { return nil }
        return matches[0]
    }

    /// The category an id names, or the file whose data it stands for.
    public func category(_ text: String) -> CategoryMatch? {
        if let number = categoryNumber[text] { return .category(number) }
        guard let file = fileNumber[text] else { return nil }
        let categories = model.files[file].data.compactMap { categoryNumber[$0.value] }
        return categories.isEmpty ? nil : .file(file, categories: categories)
    }

    /// The sorts of record `id` names exactly, in section order.
    public func sorts(of id: String) -> [RecordSort] { records[id] ?? [] }

    /// What to add to "unknown SORT 'text'": that it names another sort of record (`'agdref' is a
    /// file`), or the closest id of the expected sort, or else of any sort, with what it is
    /// (`did you mean the actor 'caf'?`). Empty when nothing is close.
    public func hint(for text: String, expected: RecordSort) -> String {
        let others = sorts(of: text).filter { $0 != expected }
        if !others.isEmpty {
            return " ('\(text)' is " + others.map(\.phrase).joined(separator: " and ") + ")"
        }
        if let near = Suggestion.closest(to: text, in: ids(of: expected)) {
            return " (did you mean '\(near)'?)"
        }
        guard let near = Suggestion.closest(to: text, in: records.keys.sorted()), let sort = sorts(of: near).first else {
            return ""
        }
        return " (did you mean '\(near)', \(sort.phrase)?)"
    }

    /// Every id of one sort, in model order.
    public func ids(of sort: RecordSort) -> [String] {
        switch sort {
        case .source: model.sources.map(\.id.value)
        case .category: model.categories.map(\.id.value)
        case .population: model.populations.map(\.id.value)
        case .actor: model.actors.map(\.id.value)
        case .file: model.files.map(\.id.value)
        case .right: model.rights.compactMap(\.id?.value)
        case .flow: model.flows.compactMap(\.id?.value)
        }
    }
}
