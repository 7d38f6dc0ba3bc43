/// A `history` is a list of dated events in date order, and when `since`, `until` or `status`
/// are written beside it they say the same: `since` is the first event's date (`since: unknown`
/// its unknown date), `until` the date of the first event that ends the fact (censured,
/// repealed, ended), and `status` the last event's status.
///
/// It needs only the entry (what is written, where), so the field reader runs it on each entry.
enum HistoryRule {
    static let orderCode: Diagnostic.Code = "history-order"
    static let mismatchCode: Diagnostic.Code = "history-mismatch"

    static func check(_ history: [HistoryEvent], since: Located<ModelDate>?, sinceUnknown: SourceLocation?,
                      until: Located<ModelDate>?, status: Located<Status>?) -> [Diagnostic] {
        guard let first = history.first, let last = history.last else { return [] }
        var found: [Diagnostic] = []
        for (previous, event) in zip(history, history.dropFirst()) {
            guard let date = event.date else {
                found.append(Diagnostic(.error, orderCode, at: event.status.location,
                                        "only the first history event may have `date: unknown`"))
                continue
            }
            guard previous.firstDay >= date.value.firstDay, let earlier = previous.date else { continue }
            found.append(Diagnostic(.error, orderCode, at: date.location,
                                    "history event of \(date.value) must come after the one before it (\(earlier.value)): "
                                        + "write the events in date order, one per day",
                                    notes: [.init(at: earlier.location, "the event before it is here")]))
        }
        if let since, first.date?.value != since.value {
            found.append(Diagnostic(.error, mismatchCode, at: since.location,
                                    "'since' (\(since.value)) differs from the first history event's date (\(first.date.map { "\($0.value)" } ?? "unknown"))",
                                    notes: [.init(at: first.date?.location ?? first.status.location, "the first event is here")]))
        }
        if let sinceUnknown, let date = first.date {
            found.append(Diagnostic(.error, mismatchCode, at: sinceUnknown,
                                    "'since' is unknown but the first history event is dated \(date.value)",
                                    notes: [.init(at: date.location, "the first event is here")]))
        }
        if let until {
            let ending = history.first { $0.status.value.ends }
            if ending?.date?.value != until.value {
                let message = ending.map { "'until' (\(until.value)) differs from the date of the first event that ends the fact (\($0.date.map { "\($0.value)" } ?? "unknown"), \($0.status.value.rawValue))" }
                    ?? "'until' (\(until.value)) but no history event ends the fact (status censured, repealed or ended)"
                found.append(Diagnostic(.error, mismatchCode, at: until.location, message,
                                        notes: ending.map { [.init(at: $0.status.location, "that event is here")] } ?? []))
            }
        }
        if let status, status.value != last.status.value {
            found.append(Diagnostic(.error, mismatchCode, at: status.location,
                                    "'status' (\(status.value.rawValue)) differs from the last history event's (\(last.status.value.rawValue)): "
                                        + "the status is the latest state",
                                    notes: [.init(at: last.status.location, "the last event is here")]))
        }
        return found
    }
}
