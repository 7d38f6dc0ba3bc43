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
    /// Preset questions (`interco ask`).
    public var questions: [Question] = []

    /// An empty model.
    public init() {}
}

