/// What changed between two states of the map: two days of one model, or two models on one
/// day. The files, rights and flows whose state differs (appeared, ended, changed status or
/// basis), each with the dated events that made the change and their sources; and the
/// consequences, the actor × category pairs gained and lost, each with a path that makes it.
///
/// Pairs come from the query engine itself: one `whoCanReach` per category on each side, so a
/// diff can never disagree with the answers of `who-can-reach` on those days.
public struct ModelDiff: Sendable {
    /// How a fact changed.
    public enum Change: String, Sendable, CaseIterable, Hashable {
        /// It had no state before (not yet in its history, or not in the first model).
        case appeared
        /// Its new state ends it (censured, repealed, ended), or it is no longer in the model.
        case ended
        /// Another status.
        case status
        /// The same status on another basis.
        case basis
    }

    /// One file, right or flow whose state differs.
    public struct Fact: Sendable, Hashable {
        /// `files`, `rights` or `flows`.
        public var section: Section
        /// Its id, or its label when it has none (`actor → target (kind)`).
        public var name: String
        /// How it changed.
        public var change: Change
        /// Its state on the first side (nil: none).
        public var before: HistoryEvent?
        /// Its state on the second side (nil: none).
        public var after: HistoryEvent?
        /// Its basis on each side (the state's, else the record's); nil for files.
        public var basisBefore: String?
        public var basisAfter: String?
        /// The events that made the change: those dated after the first day up to the second
        /// (one model), or the state that differs (two models).
        public var events: [HistoryEvent]
        /// The ids of the events' sources, or the record's when its events cite none.
        public var sources: [String]

        /// True when the fact is in the first model and not in the second (two models compared).
        public var removed = false

        /// The day of the change: the first of its events' dates for a fact that appeared, the
        /// last one otherwise; nil when unknown, and for a fact removed from the model (a model
        /// does not say when a record was taken out of it).
        public var date: ModelDate? {
            guard !removed else { return nil }
            return ((change == .appeared ? events.first : events.last) ?? after ?? before)?.date?.value
        }
    }

    /// An actor × category pair that one side has and the other has not.
    public struct Pair: Sendable, Hashable {
        /// The actor.
        public var actor: String
        /// Its name.
        public var actorName: Localized
        /// The category.
        public var category: String
        /// A path that makes the pair, on the side that has it (shortest first).
        public var path: PathReport?
    }

    /// The first side's filters and model, and the second's.
    public var from: QueryContext
    public var to: QueryContext
    /// The facts that changed, by date of change, then section and name.
    public var facts: [Fact]
    /// Pairs the second side has and the first has not, by actor then category.
    public var gained: [Pair]
    /// Pairs the first side has and the second has not.
    public var lost: [Pair]
}

extension ModelDiff {
    /// The difference from `before` to `after`: two finders on one model at two days, or on two
    /// models at one day. Statuses, purpose, population and hops are the finders' own (a pair
    /// counts under them; a fact's state is compared whatever its status).
    public static func between(_ before: PathFinder, _ after: PathFinder) -> ModelDiff {
        ModelDiff(from: before.context, to: after.context, facts: facts(before, after),
                  gained: pairs(in: after, notIn: before), lost: pairs(in: before, notIn: after))
    }

    private struct Record {
        var section: Section
        var name: String
        var standing: Standing
        var basis: String?
    }

    private static func records(_ model: Model) -> [Record] {
        model.files.map { Record(section: .files, name: $0.id.value, standing: $0.standing, basis: nil) }
            + model.rights.map { Record(section: .rights, name: $0.id?.value ?? $0.label, standing: $0.standing, basis: $0.basis) }
            + model.flows.map { Record(section: .flows, name: $0.id?.value ?? $0.label, standing: $0.standing, basis: $0.basis) }
    }

