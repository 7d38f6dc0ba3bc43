/// A value whose default is one word: fields most entries leave empty live out of line, so that
/// a million-entry model does not carry their empty bytes in every entry.
///
/// The storage is immutable and replaced on every change, so the value semantics are those of a
/// plain struct.
struct OutOfLine<Value: Hashable & Sendable & DefaultInitializable>: Hashable, Sendable {
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// nil when the value is its default.
    private var storage: Storage?

    init(_ value: Value) {
        self.value = value
    }

    var value: Value {
        get { storage?.value ?? Value() }
        set { storage = newValue == Value() ? nil : Storage(newValue) }
    }

    /// True when the value is its default.
    var isDefault: Bool { storage == nil }

    static func == (left: OutOfLine, right: OutOfLine) -> Bool { left.value == right.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// A value with an empty default, `init()`.
protocol DefaultInitializable {
    init()
}
