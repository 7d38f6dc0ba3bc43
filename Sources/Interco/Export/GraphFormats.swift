/// The graph exchange formats `interco export` writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// GraphML (yEd, Gephi, networkx `read_graphml`, igraph).
    case graphml
    /// GEXF 1.2 (Gephi, networkx `read_gexf`), with `start`/`end` dates for Gephi's timeline.
    case gexf
    /// Node-link JSON (networkx `node_link_graph`, D3).
    case json
    /// A Cypher script for Neo4j: one statement a line.
    case cypher

    /// The text of `graph` in this format; deterministic.
    public func encode(_ graph: PropertyGraph) -> String {
        switch self {
        case .graphml: GraphMLWriter.encode(graph)
        case .gexf: GEXFWriter.encode(graph)
        case .json: NodeLinkWriter.encode(graph)
        case .cypher: CypherWriter.encode(graph)
        }
    }
}

/// Text for XML character data and attribute values. XML 1.0 cannot carry most control characters
/// at all (not even as references): they are written as `SafeText` shows them.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if SafeText.isUnsafe(scalar) {
                    out += SafeText.escaped(String(scalar), limit: nil)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

extension PropertyGraph.Value {
    /// The value as one string, for formats without lists: items joined by "; ".
    var joined: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .texts(let texts): texts.joined(separator: "; ")
        }
    }
}

