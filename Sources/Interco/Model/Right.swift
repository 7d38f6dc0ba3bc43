/// A right of an actor to reach a file or another actor, with its legal basis.
public struct Right: Hashable, Sendable, HasStanding {
    /// Optional id; answers name the right by it.
    public var id: Located<String>?
    /// The actor that holds the right.
    public var actor: Located<String>
    /// A file, or an actor (a third party the right can demand data from).
    public var reaches: Located<String>
    /// How the right reaches.
    public var kind: RightKind
    /// Limits the right to these categories; empty means no limit.
    public var data: [Located<String>]
    /// The purposes, ids; empty when not stated.
    public var purposes: [String] = []
    /// The legal text the right rests on; nil when none is identified.
    public var basis: String?
    /// Dates, status, confidence and sources.
    public var standing: Standing
    /// Where the entry starts.
    public var location: SourceLocation
    /// True when the right is the holder's own staff's access to its own file (no separate basis needed).
    public var `internal`: Bool = false
    /// Safeguards of the right, where they differ from its file's.
    public var safeguards = Safeguards()
    /// The notes, out of line: most generated rights have none, and two empty texts took 64 bytes.
    private var notes: OutOfLine<Notes>

    private struct Notes: Hashable, Sendable, DefaultInitializable {
        var note: Localized?
        var basisNote: Localized?
    }

    /// Free text, in one or both languages.
    public var note: Localized? {
        get { notes.value.note }
        set { notes.value.note = newValue }
    }
    /// Why no legal basis is given, when none is identified.
    public var basisNote: Localized? {
        get { notes.value.basisNote }
        set { notes.value.basisNote = newValue }
    }

    init(id: Located<String>? = nil, actor: Located<String>, reaches: Located<String>, kind: RightKind,
         data: [Located<String>], purposes: [String] = [], basis: String? = nil, standing: Standing,
         note: Localized? = nil, location: SourceLocation, basisNote: Localized? = nil, internal: Bool = false,
         safeguards: Safeguards = Safeguards()) {
        self.id = id
        self.actor = actor
        self.reaches = reaches
        self.kind = kind
        self.data = data
        self.purposes = purposes
        self.basis = basis
        self.standing = standing
        self.location = location
        self.internal = `internal`
        self.safeguards = safeguards
        notes = OutOfLine(Notes(note: note, basisNote: basisNote))
    }
}

extension Right {
    /// The purposes joined for display; nil when none is stated.
    public var purpose: String? { purposes.isEmpty ? nil : purposes.joined(separator: ", ") }
}
