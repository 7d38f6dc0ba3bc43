/// One step of a path. Every hop explains itself: `PathExplanation` turns it into the record,
/// basis, dates, status and sources that justify it.
public enum Hop: Hashable, Sendable {
    /// The path's actor holds the file.
    case holds(file: Int)
    /// A right of the current actor, to a file or an actor.
    case right(Int)
    /// The file is held by the actor a right reached (a right to an actor gives its files).
    case heldBy(file: Int, actor: Int)
    /// Data copied into the current file from another one (followed backwards, to the source).
    case flow(Int)
}

/// A path from an actor to some personal data: the hops, and the categories it reaches.
public struct AccessPath: Hashable, Sendable {
    /// The actor the path starts from.
    public var actor: Int
    /// The hops, in order.
    public var hops: [Hop]
    /// The categories reached at the end, normalised.
    public var reached: [Int]
    /// Number of rights used (holding a file uses none).
    public var rights: Int { hops.reduce(0) { if case .right = $1 { $0 + 1 } else { $0 } } }
}

/// The four kinds of hop, with the stable codes JSON uses.
public enum HopKind: String, Sendable, Hashable, CaseIterable {
    /// The path's actor holds the file.
    case holds
    /// A right.
    case right
    /// A file held by the actor a right reached.
    case heldBy = "held-by"
    /// A flow, followed from the file data arrives in to the file it comes from.
    case flow
}

extension Hop {
    /// The hop's kind.
    public var kind: HopKind {
        switch self {
        case .holds: .holds
        case .right: .right
        case .heldBy: .heldBy
        case .flow: .flow
        }
    }
}
