/// The eight sections of the model format, in the order `check` and `list` show them.
///
/// One name per concept: the builder, the id table's sorts, the listing and the check summary
/// all read the section's key, keys, nouns and phrases from here.
public enum Section: String, Sendable, Hashable, CaseIterable {
    case actors, files, data, populations, rights, flows, sources, questions

    /// The sections in the order the format documents them (and a model usually writes them).
    public static let formatOrder: [Section] = [.sources, .data, .populations, .actors, .files, .rights, .flows, .questions]

    /// The top-level YAML key of the section.
    public var key: String { rawValue }

    /// The keys an entry of the section may use.
    public var keys: [String] {
        switch self {
        case .sources: ["id", "title", "url", "publisher", "date", "pages", "note"]
        case .data: ["id", "name", "parent", "sensitive", "description"]
        case .populations: ["id", "name", "parent", "description"]
        case .actors: ["id", "name", "kind", "part_of", "aka", "description", "sources"]
        case .files: ["id", "name", "held_by", "data", "kind", "about", "since", "until", "status", "confidence", "description",
                      "sources", "history", "retention", "people", "cnil", "access_log"]
        case .rights: ["id", "actor", "reaches", "kind", "data", "purpose", "basis", "basis_note", "internal", "since", "until",
                       "status", "confidence", "sources", "history", "note", "retention", "people", "cnil", "access_log"]
        case .flows: ["id", "from", "into", "data", "purpose", "basis", "basis_note", "since", "until", "status", "confidence",
                      "sources", "history", "note"]
        case .questions: ["id", "title", "command", "arguments", "filters", "description"]
        }
    }

    /// What one entry is called in messages: "data category".
    public var entity: String {
        switch self {
        case .sources: "source"
        case .data: "data category"
        case .populations: "population"
        case .actors: "actor"
        case .files: "file"
        case .rights: "right"
        case .flows: "flow"
        case .questions: "question"
        }
    }

    /// The entity with its article: "a data category", "an actor".
    public var phrase: String {
        (self == .actors ? "an " : "a ") + entity
    }

    /// How many entries of the section `model` holds.
    public func count(in model: Model) -> Int {
        switch self {
        case .sources: model.sources.count
        case .data: model.categories.count
        case .populations: model.populations.count
        case .actors: model.actors.count
        case .files: model.files.count
        case .rights: model.rights.count
        case .flows: model.flows.count
        case .questions: model.questions.count
        }
    }
}

/// The sort of record an id names, in the singular, as name lookups and explanations use it.
/// Each is one `Section`: `section` gives it, and the phrase is the section's.
public enum RecordSort: String, Sendable, Hashable, CaseIterable {
    case source, category, population, actor, file, right, flow

    /// The section that holds records of this sort.
    public var section: Section {
        switch self {
        case .source: .sources
        case .category: .data
        case .population: .populations
        case .actor: .actors
        case .file: .files
        case .right: .rights
        case .flow: .flows
        }
    }

    /// The word used in messages ("a data category").
    public var phrase: String { section.phrase }
}
