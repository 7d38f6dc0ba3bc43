/// A file, right or flow: the records of the model that carry dates, by position.
public enum FactReference: Hashable, Sendable, Comparable {
    case file(Int), right(Int), flow(Int)

    /// The record a hop uses (the file for a holding).
    init(_ hop: Hop) {
        switch hop {
        case .holds(let file), .heldBy(let file, _): self = .file(file)
        case .right(let right): self = .right(right)
        case .flow(let flow): self = .flow(flow)
        }
    }

    /// `file`, `right` or `flow`, the stable code machine formats use.
    public var sort: String {
        switch self {
        case .file: "file"
        case .right: "right"
        case .flow: "flow"
        }
    }
}

/// One dated event of a fact: the day its standing changed, and what it became.
public struct TimelineEvent: Sendable, Hashable {
    /// The day, as the model writes it.
    public var date: ModelDate
    /// The fact.
    public var fact: FactReference
    /// The fact's id, or where it goes when it has none (`a → b (kind)`).
    public var id: String
    /// The status from that day; nil when the fact is no longer in force from that day (`until`).
    public var status: Status?
    /// The legal basis from that day (rights and flows).
    public var basis: String?
    /// The sources of the event.
    public var sources: [Source]
}

/// Every dated event that changes the answer about one subject (who reaches a category, what an
/// actor reaches, or one fact's own life), in order, computed by asking the query engine at each
/// day on which some fact's standing changes and keeping the days where the answer changes.
public struct Timeline: Sendable {
    /// What the timeline is about.
    public enum Subject: Sendable {
        /// Who reaches the category.
        case category(DataCategory)
        /// What the actor reaches.
        case actor(Actor)
        /// One file, right or flow.
        case fact(FactReference, id: String)
    }

    /// A day on which the answer changes.
    public struct Step: Sendable {
        /// The day.
        public var date: ModelDate
        /// The events of that day on the paths that make the change (for a fact: its own event).
        public var events: [TimelineEvent]
        /// Actors (for an actor: categories) that reach from that day and did not the day before.
        public var gained: [String]
        /// Those that reached the day before and no longer do.
        public var lost: [String]
        /// Those that reach on both days but with another status.
        public var changed: [String]
        /// How many actors reach the category (for an actor: how many categories it reaches)
        /// from that day; nil for a fact.
        public var count: Int?
    }

    /// The subject.
    public var subject: Subject
    /// Who reaches (what is reached) before the first dated event: what counts at every date.
    public var start: [String]
    /// The days the answer changes, in order.
    public var steps: [Step]
    /// Facts counted at every date although their start is unknown (`since: unknown`) or not stated.
    public var undated: [String]
    /// Filters (their day is `any`: a timeline covers every date) and model.
    public var context: QueryContext
}

/// Builds timelines with the query engine (`PathFinder`), one query per candidate day.
public struct TimelineQuery: Sendable {
    /// The index.
    public let index: AccessIndex
    /// The filters; their day is ignored (every candidate day is asked).
    public let filters: QueryFilters
    /// Which model.
    public let model: ModelIdentity
    /// Most paths listed per actor (or category) on a change day to find the events that make it.
    public var pathsPerChange = 20

    /// Prepares timelines under `filters`.
    public init(index: AccessIndex, filters: QueryFilters, model: ModelIdentity = .unnamed) {
        self.index = index
        self.filters = filters
        self.model = model
    }

    var context: QueryContext {
        var filters = filters
        filters.day = .any
        return QueryContext(filters: filters, model: model)
    }

    func finder(on day: ModelDate) -> PathFinder {
        var filters = filters
        filters.day = .on(day)
        return PathFinder(index: index, filters: filters, model: model)
    }

    /// The dated events of a fact, in date order.
    public func events(of fact: FactReference) -> [TimelineEvent] {
        let model = index.model
        let id = factID(fact)
        let standing: Standing, basis: String?
        switch fact {
        case .file(let number): (standing, basis) = (model.files[number].standing, nil)
        case .right(let number): (standing, basis) = (model.rights[number].standing, model.rights[number].basis)
        case .flow(let number): (standing, basis) = (model.flows[number].standing, model.flows[number].basis)
        }
        let recordSources = standing.sources.compactMap { index.source($0.value) }
        // Its history (written, or the events `since`, `until` and `status` mean); an event of
        // unknown date is not dated, so it is not a step. `ended` is shown as no longer in force.
        return standing.events.compactMap { event -> TimelineEvent? in
            guard let date = event.date?.value else { return nil }
            let cited = event.sources.compactMap { index.source($0.value) }
            let status: Status? = event.status.value == .ended ? nil : event.status.value
            return TimelineEvent(date: date, fact: fact, id: id, status: status,
                                 basis: status == nil || basis == nil ? nil : event.basis?.value ?? basis,
                                 sources: cited.isEmpty ? recordSources : cited)
        }
    }

    /// Every fact of the model.
    var facts: [FactReference] {
        let model = index.model
        return model.files.indices.map(FactReference.file) + model.rights.indices.map(FactReference.right)
            + model.flows.indices.map(FactReference.flow)
    }

