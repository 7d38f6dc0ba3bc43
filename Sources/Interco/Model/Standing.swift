/// What files, rights and flows all say about themselves: when they hold, their legal standing,
/// how sure the map is of them, and the documents that say so.
public struct Standing: Hashable, Sendable {
    /// First day in force (first day a file exists).
    public var since: Located<ModelDate>?
    /// True when `since: unknown` is written: the start is not known, and the fact counts at every date.
    public var sinceUnknown: Bool
    /// First day no longer in force.
    public var until: Located<ModelDate>?
    /// Legal standing (a score only alleged to exist is `alleged`).
    public var status: Status
    /// How sure the map is of it.
    public var confidence: Confidence?
    /// Source ids.
    public var sources: [Located<String>]
    /// Roles of cited sources that do not simply support the fact (absent: supports).
    public var sourceRoles: [String: SourceRole]
    /// The written `history`, in date order; empty when none is written (then `events` are the
    /// two that `since`, `until` and `status` mean).
    public var history: [HistoryEvent]
    /// Where the standing is written (the `status`, or the entry): the place of synthesised events.
    public var location: SourceLocation

    /// Creates a standing.
    public init(since: Located<ModelDate>? = nil, sinceUnknown: Bool = false, until: Located<ModelDate>? = nil,
                status: Status = .inForce, confidence: Confidence? = nil, sources: [Located<String>] = [],
                sourceRoles: [String: SourceRole] = [:], history: [HistoryEvent] = [],
                location: SourceLocation = SourceLocation(file: "", line: 0, column: 0)) {
        self.history = history
        self.location = location
        self.since = since
        self.sinceUnknown = sinceUnknown
        self.sourceRoles = sourceRoles
        self.until = until
        self.status = status
        self.confidence = confidence
        self.sources = sources
    }
}

/// A record that carries a `Standing`, read through plain accessors (`right.since`).
public protocol HasStanding {
    /// The record's standing.
    var standing: Standing { get set }
}

extension HasStanding {
    /// First day in force.
    public var since: Located<ModelDate>? {
        get { standing.since }
        set { standing.since = newValue }
    }
    /// True when `since: unknown` is written.
    public var sinceUnknown: Bool {
        get { standing.sinceUnknown }
        set { standing.sinceUnknown = newValue }
    }
    /// Roles of cited sources that do not simply support the fact.
    public var sourceRoles: [String: SourceRole] {
        get { standing.sourceRoles }
        set { standing.sourceRoles = newValue }
    }
    /// First day no longer in force.
    public var until: Located<ModelDate>? {
        get { standing.until }
        set { standing.until = newValue }
    }
    /// Legal standing.
    public var status: Status {
        get { standing.status }
        set { standing.status = newValue }
    }
    /// How sure the map is of it.
    public var confidence: Confidence? {
        get { standing.confidence }
        set { standing.confidence = newValue }
    }
    /// Source ids.
    public var sources: [Located<String>] {
        get { standing.sources }
        set { standing.sources = newValue }
    }
    /// The written history (empty when none is written); `standing.events` never is.
    public var history: [HistoryEvent] {
        get { standing.history }
        set { standing.history = newValue }
    }
}
