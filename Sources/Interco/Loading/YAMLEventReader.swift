import CYaml

/// Reads a YAML text as libyaml events and hands the model's sections over one item at a time.
///
/// This is the reading layer: it knows YAML, not the model. It never expands the whole document
/// into a tree (a 150 MB model streams through item by item), keeps every position, and enforces
/// `ReadingLimits` (depth, alias expansion) with errors of their own.
public struct YAMLEventReader {
    /// What the reader hands to its consumer, in document order.
    public enum Event: Sendable {
        /// A top-level key whose value is a list; its items follow as `.item`.
        case section(YAMLScalar)
        /// One item of the current section.
        case item(YAMLNode)
        /// A top-level key whose value is not a list.
        case sectionNotAList(YAMLNode, value: YAMLNode)
        /// A document whose top level is not a mapping.
        case topLevelNotAMapping(YAMLNode)
    }

    /// A problem that stops the reading of this text (syntax error, limit reached).
    public struct Failure: Error, Equatable, Sendable {
        /// Where.
        public var mark: YAMLMark
        /// What.
        public var message: String
    }

    let limits: ReadingLimits

    /// Creates a reader with the given limits.
    public init(limits: ReadingLimits = .standard) {
        self.limits = limits
    }

    /// Reads `bytes`, which must already be checked as UTF-8, calling `consume` for every event.
    public func read(_ bytes: UnsafeBufferPointer<UInt8>, _ consume: (Event) -> Void) throws(Failure) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(mark: YAMLMark(line: 1, column: 1), message: "the YAML parser could not start (out of memory)")
        }
        defer { yaml_parser_delete(&parser) }
        if let base = bytes.baseAddress {
            yaml_parser_set_input_string(&parser, base, bytes.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml's own nesting guard then agrees with ours, and fails before building anything.
        yaml_set_max_nest_level(Int32(clamping: limits.maxDepth))
        var stream = EventStream(parser: &parser, limits: limits)
        try stream.readStream(consume)
    }
}

/// One libyaml event copied into Swift values.
struct ParsedEvent {
    var type: yaml_event_type_t
    var mark: YAMLMark
    var anchor: String?
    var scalar: YAMLScalar?
}

/// Pulls events from libyaml and builds item trees by recursive descent, bounded by `maxDepth`.
private struct EventStream {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let limits: ReadingLimits
    var anchors: [String: YAMLNode] = [:]
    var aliasBudget: Int

    init(parser: UnsafeMutablePointer<yaml_parser_t>, limits: ReadingLimits) {
        self.parser = parser
        self.limits = limits
        self.aliasBudget = limits.maxAliasExpansion
    }

