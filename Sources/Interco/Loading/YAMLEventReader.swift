import CLibYAML

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
        /// The rule.
        public var code: Diagnostic.Code
        /// What.
        public var message: String
        /// Other places involved (where an unclosed quote starts).
        public var notes: [Note] = []

        /// Another place a failure involves.
        public struct Note: Equatable, Sendable {
            /// Where.
            public var mark: YAMLMark
            /// What is there.
            public var message: String
        }
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
            throw Failure(mark: YAMLMark(line: 1, column: 1), code: ParserRule.code,
                          message: "the YAML parser could not start (out of memory)")
        }
        defer { yaml_parser_delete(&parser) }
        if let base = bytes.baseAddress {
            yaml_parser_set_input_string(&parser, base, bytes.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var stream = EventStream(parser: &parser, limits: limits, bytes: bytes)
        try stream.readStream(consume)
    }

    /// The first document of `bytes` (checked as UTF-8) as one node tree, nil when there is
    /// none: for small files such as themes, not for models.
    public func document(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(mark: YAMLMark(line: 1, column: 1), code: ParserRule.code,
                          message: "the YAML parser could not start (out of memory)")
        }
        defer { yaml_parser_delete(&parser) }
        var empty: UInt8 = 0
        if let base = bytes.baseAddress {
            yaml_parser_set_input_string(&parser, base, bytes.count)
        } else {
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var stream = EventStream(parser: &parser, limits: limits, bytes: bytes)
        return try stream.readDocument()
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
    /// The text, to read the line of a syntax error for its hint.
    let bytes: UnsafeBufferPointer<UInt8>
    var anchors: [String: YAMLNode] = [:]
    var aliasBudget: Int

    init(parser: UnsafeMutablePointer<yaml_parser_t>, limits: ReadingLimits, bytes: UnsafeBufferPointer<UInt8>) {
        self.parser = parser
        self.limits = limits
        self.bytes = bytes
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
            return .init(mark: Self.nestingMark(p), code: NestingRule.code, message: NestingRule.message(depth: limits.maxDepth))
        }
        let context = p.context.map { String(cString: $0) }
        let message = SyntaxRule.message(context: context, problem: problem, line: SourceLines.line(mark.line, in: bytes),
                                         column: mark.column)
        var failure = YAMLEventReader.Failure(mark: mark, code: SyntaxRule.code, message: message)
        let contextMark = YAMLMark(line: Int(p.context_mark.line) + 1, column: Int(p.context_mark.column) + 1)
        if let context, contextMark != mark, p.context_mark.line > 0 || p.context_mark.column > 0 {
            failure.notes = [.init(mark: contextMark, message: SyntaxRule.contextNote(context))]
        }
        return failure
    }

    /// libyaml reports its nesting error at the context mark, where the too-deep collection starts.
    static func nestingMark(_ parser: yaml_parser_t) -> YAMLMark {
        let mark = parser.context_mark.line > 0 || parser.context_mark.column > 0 ? parser.context_mark : parser.problem_mark
        return YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    mutating func readDocument() throws(YAMLEventReader.Failure) -> YAMLNode? {
        _ = try next()  // stream start
        let start = try next()
        if start.type == YAML_STREAM_END_EVENT { return nil }
        return try node(from: try next(), depth: 1)
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
            throw .init(mark: event.mark, code: NestingRule.code, message: NestingRule.message(depth: limits.maxDepth))
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
                throw .init(mark: event.mark, code: AliasRule.undefinedCode, message: AliasRule.undefined(name))
            }
            aliasBudget -= target.size
            guard aliasBudget >= 0 else {
                throw .init(mark: event.mark, code: AliasRule.limitCode, message: AliasRule.overLimit(limits.maxAliasExpansion))
            }
            return target
        default:
            throw .init(mark: event.mark, code: ParserRule.code, message: "unexpected YAML event")
        }
        if let anchor = event.anchor { anchors[anchor] = result }
        return result
    }
}
