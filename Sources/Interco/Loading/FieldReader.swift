/// Reads the fields of one model entry (a YAML mapping), reporting every problem with its place
/// through the entry rules of `Validation/Entry/`: unknown or repeated keys, missing required
/// fields, wrong types, bad ids, dates and vocabulary.
struct FieldReader {
    let file: SourceFileID
    /// The entry's noun in messages: "actor", "right".
    let entity: String
    let mark: YAMLMark
    /// The entry's pairs by position in `allowed`: entries have a dozen keys at most, and a
    /// linear scan of short keys beats hashing them (measured: a third of the builder's time).
    private var slots: [YAMLPair?]
    private let allowed: [String]
    var diagnostics: [Diagnostic] = []

    /// Starts reading `node`, which must be a mapping with keys among `allowed`.
    init?(_ node: YAMLNode, entity: String, allowed: [String], file: SourceFileID, diagnostics: inout [Diagnostic]) {
        self.file = file
        self.entity = entity
        self.mark = node.mark
        self.allowed = allowed
        self.slots = [YAMLPair?](repeating: nil, count: allowed.count)
        guard case .mapping(let pairs, _) = node else {
            diagnostics.append(EntryShapeRule.diagnostic(at: node.mark.location(in: file), entity: entity, found: node.typeDescription))
            return nil
        }
        for pair in pairs {
            guard case .scalar(let key) = pair.key else {
                diagnostics.append(UnknownKeyRule.notText(at: pair.key.mark.location(in: file), entity: entity,
                                                          found: pair.key.typeDescription))
                continue
            }
            guard key.text != "<<" else {
                diagnostics.append(UnknownKeyRule.mergeKey(at: key.mark.location(in: file), entity: entity))
                continue
            }
            guard let slot = allowed.firstIndex(of: key.text) else {
                diagnostics.append(UnknownKeyRule.unknown(key.text, at: key.mark.location(in: file), entity: entity, allowed: allowed))
                continue
            }
            if let first = slots[slot] {
                diagnostics.append(DuplicateKeyRule.diagnostic(key.text, at: key.mark.location(in: file), entity: entity,
                                                               first: first.key.mark.location(in: file)))
                continue
            }
            slots[slot] = pair
        }
    }

    /// The pair of `key`, a key of `allowed`.
    func pair(_ key: String) -> YAMLPair? {
        allowed.firstIndex(of: key).flatMap { slots[$0] }
    }

    /// Where the entry starts.
    var location: SourceLocation { mark.location(in: file) }

    /// The location of `mark` in the entry's file.
    func here(_ mark: YAMLMark) -> SourceLocation { mark.location(in: file) }

    /// The scalar of `key`, nil when absent or null; a collection is a type error.
    mutating func scalar(_ key: String, required: Bool = false) -> YAMLScalar? {
        guard let pair = pair(key) else {
            if required { diagnostics.append(RequiredFieldRule.missing(key, at: location, entity: entity)) }
            return nil
        }
        guard case .scalar(let scalar) = pair.value else {
            diagnostics.append(FieldTypeRule.notText(key, at: here(pair.value.mark), found: pair.value.typeDescription))
            return nil
        }
        if scalar.isNull {
            if required { diagnostics.append(RequiredFieldRule.noValue(key, at: here(scalar.mark), entity: entity)) }
            return nil
        }
        return scalar
    }

