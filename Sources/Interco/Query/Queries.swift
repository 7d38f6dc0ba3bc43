/// What a query was asked under: its filters and the model, carried by every answer so that
/// outputs describe it without being told again.
public struct QueryContext: Sendable, Hashable {
    /// The filters applied.
    public var filters: QueryFilters
    /// The model asked.
    public var model: ModelIdentity
    /// The language the answer is written in.
    public var language: Language = .en
}

/// The summary of a row (an actor for `who-can-reach`, a category at one place for `reach`),
/// true of every path that counts for it.
public struct RowSummary: Sendable, Hashable {
    /// `holds` and the kinds of the first rights, over every counting path, sorted.
    public var how: [String]
    /// Fewest rights in a counting path.
    public var fewestRights: Int
    /// The strongest status of a counting path (a path's status is its weakest hop's).
    public var status: Status
    /// The best confidence among the paths of that status (nil: not stated on some hop of each).
    public var confidence: Confidence?
    /// The earliest day from which a counting path of that status holds (a path holds from the
    /// latest `since` of its hops); nil when none of its hops states a date.
    public var since: String?
    /// The first hop's basis of the path giving that status and since (fewest rights first), or
    /// what stands in for it (`no legal basis identified`, `internal: …`); nil on a holding.
    public var basis: String?
    /// That first hop's id, when it is a right with one.
    public var basisID: String?
    /// That first hop's kind (`holds` or `right`).
    public var basisHop: HopKind
    /// How many paths count, saturating at `Tally.saturation`.
    public var pathCount: Int
    /// False when that first hop is a right or flow with no legal basis identified (`basis`
    /// then says what stands in for it).
    public var basisIdentified: Bool = true
    /// Why no basis is given, when the model says.
    public var basisNote: String? = nil
    /// True when that first hop's start is unknown (`since: unknown`).
    public var sinceUnknown: Bool = false
    /// That first hop's name (its id, or where it goes) when its start is unknown.
    public var undatedName: String? = nil
    /// True when that first hop is the holder's own staff's access (`internal`), which needs no
    /// separate basis.
    public var basisInternal: Bool = false

    /// True when `pathCount` stands for "more than 1 000 000".
    public var pathCountSaturated: Bool { pathCount >= Tally.saturation }
}

/// The answer of `who-can-reach`: one row per actor that reaches the category.
public struct WhoCanReachAnswer: Sendable {
    /// One actor's answer.
    public struct Row: Sendable {
        /// The actor.
        public var actor: Actor
        /// The widest match over its paths: broader when one reaches a wider category, exact
        /// when one reaches the category itself, narrower when all reach only part of it.
        public var match: Match
        /// What holds for every counting path.
        public var summary: RowSummary
        /// Paths listed on request, shortest first, at most the limit asked.
        public var paths: [PathReport]
    }

    /// What was asked about: a category, a file's data, or any category.
    public var subject: Subject
    /// Rows sorted by fewest rights, then actor id.
    public var rows: [Row]
    /// True when a path listing stopped on its step budget.
    public var truncated: Bool
    /// Filters and model.
    public var context: QueryContext
    /// How many people the files holding the category are about, where the model gives a number.
    public var people: [FilePeople] = []
    /// What-if: the rows of the model as it is that no longer hold (nil when nothing is taken out).
    public var lost: [Row]? = nil
    /// What-if: the paths of the model as it is that no longer hold (with a path listing).
    public var lostPaths: [PathReport] = []

    /// A file that holds the category, with the number of people the model gives for it.
    public struct FilePeople: Sendable {
        /// The file.
        public var file: DataFile
        /// Its count, with date, source and what is counted.
        public var count: PeopleCount
    }

    /// The sum of the counts: an upper bound on entries, not a number of people (the files
    /// overlap, and some count households).
    public var peopleTotal: Int { people.reduce(0) { $0 + $1.count.number } }
}

/// The answer of `reach`: every category the actor reaches, and where the data is.
public struct ReachAnswer: Sendable {
    /// One category at one place.
    public struct Row: Sendable {
        /// The category reached.
        public var category: DataCategory
        /// Where the data is: the file the actor holds or reaches (or the third party that a
        /// right reaches), and the file the data came from by flow, if any.
        public var place: Place
        /// What holds for every counting path.
        public var summary: RowSummary
    }

    /// Where reached data lies.
    public struct Place: Sendable, Hashable, Comparable {
        /// The file entered, or the third party reached.
        public var entry: String
        /// The file the data came from by flow; nil when it is the entry's own.
        public var origin: String?

        /// `entry` or `entry ← origin`.
        public var text: String { origin.map { "\(entry) ← \($0)" } ?? entry }

        public static func < (a: Place, b: Place) -> Bool { (a.entry, a.origin ?? "") < (b.entry, b.origin ?? "") }
    }

    /// The actor asked about.
    public var actor: Actor
    /// Rows sorted by category id, then place.
    public var rows: [Row]
    /// Paths listed on request, shortest first, at most the limit asked.
    public var paths: [PathReport]
    /// True when the path listing stopped on its step budget.
    public var truncated: Bool
    /// Filters and model.
    public var context: QueryContext
    /// What-if: the rows of the model as it is that no longer hold (nil when nothing is taken out).
    public var lost: [Row]? = nil
    /// What-if: the paths of the model as it is that no longer hold (with a path listing).
    public var lostPaths: [PathReport] = []
}

