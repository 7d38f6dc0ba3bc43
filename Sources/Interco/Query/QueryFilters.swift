/// The filters every query takes: date, statuses, purpose, population and hops.
public struct QueryFilters: Sendable, Hashable {
    /// Which day the answer is for.
    public enum Day: Sendable, Hashable {
        /// Only what is in force that day (`since` ≤ day < `until`).
        case on(ModelDate)
        /// Dates are ignored.
        case any
    }

    /// Which day the answer is for.
    public var day: Day
    /// Statuses that count.
    public var statuses: Set<Status>
    /// Only rights and flows with this purpose, or with none stated.
    public var purpose: String?
    /// Only files about this population, one of its ancestors, or everyone.
    public var about: String?
    /// Most rights in one path.
    public var maxHops: Int

    /// Creates filters; the defaults are those of the command line except the day.
    public init(day: Day, statuses: Set<Status> = Status.queryDefault, purpose: String? = nil,
                about: String? = nil, maxHops: Int = 1) {
        self.day = day
        self.statuses = statuses
        self.purpose = purpose
        self.about = about
        self.maxHops = maxHops
    }

    /// True when an interval `[since, until)` contains the day.
    func inForce(since: Located<ModelDate>?, until: Located<ModelDate>?) -> Bool {
        guard case .on(let date) = day else { return true }
        let key = date.firstDay
        if let since, since.value.firstDay > key { return false }
        if let until, until.value.firstDay <= key { return false }
        return true
    }

    /// True when one of the stated purposes passes the purpose filter (no stated purpose always does).
    func purposeCounts(_ stated: [String]) -> Bool {
        guard let purpose, !stated.isEmpty else { return true }
        return stated.contains(purpose)
    }
}
