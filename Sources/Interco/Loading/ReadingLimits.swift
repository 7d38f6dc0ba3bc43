/// The limits of the YAML reading layer. Each is documented in `docs/model-format.md` and has
/// its own error; none refuses a valid model of the sizes the benchmark targets.
public struct ReadingLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of collections (a model needs 4).
    public var maxDepth: Int
    /// Most nodes that aliases may expand to in one file.
    public var maxAliasExpansion: Int

    /// Most entries (sources, categories, populations, actors, files, rights, flows) in a model.
    public var maxEntries: Int

    /// Creates limits.
    public init(maxFileBytes: Int = 1 << 30, maxDepth: Int = 64, maxAliasExpansion: Int = 100_000,
                maxEntries: Int = 10_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxEntries = maxEntries
    }

    /// The documented defaults.
    public static let standard = ReadingLimits()
}
