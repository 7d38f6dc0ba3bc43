import Testing
import Foundation

/// Boxes of a Graphviz `json` layout, computed here from Graphviz's own numbers (node `pos`,
/// `width`, `height`; cluster `lp`, `lwidth`, `lheight`; the text operations of each edge's
/// `_ldraw_`; the edge's spline in `_draw_`), so that tests can say whether labels overlap.
struct LayoutBoxes {
    struct Box {
        var x0, y0, x1, y1: Double
        func overlaps(_ other: Box, slack: Double = 0.5) -> Bool {
            x0 < other.x1 - slack && other.x0 < x1 - slack && y0 < other.y1 - slack && other.y0 < y1 - slack
        }
        func distance(to point: (Double, Double)) -> Double {
            let dx = max(x0 - point.0, 0, point.0 - x1), dy = max(y0 - point.1, 0, point.1 - y1)
            return (dx * dx + dy * dy).squareRoot()
        }
    }
    struct EdgeLabel {
        var edge: String
        var box: Box
        var curve: [(Double, Double)]
    }

    var nodes: [(name: String, box: Box)] = []
    var clusterLabels: [(name: String, box: Box)] = []
    var edgeLabels: [EdgeLabel] = []
    var width = 0.0, height = 0.0

    init(json: Data) throws {
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let bb = ((root["bb"] as? String) ?? "").split(separator: ",").compactMap { Double($0) }
        if bb.count == 4 { (width, height) = (bb[2] - bb[0], bb[3] - bb[1]) }
        func numbers(_ value: Any?) -> [Double] { ((value as? String) ?? "").split(separator: ",").compactMap { Double($0) } }
        func double(_ value: Any?) -> Double? { (value as? String).flatMap(Double.init) }
        let objects = root["objects"] as? [[String: Any]] ?? []
        for object in objects {
            let name = object["name"] as? String ?? ""
            let lp = numbers(object["lp"])
            if object["nodes"] != nil || object["bb"] != nil {
                if lp.count == 2, let w = double(object["lwidth"]), let h = double(object["lheight"]) {
                    clusterLabels.append((name, Box(x0: lp[0] - w * 36, y0: lp[1] - h * 36, x1: lp[0] + w * 36, y1: lp[1] + h * 36)))
                }
                continue
            }
            let pos = numbers(object["pos"])
            guard pos.count == 2, object["shape"] as? String != "point", object["style"] as? String != "invis",
                  let w = double(object["width"]), let h = double(object["height"]) else { continue }
            nodes.append((name, Box(x0: pos[0] - w * 36, y0: pos[1] - h * 36, x1: pos[0] + w * 36, y1: pos[1] + h * 36)))
        }
        for edge in root["edges"] as? [[String: Any]] ?? [] {
            var size = 10.0
            var texts: [Box] = []
            for operation in edge["_ldraw_"] as? [[String: Any]] ?? [] {
                if operation["op"] as? String == "F" { size = operation["size"] as? Double ?? size }
                guard operation["op"] as? String == "T", let point = operation["pt"] as? [Double],
                      let width = operation["width"] as? Double else { continue }
                let left = switch operation["align"] as? String { case "l": point[0]; case "r": point[0] - width; default: point[0] - width / 2 }
                texts.append(Box(x0: left, y0: point[1] - size * 0.25, x1: left + width, y1: point[1] + size * 0.9))
            }
            guard let first = texts.first else { continue }
            let box = texts.dropFirst().reduce(first) { Box(x0: min($0.x0, $1.x0), y0: min($0.y0, $1.y0), x1: max($0.x1, $1.x1), y1: max($0.y1, $1.y1)) }
            var curve: [(Double, Double)] = []
            for operation in edge["_draw_"] as? [[String: Any]] ?? [] where ["b", "B"].contains(operation["op"] as? String) {
                let points = (operation["points"] as? [[Double]] ?? []).filter { $0.count == 2 }
                var start = 0
                while start + 3 < points.count {
                    let (a, b, c, d) = (points[start], points[start + 1], points[start + 2], points[start + 3])
                    for step in 0...20 {
                        let t = Double(step) / 20, u = 1 - t
                        curve.append((u * u * u * a[0] + 3 * u * u * t * b[0] + 3 * u * t * t * c[0] + t * t * t * d[0],
                                      u * u * u * a[1] + 3 * u * u * t * b[1] + 3 * u * t * t * c[1] + t * t * t * d[1]))
                    }
                    start += 3
                }
            }
            let tail = (edge["tail"] as? Int).flatMap { objects.indices.contains($0) ? objects[$0]["name"] as? String : nil } ?? "?"
            let head = (edge["head"] as? Int).flatMap { objects.indices.contains($0) ? objects[$0]["name"] as? String : nil } ?? "?"
            edgeLabels.append(EdgeLabel(edge: tail + " -> " + head, box: box, curve: curve))
        }
    }

    /// Every overlap of an edge label with a node, a cluster's label or another edge label.
    var overlaps: [String] {
        var found: [String] = []
        for (number, label) in edgeLabels.enumerated() {
            for node in nodes where label.box.overlaps(node.box) { found.append("label of \(label.edge) on node \(node.name)") }
            for cluster in clusterLabels where label.box.overlaps(cluster.box) { found.append("label of \(label.edge) on the title of \(cluster.name)") }
            for other in edgeLabels[(number + 1)...] where label.box.overlaps(other.box) {
                found.append("label of \(label.edge) on label of \(other.edge)")
            }
        }
        return found
    }

    /// Edge labels farther than `limit` points from their own edge.
    func labelsAway(beyond limit: Double) -> [String] {
        edgeLabels.compactMap { label in
            let distance = label.curve.map { label.box.distance(to: $0) }.min() ?? .infinity
            return distance > limit ? "label of \(label.edge) is \(Int(distance)) pt from its edge" : nil
        }
    }
}
