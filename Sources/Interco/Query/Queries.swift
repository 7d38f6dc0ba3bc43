/// The answer of `who-can-reach`: one row per actor that reaches the category.
public struct WhoCanReachAnswer: Sendable {
    /// One actor's answer.
    public struct Row: Sendable {
        /// The actor.
        public var actor: Actor
        /// Ways it reaches: `holds` and the kinds of the first rights, sorted.
        public var how: [String]
        /// The best match over its paths.
        public var match: Match
        /// Fewest rights in a path.
        public var fewestHops: Int
        /// The shortest path; its first hop gives the basis and date shown.
        public var shortest: PathReport
        /// Every path found, shortest first.
        public var paths: [PathReport]
    }

    /// The category asked about.
    public var category: DataCategory
    /// Rows sorted by fewest hops, then actor id.
    public var rows: [Row]
    /// True when a search stopped on its step budget.
    public var truncated: Bool
}

/// The answer of `reach`: every category and file (or third party) the actor reaches.
public struct ReachAnswer: Sendable {
    /// One reached category at one end point, with the shortest path to it.
    public struct Row: Sendable {
        /// The category reached.
        public var category: DataCategory
        /// The file the data is in, or the third party reached (the last hop's end).
        public var via: String
        /// Shortest path.
        public var path: PathReport
        /// Number of paths to this category at this end point.
        public var pathCount: Int
    }

    /// The actor asked about.
    public var actor: Actor
    /// Rows sorted by category id, then end point.
    public var rows: [Row]
    /// Every path found, shortest first.
    public var paths: [PathReport]
    /// True when the search stopped on its step budget.
    public var truncated: Bool
}

/// The answer of `paths`.
public struct PathsAnswer: Sendable {
    /// The actor.
    public var actor: Actor
    /// The category.
    public var category: DataCategory
    /// Paths, shortest first, at most `limit`.
    public var paths: [PathReport]
    /// How many paths were found before the limit.
    public var total: Int
    /// True when the search stopped on its step budget.
    public var truncated: Bool
}

extension PathFinder {
    /// Every actor that reaches `category`.
    public func whoCanReach(_ category: Int) -> WhoCanReachAnswer {
        var rows: [WhoCanReachAnswer.Row] = []
        var truncated = false
        for actor in index.actorIDs.indices {
            let found = paths(from: actor, matching: category)
            truncated = truncated || found.truncated
            guard !found.paths.isEmpty else { continue }
            let reports = found.paths.map { index.explain($0, queried: category) }
            let how = Set(reports.compactMap { $0.hops.first }.map { $0.type == "holds" ? "holds" : $0.kind }).sorted()
            rows.append(.init(actor: index.model.actors[actor], how: how, match: reports.compactMap(\.match).min() ?? .exact,
                              fewestHops: reports[0].rights, shortest: reports[0], paths: reports))
        }
        rows.sort { ($0.fewestHops, $0.actor.id.value) < ($1.fewestHops, $1.actor.id.value) }
        return WhoCanReachAnswer(category: index.model.categories[category], rows: rows, truncated: truncated)
    }

    /// Every category the actor reaches, and where.
    public func reach(_ actor: Int) -> ReachAnswer {
        let found = paths(from: actor)
        let reports = found.paths.map { index.explain($0) }
        var rows: [String: ReachAnswer.Row] = [:]
        for (path, report) in zip(found.paths, reports) {
            let via = report.hops.last?.to ?? ""
            for category in path.reached {
                let key = index.categoryIDs[category] + "\u{0}" + via
                if rows[key] == nil {
                    rows[key] = .init(category: index.model.categories[category], via: via, path: report, pathCount: 1)
                } else {
                    rows[key]!.pathCount += 1
                }
            }
        }
        let sorted = rows.sorted { $0.key < $1.key }.map(\.value)
        return ReachAnswer(actor: index.model.actors[actor], rows: sorted, paths: reports, truncated: found.truncated)
    }

    /// Every path from `actor` to `category`, shortest first, at most `limit`.
    public func paths(from actor: Int, to category: Int, limit: Int) -> PathsAnswer {
        let found = paths(from: actor, matching: category)
        return PathsAnswer(actor: index.model.actors[actor], category: index.model.categories[category],
                           paths: found.paths.prefix(limit).map { index.explain($0, queried: category) },
                           total: found.paths.count, truncated: found.truncated)
    }
}
