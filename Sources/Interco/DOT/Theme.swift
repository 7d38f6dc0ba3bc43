
/// Colours, shapes and pen styles of diagrams, read from a YAML theme (`render/themes/`).
///
/// Every key and value is checked against a closed list: a theme can restyle a diagram but can
/// never make Graphviz read a file (`image`, `shapefile`, `fontpath`, `stylesheet` are not
/// expressible).
public struct Theme: Sendable, Hashable {
    /// The code of every problem with a theme file (documented in docs/model-format.md).
    public static let diagnosticCode: Diagnostic.Code = "invalid-theme"

    /// The style of one kind of node or edge.
    public struct Style: Sendable, Hashable {
        /// Fill colour (`#rrggbb`).
        public var fill: String?
        /// Line or text colour.
        public var color: String?
        /// Node shape.
        public var shape: String?
        /// Pen style (`solid`, `dashed`, `dotted`, `bold`).
        public var style: String?
        /// Pen width.
        public var penwidth: String?
        /// Arrow head.
        public var arrowhead: String?
        /// A word added to labels (a censured right is marked "✗ censuré").
        public var mark: String?
    }

    /// Theme name.
    public var name: String
    /// Font family.
    public var font: String
    /// Font size in points.
    public var fontSize: String
    /// Background colour.
    public var background: String
    /// Style of actor clusters.
    public var cluster: Style
    /// Style per actor kind.
    public var actorKinds: [ActorKind: Style]
    /// Style per file kind; `nil` key is files without a kind.
    public var fileKinds: [FileKind?: Style]
    /// Style per right kind.
    public var rightKinds: [RightKind: Style]
    /// Style of flows.
    public var flow: Style
    /// Style per status (pen styles, so that they survive grey print).
    public var statuses: [Status: Style]
    /// Style of data-category nodes.
    public var category: Style
    /// Style of what a query view highlights.
    public var highlight: Style

    /// True when every colour of the theme is a grey, so that nothing may be told by hue.
    public var isGreyscale: Bool {
        let styles = [cluster, flow, category, highlight] + Array(actorKinds.values) + Array(fileKinds.values)
            + Array(rightKinds.values) + Array(statuses.values)
        return ([background] + styles.flatMap { [$0.fill, $0.color].compactMap { $0 } }).allSatisfy { colour in
            let hex = colour.dropFirst()
            return hex.count == 6 && hex.prefix(2) == hex.dropFirst(2).prefix(2) && hex.prefix(2) == hex.suffix(2)
        }
    }

    /// Built-in theme names.
    public static var builtInNames: [String] {
        Embedded.themes.map { String($0.path.split(separator: "/").last!.split(separator: ".").first!) }.sorted()
    }

    /// Loads a built-in theme by name, or a theme file by path.
    public static func load(_ nameOrPath: String) -> Result<Theme, Diagnostic> {
        if let entry = Embedded.themes.first(where: { $0.path.hasSuffix("/\(nameOrPath).yaml") }) {
            return parse(entry.text, path: entry.path)
        }
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") else {
            return .failure(Diagnostic(.error, Theme.diagnosticCode, at: SourceLocation(file: nameOrPath, line: 0, column: 0),
                                       "no built-in theme of that name (\(builtInNames.joined(separator: ", "))) and no readable theme file"))
        }
        // Read as model files are: a FIFO or a device is refused at once, never waited on.
        switch ModelFiles.readFile(nameOrPath) {
        case .failure(let problem): return .failure(problem)
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(Diagnostic(.error, Theme.diagnosticCode, at: SourceLocation(file: nameOrPath, line: 0, column: 0),
                                           "the theme file is not UTF-8 text"))
            }
            return parse(text, path: nameOrPath)
        }
    }

    /// Parses theme YAML; every problem is positioned.
    public static func parse(_ text: String, path: String) -> Result<Theme, Diagnostic> {
        func fail(_ mark: YAMLMark?, _ message: String) -> Result<Theme, Diagnostic> {
            .failure(Diagnostic(.error, Theme.diagnosticCode, at: SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1), message))
        }
        let bytes = Array(text.utf8)
        let read: Result<YAMLNode?, YAMLEventReader.Failure> = bytes.withUnsafeBufferPointer { buffer in
            if let problem = TextCheck.firstProblem(in: buffer) {
                return .failure(.init(mark: problem.mark, code: problem.code, message: problem.message))
            }
            do throws(YAMLEventReader.Failure) {
                return .success(try YAMLEventReader().document(buffer))
            } catch {
                return .failure(error)
            }
        }
        let root: YAMLNode
        switch read {
        case .success(let node?) where !node.isNull: root = node
        case .success: return fail(nil, "the theme is empty")
        case .failure(let failure): return fail(failure.mark, failure.message)
        }
        var reader = ThemeReader(path: path)
        let theme = reader.theme(root)
        if let problem = reader.problem { return .failure(problem) }
        return .success(theme!)
    }
}

/// Reads and checks theme nodes, stopping at the first problem.
private struct ThemeReader {
    let path: String
    var problem: Diagnostic?

