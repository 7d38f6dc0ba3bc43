/// What a query asked, printed above its answer and in its JSON so that a pasted answer says
/// which day, statuses and filters it is for.
public struct QueryHeader: Sendable {
    /// The command (`who-can-reach`, `reach`, `paths`).
    public var command: String
    /// Its arguments (ids).
    public var arguments: [String: String]
    /// The filters applied.
    public var filters: QueryFilters

    /// Creates a header.
    public init(command: String, arguments: [String: String], filters: QueryFilters) {
        self.command = command
        self.arguments = arguments
        self.filters = filters
    }

    var statusList: [String] { filters.statuses.sorted().map(\.rawValue) }

    /// `état au 2024-06-25 · statuses: in-force, experimental · max hops: 1 [· purpose: …] [· about: …]`.
    public var line: String {
        var parts = [filters.dayDescription, "statuses: " + statusList.joined(separator: ", "),
                     "max hops: \(filters.maxHops)"]
        if let purpose = filters.purpose { parts.append("purpose: \(purpose)") }
        if let about = filters.about { parts.append("about: \(about)") }
        return parts.joined(separator: " · ")
    }

    /// The `query` member of JSON answers.
    var json: JSONValue {
        var members: [String: JSONValue] = ["command": .string(command)]
        for (key, value) in arguments { members[key] = .string(value) }
        switch filters.day {
        case .on(let date): members["at"] = .string(date.description)
        case .any: members["at"] = .string("any")
        }
        members["status"] = .texts(statusList)
        members["purpose"] = .text(filters.purpose)
        members["about"] = .text(filters.about)
        members["max_hops"] = .int(filters.maxHops)
        return .object(members)
    }
}
