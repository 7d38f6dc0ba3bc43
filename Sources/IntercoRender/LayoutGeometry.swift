import Foundation

/// What a page fit needs from a Graphviz layout: the drawing's size and its smallest text, read
/// from Graphviz's own `json` output (the `F` font operations that precede each text).
public struct LayoutGeometry: Sendable, Equatable {
    /// Width and height of the drawing, in points.
    public var width: Double
    public var height: Double
    /// The smallest font size any drawn text uses, in points (0 when there is no text).
    public var smallestText: Double

    /// Reads Graphviz's `json` output; nil when it is not that.
    public init?(json: Data) {
        guard let root = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
              let box = (root["bb"] as? String)?.split(separator: ",").compactMap({ Double($0) }), box.count == 4 else { return nil }
        width = box[2] - box[0]
        height = box[3] - box[1]
        var smallest = Double.infinity
        func scan(_ object: [String: Any]) {
            for key in ["_draw_", "_ldraw_", "_hldraw_", "_tldraw_", "_hdraw_", "_tdraw_"] {
                var size: Double?
                for operation in object[key] as? [[String: Any]] ?? [] {
                    if operation["op"] as? String == "F" { size = operation["size"] as? Double }
                    if operation["op"] as? String == "T", let size, let text = operation["text"] as? String,
                       !text.trimmingCharacters(in: .whitespaces).isEmpty {
                        smallest = min(smallest, size)
                    }
                }
            }
        }
        scan(root)
        for key in ["objects", "edges"] { (root[key] as? [[String: Any]] ?? []).forEach(scan) }
        smallestText = smallest.isFinite ? smallest : 0
    }
}