/// The answer of `paths`.
public struct PathsAnswer: Sendable {
    /// The actor.
    public var actor: Actor
    /// What was asked about: a category, a file's data, or any category.
    public var subject: Subject
    /// Paths, shortest first, at most the limit asked.
    public var paths: [PathReport]
    /// How many paths count in all (as `RowSummary.pathCount`); 0 when none.
    public var total: Int
    /// True when the listing stopped on its step budget.
    public var truncated: Bool
    /// Filters and model.
    public var context: QueryContext
    /// What-if: the paths of the model as it is that no longer hold, at most the limit asked
    /// (nil when nothing is taken out).
    public var lostPaths: [PathReport]? = nil
    /// What-if: how many paths of the model as it is no longer hold.
    public var lostTotal = 0
}

extension PathFinder {
    /// The context answers carry.
    public var context: QueryContext { QueryContext(filters: filters, model: model, language: language) }

    /// Every actor that reaches `category`; with `listing` > 0, up to that many paths per actor.
    public func whoCanReach(_ category: Int, listing: Int = 0) -> WhoCanReachAnswer {
        whoCanReach(.category(category, in: index), listing: listing)
    }

    /// Every actor that reaches one of the subject's categories; with `listing` > 0, up to that
    /// many paths per actor.
    public func whoCanReach(_ subject: Subject, listing: Int = 0) -> WhoCanReachAnswer {
        let universe = CategoryUniverse.around(subject, index)
        let relevant = universe.subtree(subject, index)
        let search = ReachSearch(finder: self, universe: universe, relevant: relevant, trackPlaces: false, keepLayers: false)
        // Exact: the data holds one of the subject's categories; broader: the parent of one, when
        // that parent is not itself asked about.
        let asked = Set(subject.categories)
        let itself = subject.categories.map { universe.position[$0] }
        let parents = subject.categories.compactMap { category -> Int? in
            let parent = index.categoryParent[category]
            return parent >= 0 && !asked.contains(parent) ? universe.position[parent] : nil
        }
        let dates = dateTexts()
        var rows: [WhoCanReachAnswer.Row] = []
        var truncated = false
        // Walks that come back to the start are not paths: a group gives its kind when one of
        // its walks avoids the start, and its other fields (but the count) leave out the walks
        // that end at the start itself, when the start is a third party.
        var accumulated = [RowAccumulator](repeating: RowAccumulator(), count: index.actorIDs.count)
        var matches = [Match](repeating: .narrower, count: index.actorIDs.count)
        var known = [Bool](repeating: true, count: index.actorIDs.count)
        search.forEveryStart { actor, hop, rights, key, group in
            guard !key.data.contains(universe.unbounded), key.data.intersects(relevant) else { return }
            let optima = group.optima(withoutEndingAt: actor)
            let avoids = group.avoids(actor)
            if avoids == nil { known[actor] = false }
            accumulated[actor].add(first: hop, rights: rights, count: group.tally.count, optima: optima, kind: kind(ofFirst: hop),
                                   avoidsStart: avoids ?? true)
            guard optima.since[Tally.levels - 1] != .max else { return }
            if parents.contains(where: key.data.contains) {
                matches[actor] = .broader
            } else if matches[actor] != .broader, itself.contains(where: key.data.contains) {
                matches[actor] = .exact
            }
        }
        var layered: ReachSearch?
        for actor in index.actorIDs.indices where startCounts[actor] {
            var row = accumulated[actor]
            if !known[actor] {
                // More actors on the way than a group keeps: kinds from layers that avoid the start.
                let full = layered ?? ReachSearch(finder: self, universe: universe, relevant: relevant, trackPlaces: false)
                layered = full
                var kinds = RowAccumulator()
                full.forEachStart(actor, avoidingStart: true) { hop, rights, key, group in
                    guard !key.data.contains(universe.unbounded), key.data.intersects(relevant) else { return }
                    kinds.add(first: hop, rights: rights, tally: group.tally, kind: kind(ofFirst: hop))
                }
                row.kinds = kinds.kinds
            }
            guard !row.isEmpty, let summary = summary(row, dates: dates) else { continue }
            rows.append(.init(actor: index.model.actors[actor], match: matches[actor], summary: summary, paths: []))
        }
        if listing > 0 {
            let listed = listPaths(fromEach: rows.map { index.actor($0.actor.id.value)! }, matching: subject, limit: listing)
            for (number, found) in listed.enumerated() {
                truncated = truncated || found.truncated
                rows[number].paths = found.paths.map { index.explain($0, subject: subject, filters: filters, language: language) }
            }
        }
        rows.sort { ($0.summary.fewestRights, $0.actor.id.value) < ($1.summary.fewestRights, $1.actor.id.value) }
        // Files that hold the category under the filters (declared or by flow) and give a count.
        let people = index.model.files.indices.compactMap { file -> WhoCanReachAnswer.FilePeople? in
            guard fileInScope[file], let count = index.model.files[file].safeguards.people,
                  effectiveData[file].contains(where: { subject.match(reached: $0, index) != nil })
            else { return nil }
            return .init(file: index.model.files[file], count: count)
        }
        return WhoCanReachAnswer(subject: subject, rows: rows, truncated: truncated, context: context,
                                 people: people)
    }

