/// A file, register, processing or score that holds personal data.
public struct DataFile: Hashable, Sendable {
    /// Unique id.
    public var id: Located<String>
    /// Display name.
    public var name: String
    /// The actor responsible for the file.
    public var heldBy: Located<String>
    /// The categories it declares (at least one).
    public var data: [Located<String>]
    /// What sort of file it is.
    public var kind: FileKind?
    /// The populations it is about; empty means everyone.
    public var about: [Located<String>]
    /// First day the file exists.
    public var since: Located<ModelDate>?
    /// First day the file no longer exists.
    public var until: Located<ModelDate>?
    /// Legal standing of the file itself (a score only alleged to exist is `alleged`).
    public var status: Status
    /// How sure the map is of it.
    public var confidence: Confidence?
    /// Free text.
    public var description: String?
    /// Source ids.
    public var sources: [Located<String>]
    /// Where the entry starts.
    public var location: SourceLocation
    /// True when `since: unknown` is written: the start is not known, and the fact counts at every date.
    public var sinceUnknown: Bool = false
    /// Roles of cited sources that do not simply support the fact (absent: supports).
    public var sourceRoles: [String: SourceRole] = [:]
    /// Retention, number of people, CNIL opinion, access logging.
    public var safeguards = Safeguards()
}
