/// A file, register, processing or score that holds personal data.
public struct DataFile: Hashable, Sendable, HasStanding {
    /// Unique id.
    public var id: Located<String>
    /// Display name, in one or both languages.
    public var name: Localized
    /// The actor responsible for the file.
    public var heldBy: Located<String>
    /// The categories it declares (at least one).
    public var data: [Located<String>]
    /// What sort of file it is.
    public var kind: FileKind?
    /// The populations it is about; empty means everyone.
    public var about: [Located<String>]
    /// Dates, status, confidence and sources.
    public var standing: Standing
    /// Free text, in one or both languages.
    public var description: Localized?
    /// Where the entry starts.
    public var location: SourceLocation
    /// Retention, number of people, CNIL opinion, access logging.
    public var safeguards = Safeguards()
}