    /// The distinct days on which some fact's standing changes, each as the least precise date
    /// written for it (`2008` before `2008-01-01`), in order.
    var candidateDays: [ModelDate] {
        var days: [Int: ModelDate] = [:]
        for fact in facts {
            for event in events(of: fact) where days[event.date.firstDay].map({ event.date < $0 }) ?? true {
                days[event.date.firstDay] = event.date
            }
        }
        return days.keys.sorted().map { days[$0]! }
    }

    /// A day before every candidate day, where only what counts at every date counts.
    static func dayBefore(_ days: [ModelDate]) -> ModelDate { ModelDate(year: max(0, (days.first?.year ?? 1) - 1)) }

    /// What reaches (or is reached) on a day, with its strongest status, and the undated facts counted.
    struct Snapshot {
        var members: [String: Status]
        var undated: [String]
    }

    /// Who reaches the category, day by day.
    public func timeline(category: Int) -> Timeline {
        build(subject: .category(index.model.categories[category])) { finder in
            let answer = finder.whoCanReach(category)
            return Snapshot(members: Dictionary(answer.rows.map { ($0.actor.id.value, $0.summary.status) }) { min($0, $1) },
                            undated: answer.rows.compactMap(\.summary.undatedName))
        } paths: { finder, actor in
            finder.listPaths(from: index.actor(actor)!, matching: category, limit: pathsPerChange).paths
        }
    }

    /// What the actor reaches, day by day.
    public func timeline(actor: Int) -> Timeline {
        build(subject: .actor(index.model.actors[actor])) { finder in
            let answer = finder.reach(actor)
            var members: [String: Status] = [:]
            for row in answer.rows { members[row.category.id.value] = min(members[row.category.id.value] ?? row.summary.status, row.summary.status) }
            return Snapshot(members: members, undated: answer.rows.compactMap(\.summary.undatedName))
        } paths: { finder, category in
            finder.listPaths(from: actor, matching: index.category(category)!, limit: pathsPerChange).paths
        }
    }

    /// One fact's own events.
    public func timeline(fact: FactReference) -> Timeline {
        let events = events(of: fact)
        let id = factID(fact)
        let undated = Self.isUndated(index.model, fact) ? [id] : []
        return Timeline(subject: .fact(fact, id: id), start: [],
                        steps: events.map { .init(date: $0.date, events: [$0], gained: [], lost: [], changed: [], count: nil) },
                        undated: undated, context: context)
    }

    /// The fact's id, or where it goes when it has none.
    func factID(_ fact: FactReference) -> String {
        let model = index.model
        switch fact {
        case .file(let number): return model.files[number].id.value
        case .right(let number):
            let right = model.rights[number]
            return right.id?.value ?? "\(right.actor.value) → \(right.reaches.value) (\(right.kind.rawValue))"
        case .flow(let number):
            let flow = model.flows[number]
            return flow.id?.value ?? "\(flow.from.value) → \(flow.into.value)"
        }
    }

    static func isUndated(_ model: Model, _ fact: FactReference) -> Bool {
        switch fact {
        case .file(let number): model.files[number].standing.events.first?.date == nil
        case .right(let number): model.rights[number].standing.events.first?.date == nil
        case .flow(let number): model.flows[number].standing.events.first?.date == nil
        }
    }

    /// Asks `snapshot` before every candidate day and on each one, keeping the days where the
    /// answer changes; the events of a change are the facts with an event that day on the paths
    /// (listed by `paths`) of what changed, on the day for what reaches, the day before for what no
    /// longer does.
    private func build(subject: Timeline.Subject, snapshot: (PathFinder) -> Snapshot,
                       paths: (PathFinder, String) -> [AccessPath]) -> Timeline {
        let days = candidateDays
        var previousFinder = finder(on: Self.dayBefore(days))
        var previous = snapshot(previousFinder)
        let start = previous.members.keys.sorted()
        var undated = Set(previous.undated)
        var steps: [Timeline.Step] = []
        for day in days {
            let current = finder(on: day)
            let now = snapshot(current)
            undated.formUnion(now.undated)
            defer { previous = now; previousFinder = current }
            guard now.members != previous.members else { continue }
            let gained = now.members.keys.filter { previous.members[$0] == nil }.sorted()
            let lost = previous.members.keys.filter { now.members[$0] == nil }.sorted()
            let changed = now.members.keys.filter { key in previous.members[key].map { $0 != now.members[key] } ?? false }.sorted()
            var causes = Set<FactReference>()
            for (finder, members) in [(current, gained + changed), (previousFinder, lost + changed)] {
                for member in members {
                    for path in paths(finder, member) {
                        for hop in path.hops { causes.insert(FactReference(hop)) }
                    }
                }
            }
            let events = causes.sorted().flatMap { fact in self.events(of: fact).filter { $0.date.firstDay == day.firstDay } }
            steps.append(.init(date: day, events: events, gained: gained, lost: lost, changed: changed, count: now.members.count))
        }
        return Timeline(subject: subject, start: start, steps: steps, undated: undated.sorted(), context: context)
    }
}