    static let shapes: Set<String> = ["box", "box3d", "cylinder", "folder", "note", "tab", "component", "hexagon",
                                      "ellipse", "oval", "octagon", "house", "parallelogram", "rect", "rectangle",
                                      "square", "circle", "diamond", "plaintext", "plain", "underline", "cds"]
    static let styles: Set<String> = ["solid", "dashed", "dotted", "bold"]
    static let arrows: Set<String> = ["normal", "empty", "tee", "dot", "odot", "vee", "diamond", "odiamond", "box",
                                      "obox", "inv", "none", "open"]

    mutating func fail(_ node: YAMLNode, _ message: String) {
        if problem == nil {
            problem = Diagnostic(.error, Theme.diagnosticCode, at: SourceLocation(file: path, line: node.mark.line, column: node.mark.column), message)
        }
    }

    func pairs(_ node: YAMLNode) -> [(String, YAMLNode)]? {
        guard case .mapping(let pairs, _) = node else { return nil }
        return pairs.map { ($0.key.string ?? "", $0.value) }
    }

    mutating func theme(_ root: YAMLNode) -> Theme? {
        guard let top = pairs(root) else { fail(root, "a theme is a mapping of settings"); return nil }
        var theme = Theme(name: "custom", font: "DejaVu Sans", fontSize: "10", background: "#ffffff", cluster: .init(),
                          actorKinds: [:], fileKinds: [:], rightKinds: [:], flow: .init(), statuses: [:],
                          category: .init(), highlight: .init(color: "#e6550d", penwidth: "3"))
        for (key, value) in top {
            switch key {
            case "name": theme.name = text(value) ?? theme.name
            case "font":
                if let font = text(value), font.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) {
                    theme.font = font
                } else { fail(value, "'font' must be a font family name (letters, digits, spaces, '-')") }
            case "font_size": theme.fontSize = number(value) ?? theme.fontSize
            case "background": theme.background = colour(value) ?? theme.background
            case "cluster": theme.cluster = style(value)
            case "flow": theme.flow = style(value)
            case "category": theme.category = style(value)
            case "highlight": theme.highlight = style(value)
            case "actor_kinds": theme.actorKinds = table(value)
            case "right_kinds": theme.rightKinds = table(value)
            case "statuses": theme.statuses = table(value)
            case "file_kinds":
                for (name, styleNode) in pairs(value) ?? [] {
                    if name == "unknown" { theme.fileKinds[nil] = style(styleNode); continue }
                    guard let kind = FileKind(rawValue: name) else { fail(value, "unknown file kind '\(SafeText.escaped(name))' in theme"); continue }
                    theme.fileKinds[kind] = style(styleNode)
                }
            default:
                let known = ["name", "font", "font_size", "background", "cluster", "flow", "category", "highlight",
                             "actor_kinds", "right_kinds", "statuses", "file_kinds"]
                fail(value, "unknown theme key '\(SafeText.escaped(key))'\(Suggestion.phrase(for: key, in: known))")
            }
        }
        return theme
    }

    mutating func table<V: Vocabulary>(_ node: YAMLNode) -> [V: Theme.Style] {
        var result: [V: Theme.Style] = [:]
        guard let entries = pairs(node) else { fail(node, "expected a mapping of \(V.vocabularyName) to style"); return result }
        for (name, value) in entries {
            guard let key = V(rawValue: name) else {
                fail(value, "unknown \(V.vocabularyName) '\(SafeText.escaped(name))' in theme\(Suggestion.phrase(for: name, in: V.allCases.map(\.rawValue)))")
                continue
            }
            result[key] = style(value)
        }
        return result
    }

    mutating func style(_ node: YAMLNode) -> Theme.Style {
        var style = Theme.Style()
        guard let entries = pairs(node) else { fail(node, "a style is a mapping such as {fill: \"#ffffff\", shape: box}"); return style }
        for (key, value) in entries {
            switch key {
            case "fill": style.fill = colour(value)
            case "color": style.color = colour(value)
            case "shape": style.shape = member(value, of: Self.shapes, "shape")
            case "style": style.style = member(value, of: Self.styles, "pen style")
            case "arrowhead": style.arrowhead = member(value, of: Self.arrows, "arrow head")
            case "penwidth": style.penwidth = number(value)
            case "mark": style.mark = text(value)
            default: fail(value, "unknown style key '\(SafeText.escaped(key))'; allowed: fill, color, shape, style, arrowhead, penwidth, mark")
            }
        }
        return style
    }

    mutating func text(_ node: YAMLNode) -> String? {
        guard let value = node.string else { fail(node, "expected text"); return nil }
        return value
    }

    mutating func colour(_ node: YAMLNode) -> String? {
        guard let value = node.string, value.count == 7, value.hasPrefix("#"), value.dropFirst().allSatisfy(\.isHexDigit) else {
            fail(node, "colours are written #rrggbb")
            return nil
        }
        return value.lowercased()
    }

    mutating func number(_ node: YAMLNode) -> String? {
        guard let value = node.string, let number = Double(value), number > 0, number <= 100 else {
            fail(node, "expected a positive number")
            return nil
        }
        return value
    }

    mutating func member(_ node: YAMLNode, of allowed: Set<String>, _ what: String) -> String? {
        guard let value = node.string, allowed.contains(value) else {
            fail(node, "unknown \(what) '\(SafeText.escaped(node.string ?? ""))'; allowed: \(allowed.sorted().joined(separator: ", "))")
            return nil
        }
        return value
    }
}
