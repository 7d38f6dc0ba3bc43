/// A whole model: the concatenated sections of every file, in file order.
///
/// Lookups by id are built once; records refer to each other by id, never by object.
public struct Model: Sendable {
    /// Documents cited.
    public var sources: [Source] = []
    /// Personal-data categories.
    public var categories: [DataCategory] = []
    /// Populations.
    public var populations: [Population] = []
    /// Actors.
    public var actors: [Actor] = []
    /// Files.
    public var files: [DataFile] = []
    /// Rights.
    public var rights: [Right] = []
    /// Flows.
    public var flows: [Flow] = []

    /// An empty model.
    public init() {}

    /// Counts per section, in the order `check` prints them.
    public var summary: String {
        "\(actors.count) actors, \(files.count) files, \(categories.count) data categories, "
            + "\(populations.count) populations, \(rights.count) rights, \(flows.count) flows, \(sources.count) sources"
    }
}

/// The sort of record an id names; references are checked against it.
public enum RecordSort: String, Sendable, Hashable, CaseIterable {
    case source, category, population, actor, file, right, flow

    /// The word used in messages ("a data category").
    public var phrase: String {
        switch self {
        case .source: "a source"
        case .category: "a data category"
        case .population: "a population"
        case .actor: "an actor"
        case .file: "a file"
        case .right: "a right"
        case .flow: "a flow"
        }
    }
}
