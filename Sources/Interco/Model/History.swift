/// One dated event in the life of a file, right or flow: from `date` on, the fact has `status`
/// (and, for rights and flows, `basis` when the event gives one), until the next event.
///
/// A bill tabled is `planned`; a promulgation `in-force`; a censure `censured`; a repeal
/// `repealed`; a decree that widens or narrows a right is a new event with its basis.
public struct HistoryEvent: Hashable, Sendable {
    /// The first day of the event; nil when the start is unknown (only a first event: it then
    /// holds at every date before the next one, as `since: unknown` does).
    public var date: Located<ModelDate>?
    /// The status from that day.
    public var status: Located<Status>
    /// The legal text from that day, when the event gives one (rights and flows only).
    public var basis: Located<String>?
    /// Free text, in one or both languages.
    public var note: Localized?
    /// Source ids.
    public var sources: [Located<String>]
    /// True for the events that `since`, `until` and `status` mean when no `history` is written.
    public var synthesised: Bool

    /// Creates an event.
    public init(date: Located<ModelDate>?, status: Located<Status>, basis: Located<String>? = nil,
                note: Localized? = nil, sources: [Located<String>] = [], synthesised: Bool = false) {
        self.date = date
        self.status = status
        self.basis = basis
        self.note = note
        self.sources = sources
        self.synthesised = synthesised
    }

    /// The first day of the event as `ModelDate.firstDay`; `Int.min` when unknown.
    public var firstDay: Int { date?.value.firstDay ?? .min }
}

extension Status {
    /// Statuses that end a fact: `until` closes a two-event history with one of them.
    public var ends: Bool { self == .censured || self == .repealed || self == .ended }
}

extension Standing {
    /// The dated history: the written `history`, or else the two events that `since`, `until`
    /// and `status` mean. Without `until`: one event at `since` (or of unknown date) with
    /// `status`. With `until`: an `in-force` event at `since` when `status` is one that ends a
    /// fact (censured, repealed, ended), closed at `until` by that status; otherwise an event
    /// with `status` at `since`, closed at `until` by `ended` (no longer in force).
    public var events: [HistoryEvent] {
        if !history.isEmpty { return history }
        return synthesisedEvents(upTo: .max)
    }

    /// The state on a day: the last event on or before it; nil before the first.
    public func state(on day: ModelDate) -> HistoryEvent? { state(onFirstDay: day.firstDay)?.event }

    /// The latest state (what `--at any` counts): the last event.
    public var latest: HistoryEvent? { events.last }

    /// The last event on or before `key` (a `ModelDate.firstDay`), and the first day of the
    /// unbroken run of events up to it whose statuses all satisfy `counting` (the day it has
    /// counted from). Builds no array when no history is written.
    func state(onFirstDay key: Int, counting: (Status) -> Bool = { _ in true }) -> (event: HistoryEvent, since: Located<ModelDate>?)? {
        guard history.isEmpty else {
            guard let position = history.lastIndex(where: { $0.firstDay <= key }) else { return nil }
            var start = position
            while start > 0, counting(history[start - 1].status.value), counting(history[position].status.value) { start -= 1 }
            return (history[position], history[start].date)
        }
        guard (since?.value.firstDay ?? .min) <= key else { return nil }
        let first = firstSynthesised
        guard let until, until.value.firstDay <= key else { return (first, since) }
        let closing = closingSynthesised(until)
        return (closing, counting(first.status.value) && counting(closing.status.value) ? since : until)
    }

    /// The synthesised events that start on or before `key`.
    private func synthesisedEvents(upTo key: Int) -> [HistoryEvent] {
        guard (since?.value.firstDay ?? .min) <= key else { return [] }
        guard let until, until.value.firstDay <= key else { return [firstSynthesised] }
        return [firstSynthesised, closingSynthesised(until)]
    }

    private var firstSynthesised: HistoryEvent {
        let opening = until != nil && status.ends ? Status.inForce : status
        return HistoryEvent(date: since, status: Located(opening, at: since?.location ?? location), synthesised: true)
    }

    private func closingSynthesised(_ until: Located<ModelDate>) -> HistoryEvent {
        HistoryEvent(date: until, status: Located(status.ends ? status : .ended, at: until.location), synthesised: true)
    }
}