    private static func facts(_ before: PathFinder, _ after: PathFinder) -> [Fact] {
        struct Key: Hashable { var section: Section; var name: String }
        let old = records(before.index.model)
        let new = records(after.index.model)
        let oldByKey = Dictionary(old.map { (Key(section: $0.section, name: $0.name), $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map { Key(section: $0.section, name: $0.name) })
        let matched = new.map { record -> (Record?, Record?) in (oldByKey[Key(section: record.section, name: record.name)], record) }
        let gone = old.filter { !newKeys.contains(Key(section: $0.section, name: $0.name)) }.map { record -> (Record?, Record?) in (record, nil) }
        let pairs = matched + gone
        let (fromKey, toKey) = (before.filters.dayKey, after.filters.dayKey)
        var seen = Set<Key>()
        var result: [Fact] = []
        for (oldRecord, newRecord) in pairs {
            let record = newRecord ?? oldRecord!
            guard seen.insert(Key(section: record.section, name: record.name)).inserted else { continue }
            let was = oldRecord.flatMap { before.filters.state(of: $0.standing) }
            let now = newRecord.flatMap { after.filters.state(of: $0.standing) }
            let basisWas = was.flatMap { state in state.basis?.value ?? oldRecord?.basis }
            let basisNow = now.flatMap { state in state.basis?.value ?? newRecord?.basis }
            let change: Change
            switch (was, now) {
            case (nil, nil): continue
            // A fact that began and ended in between (planned, then censured) is listed as ended.
            case (nil, let now?): change = now.status.value.ends ? .ended : .appeared
            case (_?, nil): change = .ended
            case (let was?, let now?):
                if now.status.value.ends && !was.status.value.ends { change = .ended }
                else if now.status.value != was.status.value { change = .status }
                else if basisNow != basisWas { change = .basis }
                else { continue }
            }
            var events = record.standing.events.filter { $0.firstDay > fromKey && $0.firstDay <= toKey }
            if events.isEmpty, let state = now ?? was { events = [state] }
            var sources: [String] = []
            for id in events.flatMap(\.sources).map(\.value) where !sources.contains(id) { sources.append(id) }
            if sources.isEmpty { sources = record.standing.sources.map(\.value) }
            result.append(Fact(section: record.section, name: record.name, change: change, before: was, after: now,
                               basisBefore: basisWas, basisAfter: basisNow, events: events, sources: sources,
                               removed: newRecord == nil))
        }
        let order = Section.formatOrder
        return result.sorted {
            ($0.date?.firstDay ?? .min, order.firstIndex(of: $0.section)!, $0.name)
                < ($1.date?.firstDay ?? .min, order.firstIndex(of: $1.section)!, $1.name)
        }
    }

    /// The pairs `side` has and `other` has not: actors that reach a category itself or a wider
    /// one (`exact` or `broader`), leaving out a category whose parent the same actor also gains.
    private static func pairs(in side: PathFinder, notIn other: PathFinder) -> [Pair] {
        let index = side.index
        var found: [String: Set<String>] = [:]
        for category in index.categoryIDs.indices {
            let id = index.categoryIDs[category]
            let here = reaching(side, category)
            let there = other.index.category(id).map { reaching(other, $0) } ?? []
            for actor in here.subtracting(there) { found[actor, default: []].insert(id) }
        }
        var result: [Pair] = []
        for actor in found.keys.sorted() {
            let categories = found[actor]!
            guard let actorNumber = index.actor(actor) else { continue }
            for id in categories.sorted() {
                let category = index.category(id)!
                let parent = index.categoryParent[category]
                if parent >= 0, categories.contains(index.categoryIDs[parent]) { continue }
                let path = side.paths(from: actorNumber, to: category, limit: 1).paths.first
                result.append(Pair(actor: actor, actorName: index.model.actors[actorNumber].name, category: id, path: path))
            }
        }
        return result
    }

    private static func reaching(_ finder: PathFinder, _ category: Int) -> Set<String> {
        Set(finder.whoCanReach(category).rows.filter { $0.match != .narrower }.map(\.actor.id.value))
    }
}
