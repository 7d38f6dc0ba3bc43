/// A preset question runs as it is written: its command takes that many arguments, each names
/// a record of the right sort (a category, a file or `any`; an actor; a section for `list`), and
/// each filter is one the command takes, with a value it accepts. Question ids are unique among
/// questions (they are not records, so they may repeat another section's id).
enum QuestionRule {
    static let argumentsCode: Diagnostic.Code = "question-arguments"
    static let filterCode: Diagnostic.Code = "question-filter"
    static let referenceCode: Diagnostic.Code = "question-reference"

    static func check(_ model: Model) -> [Diagnostic] {
        guard !model.questions.isEmpty else { return [] }
        let ids = IDs(model)
        var diagnostics: [Diagnostic] = []
        var first: [String: SourceLocation] = [:]
        for question in model.questions {
            if let earlier = first[question.id.value] {
                diagnostics.append(DuplicateIDRule.diagnostic(question.id, first: earlier, as: .questions))
            } else {
                first[question.id.value] = question.id.location
            }
            diagnostics += arguments(of: question, ids)
            diagnostics += question.filters.compactMap { filter(of: question, $0, ids) }
        }
        return diagnostics
    }

    /// The ids questions may name, by sort.
    struct IDs {
        var categories: [String], files: [String], actors: [String], populations: [String], purposes: [String]

        init(_ model: Model) {
            categories = model.categories.map(\.id.value)
            files = model.files.map(\.id.value)
            actors = model.actors.map(\.id.value)
            populations = model.populations.map(\.id.value)
            purposes = ModelListing.purposes(model).map(\.id)
        }
    }

    private static func arguments(of question: Question, _ ids: IDs) -> [Diagnostic] {
        let sorts = question.command.argumentSorts
        guard question.arguments.count == sorts.count else {
            return [Diagnostic(.error, argumentsCode, at: question.arguments.first?.location ?? question.location,
                               "question \(quoted(question.id.value)): '\(question.command.rawValue)' takes "
                                   + "\(sorts.count) argument\(sorts.count == 1 ? "" : "s") (\(sorts.joined(separator: ", "))), "
                                   + "found \(question.arguments.count)")]
        }
        return zip(question.arguments, sorts).compactMap { argument, sort in
            let known: [String] = switch sort {
            case "category": ids.categories + ids.files + [Subject.anyWord, Subject.sensitiveWord]
            case "actor": ids.actors
            default: ModelListing.allCases.map(\.rawValue)
            }
            guard !known.contains(argument.value) else { return nil }
            let what = sort == "category" ? "a data category, a file, 'sensitive' or 'any'" : sort == "actor" ? "an actor" : "a section to list"
            return Diagnostic(.error, referenceCode, at: argument.location,
                              "question \(quoted(question.id.value)): \(quoted(argument.value)) is not \(what)"
                                  + Suggestion.phrase(for: argument.value, in: known))
        }
    }

    private static func filter(of question: Question, _ filter: Question.Filter, _ ids: IDs) -> Diagnostic? {
        let names = question.command.filterNames
        let name = filter.name.value, value = filter.value.value
        guard names.contains(name) else {
            return Diagnostic(.error, filterCode, at: filter.name.location,
                              "question \(quoted(question.id.value)): '\(question.command.rawValue)' takes no filter \(quoted(name))"
                                  + Suggestion.phrase(for: name, in: names) + "; it takes \(names.joined(separator: ", "))")
        }
        func bad(_ expected: String, code: Diagnostic.Code = filterCode, among known: [String] = []) -> Diagnostic {
            Diagnostic(.error, code, at: filter.value.location,
                       "question \(quoted(question.id.value)): \(name) \(quoted(value)) is not \(expected)"
                           + (known.isEmpty ? "" : Suggestion.phrase(for: value, in: known)))
        }
        func codes(_ known: [String], _ expected: String, orAll: Bool = false) -> Diagnostic? {
            if orAll && value == "all" { return nil }
            let list = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let unknown = list.first(where: { !known.contains($0) }) else { return nil }
            return Diagnostic(.error, filterCode, at: filter.value.location,
                              "question \(quoted(question.id.value)): \(name): unknown value \(quoted(unknown))"
                                  + Suggestion.phrase(for: unknown, in: known) + "; expected \(expected)")
        }
        switch name {
        case "at":
            if value == "any" || value == "today" { return nil }
            if case .success = ModelDate.parse(value) { return nil }
            return bad("a date (YYYY, YYYY-MM or YYYY-MM-DD), 'today' or 'any'")
        case "status":
            let known = Status.allCases.map(\.rawValue)
            return codes(known, "a comma-separated list of \(known.joined(separator: ", ")), or 'all'", orAll: true)
        case "actor-kind":
            let known = ActorKind.allCases.map(\.rawValue)
            return codes(known, "a comma-separated list of \(known.joined(separator: ", "))")
        case "kind":
            let known = question.command == .list
                ? (question.arguments.first.flatMap { ModelListing(rawValue: $0.value) }?.kindCodes ?? [])
                : QueryFilters.kindCodes
            return codes(known, known.isEmpty ? "nothing: this section has no kinds" : "a comma-separated list of \(known.joined(separator: ", "))")
        case "about":
            return ids.populations.contains(value) ? nil : bad("a population", code: referenceCode, among: ids.populations)
        case "purpose":
            return ids.purposes.contains(value) ? nil : bad("a purpose a right or flow states", code: referenceCode, among: ids.purposes)
        case "max-hops":
            return Int(value).map { (1...16).contains($0) } == true ? nil : bad("a number of rights from 1 to 16")
        case "limit":
            return Int(value).map { $0 >= 1 } == true ? nil : bad("a number of paths of at least 1")
        case "paths", "no-basis":
            return value == "true" || value == "false" ? nil : bad("true or false")
        default:
            return nil
        }
    }
}
