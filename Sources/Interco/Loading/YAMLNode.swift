/// A position in one YAML text: 1-based line and column (Unicode scalars).
///
/// Kept as two integers rather than a `SourceLocation` so that nodes do not each carry a path.
public struct YAMLMark: Hashable, Sendable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a mark.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The full location in an interned file (no lookup: the builder interns each file once).
    public func location(in file: SourceFileID) -> SourceLocation {
        SourceLocation(fileID: file, line: line, column: column)
    }
}

/// A scalar as written: its text, whether it was plain (unquoted), and where it starts.
public struct YAMLScalar: Hashable, Sendable {
    /// The text of the scalar, escapes resolved.
    public var text: String
    /// True for a plain (unquoted, non-block) scalar; only plain scalars can mean null.
    public var isPlain: Bool
    /// Where the scalar starts.
    public var mark: YAMLMark

    /// Creates a scalar.
    public init(text: String, isPlain: Bool, mark: YAMLMark) {
        self.text = text
        self.isPlain = isPlain
        self.mark = mark
    }

    /// True for `~`, `null`, `Null`, `NULL` or nothing, written plain.
    public var isNull: Bool { isPlain && ["", "~", "null", "Null", "NULL"].contains(text) }
}

/// A YAML node with its position; every value the model reads keeps its line and column.
public enum YAMLNode: Sendable {
    /// A scalar.
    case scalar(YAMLScalar)
    /// A sequence and where it starts.
    case sequence([YAMLNode], YAMLMark)
    /// A mapping (keys in written order, duplicates kept so that rules can report them) and where it starts.
    case mapping([YAMLPair], YAMLMark)

    /// Where the node starts.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The text of a scalar that is not null; nil for null and for collections.
    public var string: String? {
        if case .scalar(let scalar) = self, !scalar.isNull { return scalar.text }
        return nil
    }

    /// True for a null scalar.
    public var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }

    /// "text", "a list" or "a mapping", for messages about wrong types.
    public var typeDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "nothing (null)" : "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// The number of nodes in this tree, what an alias to it costs to expand.
    public var size: Int {
        switch self {
        case .scalar: 1
        case .sequence(let items, _): items.reduce(1) { $0 + $1.size }
        case .mapping(let pairs, _): pairs.reduce(1) { $0 + $1.key.size + $1.value.size }
        }
    }
}

/// One entry of a YAML mapping.
public struct YAMLPair: Sendable {
    /// The key node.
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates an entry.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
