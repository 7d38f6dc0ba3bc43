/// The fields only a preset question has: a title in both languages and its filters.
extension FieldReader {
    /// `{fr: …, en: …}`, both required (a model text, `localized`, may give one or be plain).
    mutating func bothLanguages(_ key: String, required: Bool = false) -> Localized? {
        guard let pair = pair(key) else {
            if required { diagnostics.append(RequiredFieldRule.missing(key, at: location, entity: entity)) }
            return nil
        }
        guard var part = nested(pair.value, key, ["fr", "en"]) else { return nil }
        let french = part.text("fr", required: true)
        let english = part.text("en", required: true)
        diagnostics += part.diagnostics
        guard let french, let english else { return nil }
        return Localized(en: english, fr: french)
    }

    /// `filters`: a mapping of option names to a text, a list of texts (joined by commas, as the
    /// command line takes them) or `true`/`false`. Names and values are checked by `QuestionRule`.
    mutating func questionFilters(_ key: String) -> [Question.Filter] {
        guard let pair = pair(key) else { return [] }
        guard case .mapping(let pairs, _) = pair.value else {
            if case .scalar(let scalar) = pair.value, scalar.isNull { return [] }
            diagnostics.append(FieldTypeRule.notMapping(key, at: here(pair.value.mark), found: pair.value.typeDescription))
            return []
        }
        var filters: [Question.Filter] = []
        var seen: [String: SourceLocation] = [:]
        for entry in pairs {
            guard case .scalar(let name) = entry.key else {
                diagnostics.append(UnknownKeyRule.notText(at: here(entry.key.mark), entity: "'\(key)'", found: entry.key.typeDescription))
                continue
            }
            if let first = seen[name.text] {
                diagnostics.append(DuplicateKeyRule.diagnostic(name.text, at: here(name.mark), entity: "'\(key)'", first: first))
                continue
            }
            seen[name.text] = here(name.mark)
            let value: Located<String>
            switch entry.value {
            case .scalar(let scalar) where !scalar.isNull:
                value = Located(scalar.text, at: here(scalar.mark))
            case .sequence(let items, let mark):
                var texts: [String] = []
                for item in items {
                    guard case .scalar(let scalar) = item, !scalar.isNull else {
                        diagnostics.append(FieldTypeRule.itemNotText(name.text, at: here(item.mark), found: item.typeDescription))
                        continue
                    }
                    texts.append(scalar.text)
                }
                value = Located(texts.joined(separator: ","), at: here(mark))
            default:
                diagnostics.append(FieldTypeRule.notText(name.text, at: here(entry.value.mark), found: entry.value.typeDescription))
                continue
            }
            filters.append(Question.Filter(name: Located(name.text, at: here(name.mark)), value: value))
        }
        return filters
    }
}
