import Interco

/// A model text whose expected positions are written inside it, as swift-format's tests do:
/// each marker (`1️⃣`, `2️⃣`…) is removed before parsing, and stands for the line and column
/// (in Unicode scalars) of the character that follows it.
struct MarkedText {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without its markers.
    let text: String
    /// Marker → (line, column).
    let positions: [String: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var positions: [String: (Int, Int)] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        outer: while let character = rest.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                positions[marker] = (line, column)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
        self.positions = positions
    }

    /// The input for the loader.
    func input(_ path: String) -> ModelLoader.Input {
        .init(path: path, bytes: Array(text.utf8))
    }

    /// `path:line:column` of `marker`.
    func place(_ marker: String, in path: String) -> String {
        let position = positions[marker]!
        return "\(path):\(position.line):\(position.column)"
    }
}
