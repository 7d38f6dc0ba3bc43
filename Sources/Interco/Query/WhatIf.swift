/// What-if questions: the same query with records taken out (`QueryFilters.without`,
/// `withoutBasis`), and what that takes away compared with the model as it is. A what-if only
/// takes out, so a path of the model as it is is lost exactly when one of its records is out
/// (`PathFinder.keeps`), and a row is lost when none of its paths is left.
extension PathFinder {
    /// The finder of the model as it is: the same filters with nothing taken out.
    public var asItIs: PathFinder {
        var finder = PathFinder(index: index, filters: filters.asItIs, model: model, stepBudget: stepBudget)
        finder.language = language
        return finder
    }

    /// `whoCanReach`, with what the what-if takes away when there is one.
    public func whoCanReachComparing(_ subject: Subject, listing: Int = 0) -> WhoCanReachAnswer {
        var answer = whoCanReach(subject, listing: listing)
        guard filters.isWhatIf else { return answer }
        let before = asItIs.whoCanReach(subject)
        let kept = Set(answer.rows.map(\.actor.id.value))
        answer.lost = before.rows.filter { !kept.contains($0.actor.id.value) }
        if listing > 0 {
            let actors = before.rows.compactMap { index.actor($0.actor.id.value) }
            answer.lostPaths = asItIs.listPaths(fromEach: actors, matching: subject, limit: listing)
                .flatMap { $0.paths.filter { !keeps($0) } }.map { index.explain($0, subject: subject, language: language) }
        }
        return answer
    }

    /// `reach`, with what the what-if takes away when there is one.
    public func reachComparing(_ actor: Int, listing: Int = 0) -> ReachAnswer {
        var answer = reach(actor, listing: listing)
        guard filters.isWhatIf else { return answer }
        let before = asItIs.reach(actor)
        let kept = Set(answer.rows.map { [$0.category.id.value, $0.place.text] })
        answer.lost = before.rows.filter { !kept.contains([$0.category.id.value, $0.place.text]) }
        if listing > 0 {
            answer.lostPaths = asItIs.listPaths(from: actor, limit: listing).paths.filter { !keeps($0) }.map { index.explain($0, language: language) }
        }
        return answer
    }

    /// `paths`, with what the what-if takes away when there is one.
    public func pathsComparing(from actor: Int, to subject: Subject, limit: Int) -> PathsAnswer {
        var answer = paths(from: actor, to: subject, limit: limit)
        guard filters.isWhatIf else { return answer }
        let before = asItIs.paths(from: actor, to: subject, limit: 0)
        answer.lostTotal = max(0, before.total - answer.total)
        answer.lostPaths = asItIs.listPaths(from: actor, matching: subject, limit: limit).paths.filter { !keeps($0) }
            .map { index.explain($0, subject: subject, language: language) }
        return answer
    }
}
