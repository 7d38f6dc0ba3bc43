/// Gives a Graphviz SVG the titles people read: the document's `<title>` is the diagram's
/// title, and each node's, cluster's and edge's `<title>` (which Graphviz fills with internal
/// ids such as `cluster_actor:cnaf`) is the name `DOTGraph.names` gives it. Text goes through
/// `Markup.escaped`; a title with no name is left as Graphviz wrote it.
public enum SVGTitles {
    /// `svg` with its titles replaced.
    public static func apply(to svg: String, title: String, names: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count + 256)
        var rest = Substring(svg)
        var first = true
        // The document title: the first child of the root element.
        if let open = rest.range(of: "<svg"), let end = rest[open.upperBound...].range(of: ">") {
            out += rest[..<end.upperBound]
            out += "\n<title>" + Markup.escaped(title) + "</title>"
            rest = rest[end.upperBound...]
        }
        while let start = rest.range(of: "<title>"), let end = rest[start.upperBound...].range(of: "</title>") {
            out += rest[..<start.upperBound]
            let raw = String(rest[start.upperBound..<end.lowerBound])
            if first {
                out += Markup.escaped(title)
                first = false
            } else if let name = names[unescaped(raw)] {
                out += Markup.escaped(name)
            } else {
                out += raw
            }
            out += "</title>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// Graphviz's XML escapes undone: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric
    /// references (it writes `-` as `&#45;`).
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = String(after[after.index(after: amp)..<semicolon])
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[entity] {
                out += value
            } else if entity.hasPrefix("#"), let code = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                        : UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "&" + entity + ";"
            }
            rest = after[after.index(after: semicolon)...]
        }
        return out + rest
    }
}
