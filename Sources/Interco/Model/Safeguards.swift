/// What a cited source does for a fact: it supports it (the default), contradicts it, or only gives context.
public enum SourceRole: String, Vocabulary {
    case supports, contradicts, context
    /// "source role".
    public static let vocabularyName = "source role"
}

/// The safeguards the sources give for a file (or a right, where they differ from its file's).
///
/// Most rights state none, so the fields live out of line (`OutOfLine`): an empty value is one
/// word, and a million-right model does not carry a couple of hundred empty bytes per right.
public struct Safeguards: Hashable, Sendable {
    private struct Fields: Hashable, Sendable, DefaultInitializable {
        var retention: Sourced<String>?
        var people: PeopleCount?
        var cnil: Located<String>?
        var accessLog: Sourced<Bool>?
    }

    private var stored: OutOfLine<Fields>

    private var fields: Fields {
        get { stored.value }
        set { stored.value = newValue }
    }

    /// How long the data are kept, as a source words it.
    public var retention: Sourced<String>? {
        get { fields.retention }
        set { fields.retention = newValue }
    }
    /// How many people the file is about.
    public var people: PeopleCount? {
        get { fields.people }
        set { fields.people = newValue }
    }
    /// The CNIL opinion or deliberation on it, as a source id.
    public var cnil: Located<String>? {
        get { fields.cnil }
        set { fields.cnil = newValue }
    }
    /// Whether accesses are logged.
    public var accessLog: Sourced<Bool>? {
        get { fields.accessLog }
        set { fields.accessLog = newValue }
    }

    /// No safeguard stated.
    public init(retention: Sourced<String>? = nil, people: PeopleCount? = nil, cnil: Located<String>? = nil,
                accessLog: Sourced<Bool>? = nil) {
        stored = OutOfLine(Fields(retention: retention, people: people, cnil: cnil, accessLog: accessLog))
    }

    /// True when nothing is stated.
    public var isEmpty: Bool { stored.isDefault }

    /// Every source id the safeguards cite, for reference checks.
    public var sourceIDs: [Located<String>] {
        [retention?.source, people?.source, cnil, accessLog?.source].compactMap { $0 }
    }
}

/// A value with the source that gives it.
public struct Sourced<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value.
    public var value: Value
    /// The source id.
    public var source: Located<String>

    /// Creates a sourced value.
    public init(_ value: Value, source: Located<String>) {
        self.value = value
        self.source = source
    }
}

/// How many people a file is about, as of a date, by a source.
public struct PeopleCount: Hashable, Sendable {
    /// The number.
    public var number: Int
    /// The date the number is for, when the source gives one.
    public var date: ModelDate?
    /// The source id.
    public var source: Located<String>
    /// What is counted, when it is not persons (`allocataire households`).
    public var note: Localized?

    /// Creates a count.
    public init(number: Int, date: ModelDate? = nil, source: Located<String>, note: Localized? = nil) {
        self.number = number
        self.date = date
        self.source = source
        self.note = note
    }
}
