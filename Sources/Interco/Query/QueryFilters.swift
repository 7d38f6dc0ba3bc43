import Foundation

/// The filters every query takes: date, statuses, purpose, population, hops, and the scope
/// (which actors' paths, which kinds of right).
public struct QueryFilters: Sendable, Hashable {
    /// Which day the answer is for.
    public enum Day: Sendable, Hashable {
        /// The state of that day: each fact's last history event on or before it.
        case on(ModelDate)
        /// The latest state: each fact's last history event.
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
    /// Only paths that start at an actor of these kinds; nil: every actor.
    public var actorKinds: Set<ActorKind>?
    /// Only rights of these kinds count; nil: every kind.
    public var rightKinds: Set<RightKind>?
    /// Whether holding a file counts as a way to reach its data (false when the kinds asked
    /// for leave holdings out).
    public var holdings: Bool
    /// What-if: ids of rights, flows, files and actors taken out of the model (an actor taken
    /// out takes its files and rights with it, and rights to it).
    public var without: Set<String> = []
    /// What-if: every right or flow whose basis contains this text (without case) is taken out.
    public var withoutBasis: String? = nil

    /// True when something is taken out of the model.
    public var isWhatIf: Bool { !without.isEmpty || withoutBasis != nil }

    /// The same filters on the model as it is (nothing taken out).
    public var asItIs: QueryFilters {
        var copy = self
        copy.without = []
        copy.withoutBasis = nil
        return copy
    }

    /// Creates filters; the defaults are those of the command line except the day.
    public init(day: Day, statuses: Set<Status> = Status.queryDefault, purpose: String? = nil,
                about: String? = nil, maxHops: Int = 1, actorKinds: Set<ActorKind>? = nil,
                rightKinds: Set<RightKind>? = nil, holdings: Bool = true) {
        self.day = day
        self.statuses = statuses
        self.purpose = purpose
        self.about = about
        self.maxHops = maxHops
        self.actorKinds = actorKinds
        self.rightKinds = rightKinds
        self.holdings = holdings
    }

    /// The codes `kinds` takes: `holds` and the right kinds.
    public static let kindCodes = [HopKind.holds.rawValue] + RightKind.allCases.map(\.rawValue)

    /// `rightKinds` and `holdings` from codes of `kindCodes` (`holds`, `communication`…).
    public mutating func setKinds(_ codes: Set<String>) {
        rightKinds = Set(codes.compactMap(RightKind.init))
        holdings = codes.contains(HopKind.holds.rawValue)
    }

    /// The kinds asked for, as codes in `kindCodes` order; nil when every kind counts.
    public var kindList: [String]? {
        guard let rightKinds else { return holdings ? nil : RightKind.allCases.map(\.rawValue) }
        return Self.kindCodes.filter { $0 == HopKind.holds.rawValue ? holdings : rightKinds.contains(RightKind(rawValue: $0)!) }
    }

    /// The day as `ModelDate.firstDay` (`Int.max` for `any`: every event has happened).
    var dayKey: Int {
        guard case .on(let date) = day else { return .max }
        return date.firstDay
    }

    /// The one rule for dates and statuses: a fact counts when its state on the day (its last
    /// history event on or before it; the last one for `any`) has a status in `statuses` (or
    /// `also`: files in force always count). Returns that state and the day it has counted from
    /// (the first event of the unbroken run of counting events that leads to it; nil when that
    /// run starts at an unknown date), or nil when the fact does not count.
    public func counted(_ standing: Standing, also: Status? = nil) -> (state: HistoryEvent, since: ModelDate?)? {
        let counts = { (status: Status) in status == also || self.statuses.contains(status) }
        guard let found = standing.state(onFirstDay: dayKey, counting: counts), counts(found.event.status.value) else { return nil }
        return (found.event, found.since?.value)
    }

    /// The state of a fact on the day (the latest for `any`), whatever its status; nil before its first event.
    public func state(of standing: Standing) -> HistoryEvent? {
        standing.state(onFirstDay: dayKey)?.event
    }

    /// True when `withoutBasis` takes out a right or flow with this basis.
    public func basisTakenOut(_ basis: String?) -> Bool {
        guard let withoutBasis, let basis else { return false }
        return basis.range(of: withoutBasis, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// True when a right of this kind counts.
    func kindCounts(_ kind: RightKind) -> Bool { rightKinds?.contains(kind) ?? true }

    /// True when a path may start at an actor of this kind.
    func actorCounts(_ kind: ActorKind) -> Bool { actorKinds?.contains(kind) ?? true }

    /// True when one of the stated purposes passes the purpose filter (no stated purpose always does).
    func purposeCounts(_ stated: [String]) -> Bool {
        guard let purpose, !stated.isEmpty else { return true }
        return stated.contains(purpose)
    }
}