    /// Text of `key`.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        scalar(key, required: required)?.text
    }

    /// A text for people: a plain string (the same in both languages) or `{fr: …, en: …}` with at
    /// least one of the two; anything else is a `bilingual-text` error at its place.
    mutating func localized(_ key: String, required: Bool = false) -> Localized? {
        guard let pair = pair(key) else {
            if required { diagnostics.append(RequiredFieldRule.missing(key, at: location, entity: entity)) }
            return nil
        }
        switch pair.value {
        case .scalar(let scalar) where scalar.isNull:
            if required { diagnostics.append(RequiredFieldRule.noValue(key, at: here(scalar.mark), entity: entity)) }
            return nil
        case .scalar(let scalar):
            return Localized(scalar.text)
        case .sequence(_, let mark):
            diagnostics.append(BilingualTextRule.notText(key, at: here(mark), found: "a list"))
            return nil
        case .mapping(let pairs, let mark):
            var texts: [String: String] = [:]
            var firstSeen: [String: YAMLMark] = [:]
            for language in pairs {
                guard case .scalar(let name) = language.key, !name.isNull else {
                    diagnostics.append(BilingualTextRule.languageNotText(at: here(language.key.mark), of: key,
                                                                         found: language.key.typeDescription))
                    continue
                }
                guard BilingualTextRule.languages.contains(name.text) else {
                    diagnostics.append(BilingualTextRule.unknownLanguage(name.text, of: key, at: here(name.mark)))
                    continue
                }
                if let first = firstSeen[name.text] {
                    diagnostics.append(DuplicateKeyRule.diagnostic(name.text, at: here(name.mark), entity: "'\(key)'",
                                                                   first: here(first)))
                    continue
                }
                firstSeen[name.text] = name.mark
                guard case .scalar(let text) = language.value, !text.isNull else {
                    diagnostics.append(BilingualTextRule.valueNotText(name.text, of: key, at: here(language.value.mark),
                                                                      found: language.value.typeDescription))
                    continue
                }
                texts[name.text] = text.text
            }
            if pairs.isEmpty { diagnostics.append(BilingualTextRule.noText(key, at: here(mark))) }
            guard !texts.isEmpty else { return nil }
            return Localized(en: texts["en"] ?? "", fr: texts["fr"] ?? "")
        }
    }

    /// An id (the entry's own or a reference), checked against the id rule.
    mutating func id(_ key: String, required: Bool = false) -> Located<String>? {
        guard let scalar = scalar(key, required: required) else { return nil }
        if let problem = IDRule.problem(with: scalar.text) {
            diagnostics.append(IDRule.diagnostic(key, value: scalar.text, at: here(scalar.mark), problem: problem))
        }
        return Located(scalar.text, at: scalar.mark.location(in: file))
    }

    /// A list of ids; a single id written without brackets is a type error with a hint.
    /// `limit`: the list narrows what an entry gives (`data` of a right or flow), so an empty one is an error.
    mutating func idList(_ key: String, required: Bool = false, limit: Bool = false) -> [Located<String>] {
        guard let pair = pair(key) else {
            if required { diagnostics.append(RequiredFieldRule.missing(key, at: location, entity: entity)) }
            return []
        }
        switch pair.value {
        case .sequence(let items, let listMark):
            var ids: [Located<String>] = []
            for item in items {
                guard case .scalar(let scalar) = item, !scalar.isNull else {
                    diagnostics.append(FieldTypeRule.itemNotID(key, at: here(item.mark), found: item.typeDescription))
                    continue
                }
                ids.append(Located(scalar.text, at: scalar.mark.location(in: file)))
            }
            if required && ids.isEmpty && items.isEmpty {
                diagnostics.append(RequiredFieldRule.emptyList(key, at: here(listMark), entity: entity))
            } else if limit && items.isEmpty {
                diagnostics.append(RequiredFieldRule.emptyLimit(key, at: here(listMark), entity: entity))
            }
            return ids
        case .scalar(let scalar) where scalar.isNull:
            if required { diagnostics.append(RequiredFieldRule.emptyList(key, at: here(scalar.mark), entity: entity)) }
            return []
        case .scalar(let scalar):
            diagnostics.append(FieldTypeRule.idNotInList(key, value: scalar.text, at: here(scalar.mark)))
            return []
        case .mapping(_, let mapMark):
            diagnostics.append(FieldTypeRule.notIDList(key, at: here(mapMark), found: "a mapping"))
            return []
        }
    }

    /// A list of texts (`aka`).
    mutating func textList(_ key: String) -> [String] { locatedTexts(key).map(\.value) }

    /// A list of texts, each with its place (`aka`, a question's `arguments`).
    mutating func locatedTexts(_ key: String) -> [Located<String>] {
        guard let pair = pair(key) else { return [] }
        switch pair.value {
        case .sequence(let items, _):
            return items.compactMap { item in
                guard case .scalar(let scalar) = item, !scalar.isNull else {
                    diagnostics.append(FieldTypeRule.itemNotText(key, at: here(item.mark), found: item.typeDescription))
                    return nil
                }
                return Located(scalar.text, at: here(scalar.mark))
            }
        case .scalar(let scalar) where scalar.isNull:
            return []
        default:
            diagnostics.append(FieldTypeRule.notTextList(key, at: here(pair.value.mark), found: pair.value.typeDescription))
            return []
        }
    }

    /// A date, checked for form and existence.
    mutating func date(_ key: String) -> Located<ModelDate>? {
        guard let scalar = scalar(key) else { return nil }
        switch ModelDate.parse(scalar.text) {
        case .success(let date):
            return Located(date, at: scalar.mark.location(in: file))
        case .failure(let problem):
            diagnostics.append(DateRule.diagnostic(key, value: scalar.text, at: here(scalar.mark), problem))
        }
        return nil
    }

    /// A value of a closed vocabulary, with "did you mean".
    mutating func vocabulary<V: Vocabulary>(_ key: String, required: Bool = false) -> V? {
        guard let scalar = scalar(key, required: required) else { return nil }
        if let value = V(rawValue: scalar.text) { return value }
        diagnostics.append(VocabularyRule.diagnostic(scalar.text, at: here(scalar.mark), of: V.self))
        return nil
    }

    /// The dates, status, confidence, sources and history of a file, right or flow (`basis` in
    /// history events only `withBasis`). With a history and no `status`, the status is the
    /// last event's; with a history whose first date is unknown and no `since`, the start is unknown.
    mutating func standing(withBasis: Bool = true) -> Standing {
        let start = start("since")
        let cited = citations("sources")
        let until = date("until")
        let statusAt = pair("status").map { here($0.value.mark) }
        let status: Status? = vocabulary("status")
        let history = history(withBasis: withBasis)
        let sinceMark = pair("since").map { here($0.value.mark) }
        diagnostics += HistoryRule.check(history, since: start.date, sinceUnknown: start.unknown ? sinceMark : nil, until: until,
                                         status: status.flatMap { value in statusAt.map { Located(value, at: $0) } })
        let unknownFromHistory = sinceMark == nil && history.first.map { $0.date == nil } == true
        return Standing(since: start.date, sinceUnknown: start.unknown || unknownFromHistory, until: until,
                        status: status ?? history.last?.status.value ?? .inForce, confidence: vocabulary("confidence"),
                        sources: cited.ids, sourceRoles: cited.roles, history: history,
                        location: statusAt ?? location)
    }

    /// `true` or `false`.
    mutating func bool(_ key: String) -> Bool? {
        guard let scalar = scalar(key) else { return nil }
        switch scalar.text {
        case "true": return true
        case "false": return false
        default:
            diagnostics.append(FieldTypeRule.notBool(key, value: scalar.text, at: here(scalar.mark)))
            return nil
        }
    }

    /// An http(s) url; anything else is an error, because diagrams link to it.
    mutating func url(_ key: String) -> String? {
        guard let scalar = scalar(key) else { return nil }
        guard URLRule.isValid(scalar.text) else {
            diagnostics.append(URLRule.diagnostic(key, value: scalar.text, at: here(scalar.mark)))
            return nil
        }
        return scalar.text
    }
}
