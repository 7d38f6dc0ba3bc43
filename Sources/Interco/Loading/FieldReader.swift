/// Reads the fields of one model entry (a YAML mapping), reporting every problem with its place:
/// unknown or repeated keys, missing required fields, wrong types, bad ids, dates and vocabulary.
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
            diagnostics.append(Diagnostic(.error, at: node.mark.location(in: file),
                                          "each \(entity) must be a mapping of keys to values, found \(node.typeDescription)"))
            return nil
        }
        for pair in pairs {
            guard case .scalar(let key) = pair.key else {
                diagnostics.append(Diagnostic(.error, at: pair.key.mark.location(in: file),
                                              "keys of \(entity) entries must be text, found \(pair.key.typeDescription)"))
                continue
            }
            guard key.text != "<<" else {
                diagnostics.append(Diagnostic(.error, at: key.mark.location(in: file),
                                              "merge keys ('<<') are not supported in model files: write the keys of \(entity) out"))
                continue
            }
            guard let slot = allowed.firstIndex(of: key.text) else {
                diagnostics.append(Diagnostic(.error, at: key.mark.location(in: file),
                                              "unknown key '\(key.text)' in \(entity)\(Suggestion.phrase(for: key.text, in: allowed))"
                                                  + "; allowed keys: \(allowed.joined(separator: ", "))"))
                continue
            }
            if let first = slots[slot] {
                diagnostics.append(Diagnostic(.error, at: key.mark.location(in: file),
                                              "key '\(key.text)' is given twice in this \(entity) (first at line \(first.key.mark.line))"))
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

    mutating func error(_ mark: YAMLMark, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: mark.location(in: file), message))
    }

    /// The scalar of `key`, nil when absent or null; a collection is a type error.
    mutating func scalar(_ key: String, required: Bool = false) -> YAMLScalar? {
        guard let pair = pair(key) else {
            if required { error(mark, "\(entity) is missing required field '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = pair.value else {
            error(pair.value.mark, "'\(key)' must be text, found \(pair.value.typeDescription)")
            return nil
        }
        if scalar.isNull {
            if required { error(scalar.mark, "required field '\(key)' of \(entity) has no value") }
            return nil
        }
        return scalar
    }

    /// Text of `key`.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        scalar(key, required: required)?.text
    }

    /// An id (the entry's own or a reference), checked against the id rule.
    mutating func id(_ key: String, required: Bool = false) -> Located<String>? {
        guard let scalar = scalar(key, required: required) else { return nil }
        if let problem = IDRule.problem(with: scalar.text) {
            error(scalar.mark, "'\(key)' value '\(scalar.text)' is not a valid id: \(problem)")
        }
        return Located(scalar.text, at: scalar.mark.location(in: file))
    }

    /// A list of ids; a single id written without brackets is a type error with a hint.
    /// `limit`: the list narrows what an entry gives (`data` of a right or flow), so an empty one is an error.
    mutating func idList(_ key: String, required: Bool = false, limit: Bool = false) -> [Located<String>] {
        guard let pair = pair(key) else {
            if required { error(mark, "\(entity) is missing required field '\(key)'") }
            return []
        }
        switch pair.value {
        case .sequence(let items, let listMark):
            var ids: [Located<String>] = []
            for item in items {
                guard case .scalar(let scalar) = item, !scalar.isNull else {
                    error(item.mark, "items of '\(key)' must be ids, found \(item.typeDescription)")
                    continue
                }
                ids.append(Located(scalar.text, at: scalar.mark.location(in: file)))
            }
            if required && ids.isEmpty && items.isEmpty {
                error(listMark, "'\(key)' of \(entity) must list at least one id")
            } else if limit && items.isEmpty {
                error(listMark, "'\(key)' of \(entity) is an empty list: an empty limit gives nothing; remove `\(key)` to take all")
            }
            return ids
        case .scalar(let scalar) where scalar.isNull:
            if required { error(scalar.mark, "'\(key)' of \(entity) must list at least one id") }
            return []
        case .scalar(let scalar):
            error(scalar.mark, "'\(key)' must be a list of ids; write [\(scalar.text)]")
            return []
        case .mapping(_, let mapMark):
            error(mapMark, "'\(key)' must be a list of ids, found a mapping")
            return []
        }
    }

    /// A list of texts (`aka`).
    mutating func textList(_ key: String) -> [String] {
        guard let pair = pair(key) else { return [] }
        switch pair.value {
        case .sequence(let items, _):
            return items.compactMap { item in
                guard case .scalar(let scalar) = item, !scalar.isNull else {
                    error(item.mark, "items of '\(key)' must be text, found \(item.typeDescription)")
                    return nil
                }
                return scalar.text
            }
        case .scalar(let scalar) where scalar.isNull:
            return []
        default:
            error(pair.value.mark, "'\(key)' must be a list of texts, found \(pair.value.typeDescription)")
            return []
        }
    }

    /// A date, checked for form and existence.
    mutating func date(_ key: String) -> Located<ModelDate>? {
        guard let scalar = scalar(key) else { return nil }
        switch ModelDate.parse(scalar.text) {
        case .success(let date):
            return Located(date, at: scalar.mark.location(in: file))
        case .failure(.malformed):
            error(scalar.mark, "'\(key)' value '\(scalar.text)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        case .failure(.impossible):
            error(scalar.mark, "'\(key)' value '\(scalar.text)' is not a date that exists")
        }
        return nil
    }

    /// A value of a closed vocabulary, with "did you mean".
    mutating func vocabulary<V: Vocabulary>(_ key: String, required: Bool = false) -> V? {
        guard let scalar = scalar(key, required: required) else { return nil }
        if let value = V(rawValue: scalar.text) { return value }
        let names = V.allCases.map(\.rawValue)
        error(scalar.mark, "unknown \(V.vocabularyName) '\(scalar.text)'\(Suggestion.phrase(for: scalar.text, in: names)); "
                  + "expected one of: \(names.joined(separator: ", "))")
        return nil
    }

    /// `true` or `false`.
    mutating func bool(_ key: String) -> Bool? {
        guard let scalar = scalar(key) else { return nil }
        switch scalar.text {
        case "true": return true
        case "false": return false
        default:
            error(scalar.mark, "'\(key)' must be true or false, found '\(scalar.text)'")
            return nil
        }
    }

    /// An http(s) url; anything else is an error, because diagrams link to it.
    mutating func url(_ key: String) -> String? {
        guard let scalar = scalar(key) else { return nil }
        let lowered = scalar.text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
              scalar.text.count > 8, !scalar.text.contains(where: { $0.isWhitespace })
        else {
            error(scalar.mark, "'\(key)' must be an http:// or https:// address without spaces, found '\(scalar.text)'")
            return nil
        }
        return scalar.text
    }
}

/// The id rule: lowercase ASCII letters, digits, `-` and `.`, starting with a letter or digit.
public enum IDRule {
    /// Longest id accepted.
    public static let maxLength = 128

    /// Why `text` is not a valid id, or nil when it is.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "an id cannot be empty" }
        if text.utf8.count > maxLength { return "ids are at most \(maxLength) characters" }
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E })
        else { return "ids use only lowercase letters a-z, digits, '-' and '.'" }
        guard bytes[0] != 0x2D && bytes[0] != 0x2E else { return "ids start with a letter or a digit" }
        return nil
    }
}
