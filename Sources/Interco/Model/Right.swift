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
    /// Free text, in one or both languages.
    public var note: Localized?
    /// Where the entry starts.
    public var location: SourceLocation
    /// Why no legal basis is given, when none is identified.
    public var basisNote: Localized?
    /// True when the right is the holder's own staff's access to its own file (no separate basis needed).
    public var `internal`: Bool = false
    /// Safeguards of the right, where they differ from its file's.
    public var safeguards = Safeguards()
}

extension Right {
    /// The purposes joined for display; nil when none is stated.
    public var purpose: String? { purposes.isEmpty ? nil : purposes.joined(separator: ", ") }
}