/// GraphML with one `<key>` per attribute name (lists joined by "; ").
enum GraphMLWriter {
    static func encode(_ graph: PropertyGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let nodeKeys = graph.schema(ofEdges: false), edgeKeys = graph.schema(ofEdges: true)
        var nodeKeyID: [String: String] = [:], edgeKeyID: [String: String] = [:]
        out += "  <key id=\"label\" for=\"all\" attr.name=\"label\" attr.type=\"string\"/>\n"
        for (number, key) in nodeKeys.enumerated() {
            nodeKeyID[key.name] = "n\(number)"
            out += "  <key id=\"n\(number)\" for=\"node\" attr.name=\"\(XMLText.escape(key.name))\" "
                + "attr.type=\"\(key.isFlag ? "boolean" : "string")\"/>\n"
        }
        for (number, key) in edgeKeys.enumerated() {
            edgeKeyID[key.name] = "e\(number)"
            out += "  <key id=\"e\(number)\" for=\"edge\" attr.name=\"\(XMLText.escape(key.name))\" "
                + "attr.type=\"\(key.isFlag ? "boolean" : "string")\"/>\n"
        }
        out += "  <graph id=\"interco\" edgedefault=\"directed\">\n"
        func data(_ key: String, _ value: String) -> String {
            "      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n"
        }
        for node in graph.nodes {
            out += "    <node id=\"\(XMLText.escape(node.id))\">\n" + data("label", node.label)
            for attribute in node.attributes { out += data(nodeKeyID[attribute.name]!, attribute.value.joined) }
            out += "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge id=\"\(XMLText.escape(edge.id))\" source=\"\(XMLText.escape(edge.source))\" "
                + "target=\"\(XMLText.escape(edge.target))\">\n" + data("label", edge.label)
            for attribute in edge.attributes { out += data(edgeKeyID[attribute.name]!, attribute.value.joined) }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }
}

/// GEXF 1.2 (the version networkx reads), dynamic with dates so that Gephi's timeline plays the
/// map's history; lists joined by "; ".
enum GEXFWriter {
    static func encode(_ graph: PropertyGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta><creator>interco</creator></meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">

            """
        let nodeKeys = graph.schema(ofEdges: false), edgeKeys = graph.schema(ofEdges: true)
        var nodeKeyID: [String: Int] = [:], edgeKeyID: [String: Int] = [:]
        func attributes(_ keys: [(name: String, isList: Bool, isFlag: Bool)], `class`: String, into ids: inout [String: Int]) {
            out += "    <attributes class=\"\(`class`)\">\n"
            for (number, key) in keys.enumerated() {
                ids[key.name] = number
                out += "      <attribute id=\"\(number)\" title=\"\(XMLText.escape(key.name))\" "
                    + "type=\"\(key.isFlag ? "boolean" : "string")\"/>\n"
            }
            out += "    </attributes>\n"
        }
        attributes(nodeKeys, class: "node", into: &nodeKeyID)
        attributes(edgeKeys, class: "edge", into: &edgeKeyID)
        func dates(_ start: String?, _ end: String?) -> String {
            (start.map { " start=\"\($0)\"" } ?? "") + (end.map { " endopen=\"\($0)\"" } ?? "")
        }
        func values(_ list: [PropertyGraph.Attribute], _ ids: [String: Int]) -> String {
            guard !list.isEmpty else { return "" }
            return "        <attvalues>\n"
                + list.map { "          <attvalue for=\"\(ids[$0.name]!)\" value=\"\(XMLText.escape($0.value.joined))\"/>\n" }.joined()
                + "        </attvalues>\n"
        }
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.escape(node.id))\" label=\"\(XMLText.escape(node.label))\"\(dates(node.start, node.end))>\n"
                + values(node.attributes, nodeKeyID) + "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in graph.edges {
            out += "      <edge id=\"\(XMLText.escape(edge.id))\" source=\"\(XMLText.escape(edge.source))\" "
                + "target=\"\(XMLText.escape(edge.target))\" label=\"\(XMLText.escape(edge.label))\"\(dates(edge.start, edge.end))>\n"
                + values(edge.attributes, edgeKeyID) + "      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }
}

/// networkx's node-link JSON (`node_link_graph(data, edges="links")`), which D3 reads too; lists stay
/// arrays.
enum NodeLinkWriter {
    static func encode(_ graph: PropertyGraph) -> String {
        func members(_ attributes: [PropertyGraph.Attribute]) -> [String: JSONValue] {
            var result: [String: JSONValue] = [:]
            for attribute in attributes {
                switch attribute.value {
                case .text(let text): result[attribute.name] = .string(text)
                case .flag(let flag): result[attribute.name] = .bool(flag)
                case .texts(let texts): result[attribute.name] = .texts(texts)
                }
            }
            return result
        }
        let nodes: [JSONValue] = graph.nodes.map { node in
            var object = members(node.attributes)
            object["id"] = .string(node.id)
            object["label"] = .string(node.label)
            return .object(object)
        }
        let links: [JSONValue] = graph.edges.map { edge in
            var object = members(edge.attributes)
            object["key"] = .string(edge.id)
            object["source"] = .string(edge.source)
            object["target"] = .string(edge.target)
            object["label"] = .string(edge.label)
            return .object(object)
        }
        return JSONValue.object([
            "directed": .bool(true), "multigraph": .bool(true),
            "graph": .object(["name": .string("interco"), "schema_version": .int(1)]),
            "nodes": .array(nodes), "links": .array(links),
        ]).rendered()
    }
}

/// A Cypher script for Neo4j: `CREATE` for every node (labels `Actor`, `File`, `Category`), then
/// `MATCH … CREATE` for every edge (types `HOLDS`, `RIGHT`, `FLOW`, `PART_OF`, `CONTAINS`,
/// `BROADER`), one statement a line, strings in single quotes with `\` and `'` escaped.
enum CypherWriter {
    static func encode(_ graph: PropertyGraph) -> String {
        var out = "// interco: the model as a property graph; load with cypher-shell < FILE\n"
        var labelOf: [String: String] = [:]
        for node in graph.nodes {
            let label = nodeLabel(node.type)
            labelOf[node.id] = label
            var properties = [("key", literal(.text(node.id))), ("label", literal(.text(node.label)))]
            properties += node.attributes.filter { $0.name != "type" }.map { ($0.name, literal($0.value)) }
            out += "CREATE (:\(label) {\(map(properties))});\n"
        }
        for edge in graph.edges {
            guard let from = labelOf[edge.source], let to = labelOf[edge.target] else { continue }
            var properties = [("key", literal(.text(edge.id)))]
            properties += edge.attributes.filter { $0.name != "type" }.map { ($0.name, literal($0.value)) }
            out += "MATCH (a:\(from) {key: \(literal(.text(edge.source)))}), (b:\(to) {key: \(literal(.text(edge.target)))}) "
                + "CREATE (a)-[:\(edgeType(edge.type)) {\(map(properties))}]->(b);\n"
        }
        return out
    }

    static func nodeLabel(_ type: String) -> String {
        switch type {
        case "actor": "Actor"
        case "file": "File"
        default: "Category"
        }
    }

    static func edgeType(_ type: String) -> String {
        type.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    private static func map(_ properties: [(String, String)]) -> String {
        properties.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
    }

    /// A Cypher literal: a string in single quotes, a boolean, or a list of strings.
    static func literal(_ value: PropertyGraph.Value) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .flag(let flag): flag ? "true" : "false"
        case .texts(let texts): "[" + texts.map(quoted).joined(separator: ", ") + "]"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if SafeText.isUnsafe(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + hex.leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }
}