    mutating func next() throws(YAMLEventReader.Failure) -> ParsedEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxFailure() }
        defer { yaml_event_delete(&event) }
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        var parsed = ParsedEvent(type: event.type, mark: mark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            parsed.anchor = string(scalar.anchor)
            let text = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            } ?? ""
            parsed.scalar = YAMLScalar(text: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark: mark)
        case YAML_ALIAS_EVENT:
            parsed.anchor = string(event.data.alias.anchor)
        case YAML_SEQUENCE_START_EVENT:
            parsed.anchor = string(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT:
            parsed.anchor = string(event.data.mapping_start.anchor)
        default:
            break
        }
        return parsed
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private func syntaxFailure() -> YAMLEventReader.Failure {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "unknown problem"
        let mark = YAMLMark(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)
        if problem.hasPrefix("Maximum nesting level") {
            return .init(mark: Self.nestingMark(p), message: Self.nestingMessage(limits.maxDepth))
        }
        let context = p.context.map { String(cString: $0) + ", " } ?? ""
        return YAMLEventReader.Failure(mark: mark, message: "YAML syntax error: \(context)\(problem)")
    }

    static func nestingMessage(_ depth: Int) -> String {
        "nesting deeper than \(depth) levels (the nesting limit of model files; a model needs 4)"
    }

    /// libyaml reports its nesting error at the context mark, where the too-deep collection starts.
    static func nestingMark(_ parser: yaml_parser_t) -> YAMLMark {
        let mark = parser.context_mark.line > 0 || parser.context_mark.column > 0 ? parser.context_mark : parser.problem_mark
        return YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    mutating func readStream(_ consume: (YAMLEventReader.Event) -> Void) throws(YAMLEventReader.Failure) {
        _ = try next()  // stream start
        while true {
            let event = try next()
            if event.type == YAML_STREAM_END_EVENT { return }
            // event is a document start
            anchors.removeAll()
            let top = try next()
            if top.type == YAML_MAPPING_START_EVENT {
                try readSections(consume)
            } else {
                let node = try node(from: top, depth: 1)
                if case .scalar(let scalar) = node, scalar.isNull {
                    // An empty document is an empty model part.
                } else {
                    consume(.topLevelNotAMapping(node))
                }
            }
            _ = try next()  // document end
        }
    }

    private mutating func readSections(_ consume: (YAMLEventReader.Event) -> Void) throws(YAMLEventReader.Failure) {
        while true {
            let keyEvent = try next()
            if keyEvent.type == YAML_MAPPING_END_EVENT { return }
            let key = try node(from: keyEvent, depth: 2)
            let valueEvent = try next()
            guard case .scalar(let name) = key else {
                let value = try node(from: valueEvent, depth: 2)
                consume(.sectionNotAList(key, value: value))
                continue
            }
            if valueEvent.type == YAML_SEQUENCE_START_EVENT && valueEvent.anchor == nil {
                consume(.section(name))
                while true {
                    let itemEvent = try next()
                    if itemEvent.type == YAML_SEQUENCE_END_EVENT { break }
                    consume(.item(try node(from: itemEvent, depth: 3)))
                }
            } else {
                let value = try node(from: valueEvent, depth: 2)
                if case .sequence(let items, _) = value {
                    consume(.section(name))
                    for item in items { consume(.item(item)) }
                } else {
                    consume(.sectionNotAList(key, value: value))
                }
            }
        }
    }

    private mutating func node(from event: ParsedEvent, depth: Int) throws(YAMLEventReader.Failure) -> YAMLNode {
        guard depth <= limits.maxDepth else {
            throw .init(mark: event.mark, message: Self.nestingMessage(limits.maxDepth))
        }
        let result: YAMLNode
        switch event.type {
        case YAML_SCALAR_EVENT:
            result = .scalar(event.scalar!)
        case YAML_SEQUENCE_START_EVENT:
            var items: [YAMLNode] = []
            while true {
                let child = try next()
                if child.type == YAML_SEQUENCE_END_EVENT { break }
                items.append(try node(from: child, depth: depth + 1))
            }
            result = .sequence(items, event.mark)
        case YAML_MAPPING_START_EVENT:
            var pairs: [YAMLPair] = []
            while true {
                let keyEvent = try next()
                if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                let key = try node(from: keyEvent, depth: depth + 1)
                let value = try node(from: try next(), depth: depth + 1)
                pairs.append(YAMLPair(key: key, value: value))
            }
            result = .mapping(pairs, event.mark)
        case YAML_ALIAS_EVENT:
            let name = event.anchor ?? ""
            guard let target = anchors[name] else {
                throw .init(mark: event.mark, message: "alias '*\(name)' refers to no anchor defined before it")
            }
            aliasBudget -= target.size
            guard aliasBudget >= 0 else {
                throw .init(mark: event.mark,
                            message: "aliases expand to more than \(limits.maxAliasExpansion) nodes in this file "
                                + "(the alias expansion limit guards against alias bombs); write the values out")
            }
            return target
        default:
            throw .init(mark: event.mark, message: "unexpected YAML event")
        }
        if let anchor = event.anchor { anchors[anchor] = result }
        return result
    }
}
