/// Reading the fields that say how well a fact stands: cited sources with their roles, purposes,
/// an unknown start, and safeguards.
extension FieldReader {
    /// `sources: [a, {id: b, role: context}]`: the ids in order, and the roles other than `supports`.
    mutating func citations(_ key: String) -> (ids: [Located<String>], roles: [String: SourceRole]) {
        guard let pair = pair(key), case .sequence(let items, _) = pair.value else { return (idList(key), [:]) }
        var ids: [Located<String>] = []
        var roles: [String: SourceRole] = [:]
        for item in items {
            switch item {
            case .scalar(let scalar) where !scalar.isNull:
                ids.append(Located(scalar.text, at: scalar.mark.location(in: file)))
            case .mapping:
                guard var cited = FieldReader(item, entity: "cited source", allowed: ["id", "role"], file: file,
                                              diagnostics: &diagnostics)
                else { continue }
                let id = cited.id("id", required: true)
                let role: SourceRole? = cited.vocabulary("role")
                diagnostics += cited.diagnostics
                guard let id else { continue }
                ids.append(id)
                if let role, role != .supports { roles[id.value] = role }
            default:
                diagnostics.append(FieldTypeRule.notCitation(key, at: here(item.mark), found: item.typeDescription))
            }
        }
        return (ids, roles)
    }

    /// `purpose: fraud-control` or `purpose: [eligibility, fraud-control]`.
    mutating func idOrList(_ key: String) -> [String] {
        guard let pair = pair(key) else { return [] }
        if case .sequence = pair.value {
            let ids = idList(key)
            for id in ids {
                if let problem = IDRule.problem(with: id.value) {
                    diagnostics.append(IDRule.diagnostic(key, value: id.value, at: id.location, problem: problem))
                }
            }
            return ids.map(\.value)
        }
        return id(key).map { [$0.value] } ?? []
    }

    /// `history: [{date, status, basis?, note?, sources?}]`, each event read with its place;
    /// `basis` only where `withBasis` (rights and flows). An event without a readable date or
    /// status is left out (its error is reported).
    mutating func history(withBasis: Bool) -> [HistoryEvent] {
        guard let pair = pair("history") else { return [] }
        guard case .sequence(let items, _) = pair.value else {
            if case .scalar(let scalar) = pair.value, scalar.isNull { return [] }
            diagnostics.append(FieldTypeRule.notEventList("history", at: here(pair.value.mark), found: pair.value.typeDescription))
            return []
        }
        let keys = withBasis ? ["date", "status", "basis", "note", "sources"] : ["date", "status", "note", "sources"]
        var events: [HistoryEvent] = []
        for item in items {
            guard var fields = FieldReader(item, entity: "history event", allowed: keys, file: file, diagnostics: &diagnostics)
            else { continue }
            let start = fields.start("date")
            if start.date == nil && !start.unknown && fields.pair("date") == nil {
                fields.diagnostics.append(RequiredFieldRule.missing("date", at: fields.location, entity: "history event"))
            }
            let status: Status? = fields.vocabulary("status", required: true)
            let statusAt = fields.pair("status").map { here($0.value.mark) } ?? fields.location
            let basis = fields.scalar("basis").map { Located($0.text, at: here($0.mark)) }
            let note = fields.localized("note")
            let sources = fields.idList("sources")
            diagnostics += fields.diagnostics
            guard start.date != nil || start.unknown, let status else { continue }
            events.append(HistoryEvent(date: start.date, status: Located(status, at: statusAt), basis: basis,
                                       note: note, sources: sources))
        }
        return events
    }

    /// A start date, or `unknown`.
    mutating func start(_ key: String) -> (date: Located<ModelDate>?, unknown: Bool) {
        if let pair = pair(key), case .scalar(let scalar) = pair.value, scalar.text == "unknown" { return (nil, true) }
        return (date(key), false)
    }

    /// `retention`, `people`, `cnil` and `access_log`.
    mutating func safeguards() -> Safeguards {
        var safeguards = Safeguards()
        if let pair = pair("retention"), var part = nested(pair.value, "retention", ["period", "source"]) {
            let period = part.text("period", required: true)
            let source = part.id("source", required: true)
            diagnostics += part.diagnostics
            if let period, let source { safeguards.retention = Sourced(period, source: source) }
        }
        if let pair = pair("people"), var part = nested(pair.value, "people", ["number", "date", "source", "note"]) {
            let number = part.scalar("number", required: true)
            let date = part.date("date")
            let source = part.id("source", required: true)
            let note = part.localized("note")
            diagnostics += part.diagnostics
            let count = number.flatMap { Int($0.text) }.flatMap { $0 >= 0 ? $0 : nil }
            if let number, count == nil {
                diagnostics.append(FieldTypeRule.notWholeNumber("number", of: "people", value: number.text, at: here(number.mark)))
            }
            if let count, let source {
                safeguards.people = PeopleCount(number: count, date: date?.value, source: source, note: note)
            }
        }
        safeguards.cnil = id("cnil")
        if let pair = pair("access_log"), var part = nested(pair.value, "access_log", ["logged", "source"]) {
            let logged = part.bool("logged")
            if logged == nil && part.pair("logged") == nil {
                part.diagnostics.append(RequiredFieldRule.missing("logged", at: part.location, entity: "'access_log'"))
            }
            let source = part.id("source", required: true)
            diagnostics += part.diagnostics
            if let logged, let source { safeguards.accessLog = Sourced(logged, source: source) }
        }
        return safeguards
    }

    mutating func nested(_ node: YAMLNode, _ key: String, _ allowed: [String]) -> FieldReader? {
        FieldReader(node, entity: "'\(key)'", allowed: allowed, file: file, diagnostics: &diagnostics)
    }
}
