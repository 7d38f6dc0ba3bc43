/// Writes a `DOTGraph` as DOT text: nodes, clusters and edges sorted, attributes sorted by
/// name, every value quoted and escaped for where it goes.
public enum DOTEncoder {
    /// The DOT text of `graph`.
    public static func encode(_ graph: DOTGraph) -> String {
        var out = "digraph interco {\n"
        out += "  graph " + attributeList(graph.attributes) + ";\n"
        out += "  node " + attributeList(graph.nodeDefaults) + ";\n"
        out += "  edge " + attributeList(graph.edgeDefaults) + ";\n"
        write(graph.top, into: &out, indent: "  ")
        // Sorting whole statements makes the text independent of the order records came in,
        // even when two share an id (an invalid model must still encode deterministically).
        let edges = graph.edges.map { "  " + quoted($0.from) + " -> " + quoted($0.to) + " " + attributeList($0.attributes) + ";\n" }
        for edge in zip(graph.edges, edges).sorted(by: { ($0.0.from, $0.0.to, $0.0.key, $0.1) < ($1.0.from, $1.0.to, $1.0.key, $1.1) }) {
            out += edge.1
        }
        return out + "}\n"
    }

    private static func write(_ cluster: DOTGraph.Cluster, into out: inout String, indent: String) {
        let nodes = cluster.nodes.map { (id: $0.id, text: indent + quoted($0.id) + " " + attributeList($0.attributes) + ";\n") }
        for node in nodes.sorted(by: { ($0.id, $0.text) < ($1.id, $1.text) }) { out += node.text }
        let clusters = cluster.clusters.map { child -> (id: String, text: String) in
            var text = indent + "subgraph " + quoted("cluster_" + child.id) + " {\n"
            text += indent + "  graph " + attributeList(child.attributes) + ";\n"
            write(child, into: &text, indent: indent + "  ")
            return (child.id, text + indent + "}\n")
        }
        for child in clusters.sorted(by: { ($0.id, $0.text) < ($1.id, $1.text) }) { out += child.text }
    }

    static func attributeList(_ attributes: [String: DOTGraph.Value]) -> String {
        "[" + attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\(value($0.value))" }.joined(separator: ", ") + "]"
    }

    static func value(_ value: DOTGraph.Value) -> String {
        switch value {
        case .label(let text): return quoted(escapeText(text, backslash: "\\\\", lineBreak: "\\n"))
        case .tooltip(let text): return quoted(escapeText(text, backslash: "\\\\\\\\", lineBreak: "&#10;"))
        case .html(let markup): return "<" + markup + ">"
        case .url(let url): return quoted(url)
        case .token(let token): return quoted(token)
        }
    }

    /// A DOT quoted string. Graphviz's lexer reads `\"` as an escaped quote even after another
    /// backslash, so a value ending in a backslash gets a space before the closing quote.
    static func quoted(_ text: String) -> String {
        let body = text.replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + body + (body.hasSuffix("\\") ? " " : "") + "\""
    }

    /// User text for a label or tooltip. Graphviz decodes entities when it reads the DOT text and
    /// expands `\N`, `\G`, `\l`… afterwards, so a backslash is written as `backslash` (two in a
    /// label, four in a tooltip, measured on 2.42), `"` as `&quot;`, and `&`, `<`, `>` as entities.
    /// Line breaks (LF, CR, CRLF) become `lineBreak`; every other unsafe scalar is shown escaped
    /// by `SafeText` (`\u{202E}`), its backslash written like any other.
    static func escapeText(_ text: String, backslash: String, lineBreak: String) -> String {
        var out = ""
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                out += lineBreak
                continue
            }
            for scalar in SafeText.escaped(String(character), limit: nil).unicodeScalars {
                switch scalar {
                case "\\": out += backslash
                case "\"": out += "&quot;"
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Text for inside an HTML-like label built by interco: XML escapes, line breaks as `<br/>`.
    public static func xmlEscape(_ text: String) -> String {
        escapeText(text, backslash: "\\", lineBreak: "<br/>")
    }
}

/// Links that are safe to put in a diagram: http(s) only, percent-encoded, `&` as `&amp;`,
/// because Graphviz copies `URL` values into the SVG's `xlink:href` unchanged.
public enum SafeURL {
    /// The encoded link, or nil when `text` is not an http(s) url.
    public static func sanitize(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$()*+,;=%".unicodeScalars)
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80 && allowed.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if byte == UInt8(ascii: "&") {
                out += "&amp;"
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}
