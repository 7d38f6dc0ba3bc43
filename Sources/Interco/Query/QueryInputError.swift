/// Why a query's inputs do not fit the model: a library caller gets this error value rather
/// than an answer computed as if the filter were absent.
public enum QueryInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `about` names no population of the model.
    case unknownPopulation(String, suggestion: String)
    /// `maxHops` is below 1.
    case hopsBelowOne(Int)

    /// One sentence, as the command line prints it.
    public var description: String {
        switch self {
        case .unknownPopulation(let id, let suggestion):
            "unknown population \(quoted(id))\(suggestion); `interco list populations` prints the ids"
        case .hopsBelowOne(let hops): "a path has at least 1 right (max hops \(hops))"
        }
    }
}

extension QueryFilters {
    /// The problems of these filters against `index`, empty when they fit.
    public func problems(in index: AccessIndex) -> [QueryInputError] {
        var problems: [QueryInputError] = []
        if let about, index.population(about) == nil {
            problems.append(.unknownPopulation(about, suggestion: Suggestion.phrase(for: about,
                                                                                   in: index.model.populations.map(\.id.value))))
        }
        if maxHops < 1 { problems.append(.hopsBelowOne(maxHops)) }
        return problems
    }
}

extension PathFinder {
    /// Prepares a query after checking its filters against the index: the entry point for
    /// library callers, which the command line uses too.
    public static func checked(index: AccessIndex, filters: QueryFilters) -> Result<PathFinder, QueryInputError> {
        if let problem = filters.problems(in: index).first { return .failure(problem) }
        return .success(PathFinder(index: index, filters: filters))
    }
}