    /// Every category the actor reaches, and where; with `listing` > 0, up to that many paths.
    public func reach(_ actor: Int, listing: Int = 0) -> ReachAnswer {
        let universe = CategoryUniverse.all(index)
        var relevant = CarriedData(wordCount: universe.wordCount)
        for bit in universe.members.indices { relevant.insert(bit) }
        let search = ReachSearch(finder: self, universe: universe, relevant: relevant, trackPlaces: true)
        let dates = dateTexts()
        // Walks that come back to the start are not paths: rows come from walks that avoid it,
        // counts (of routes, as for who-can-reach) from all of them.
        // An actor outside the kinds asked for starts no path.
        var rows = startCounts[actor] ? reachRows(actor, search, avoidingStart: filters.maxHops >= 2) : [:]
        if filters.maxHops >= 2 {
            let routes = reachRows(actor, search, avoidingStart: false)
            for key in rows.keys { rows[key]!.count = routes[key]?.count ?? rows[key]!.count }
        }
        var result: [ReachAnswer.Row] = []
        for (key, row) in rows {
            guard let summary = summary(row, dates: dates) else { continue }
            let place: ReachAnswer.Place = key.entry >= 0
                ? .init(entry: index.fileIDs[key.entry], origin: key.origin != key.entry ? index.fileIDs[key.origin] : nil)
                : .init(entry: index.actorIDs[-2 - key.entry], origin: nil)
            result.append(.init(category: index.model.categories[key.category], place: place, summary: summary))
        }
        result.sort { ($0.category.id.value, $0.place) < ($1.category.id.value, $1.place) }
        let listed: (paths: [AccessPath], truncated: Bool) = listing > 0 && startCounts[actor] ? listPaths(from: actor, limit: listing) : ([], false)
        return ReachAnswer(actor: index.model.actors[actor], rows: result, paths: listed.paths.map { index.explain($0, filters: filters, language: language) },
                           truncated: listed.truncated, context: context)
    }

    struct ReachRowKey: Hashable { var category: Int; var entry: Int; var origin: Int }

    /// `reach`'s rows: per place, the widest categories reached there; a path counts for one
    /// when it carries it.
    func reachRows(_ actor: Int, _ search: ReachSearch, avoidingStart: Bool) -> [ReachRowKey: RowAccumulator] {
        struct PlaceKey: Hashable { var entry: Int; var origin: Int }
        var groups: [PlaceKey: [(hop: Hop, rights: Int, data: CarriedData, tally: Tally)]] = [:]
        let universe = search.universe
        search.forEachStart(actor, avoidingStart: avoidingStart) { hop, rights, key, group in
            guard !key.data.contains(universe.unbounded) else { return }
            groups[PlaceKey(entry: key.entry, origin: key.origin), default: []].append((hop, rights, key.data, group.tally))
        }
        var rows: [ReachRowKey: RowAccumulator] = [:]
        for (place, paths) in groups {
            var union = CarriedData(wordCount: universe.wordCount)
            for path in paths { union.formUnion(path.data) }
            for category in universe.reached(union, index) {
                let bit = universe.position[category]
                for path in paths where path.data.contains(bit) {
                    rows[ReachRowKey(category: category, entry: place.entry, origin: place.origin), default: RowAccumulator()]
                        .add(first: path.hop, rights: path.rights, tally: path.tally, kind: kind(ofFirst: path.hop))
                }
            }
        }
        return rows
    }

    /// Paths from `actor` to `category`, shortest first, at most `limit`, and how many count.
    public func paths(from actor: Int, to category: Int, limit: Int) -> PathsAnswer {
        paths(from: actor, to: .category(category, in: index), limit: limit)
    }

    /// Paths from `actor` to the subject's categories, shortest first, at most `limit`, and how many count.
    public func paths(from actor: Int, to subject: Subject, limit: Int) -> PathsAnswer {
        let universe = CategoryUniverse.around(subject, index)
        let relevant = universe.subtree(subject, index)
        let search = ReachSearch(finder: self, universe: universe, relevant: relevant, trackPlaces: false)
        var total = 0
        guard startCounts[actor] else {
            return PathsAnswer(actor: index.model.actors[actor], subject: subject, paths: [], total: 0, truncated: false, context: context)
        }
        search.forEachStart(actor) { _, _, key, group in
            guard !key.data.contains(universe.unbounded), key.data.intersects(relevant) else { return }
            total = Tally.add(total, group.tally.count)
        }
        let listed = listPaths(from: actor, matching: subject, limit: limit)
        return PathsAnswer(actor: index.model.actors[actor], subject: subject,
                           paths: listed.paths.map { index.explain($0, subject: subject, filters: filters, language: language) }, total: total,
                           truncated: listed.truncated, context: context)
    }
}
