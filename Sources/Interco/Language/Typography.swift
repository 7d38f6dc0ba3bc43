/// French typography for the sentences interco writes (not for quoted legal text, which is shown
/// as its source writes it): a no-break space before `:` and `»` and after `«`, a narrow no-break
/// space before `;`, `!` and `?`.
public enum Typography {
    /// No-break space: before a colon and inside guillemets.
    public static let noBreakSpace: Character = "\u{00A0}"
    /// Narrow no-break space: before `;`, `!` and `?`.
    public static let narrowNoBreakSpace: Character = "\u{202F}"

    /// The colon between a word and what it introduces: ": " in English, "\u{A0}: " in French.
    public static func colon(_ language: Language) -> String { language == .fr ? "\u{A0}: " : ": " }

    /// `text` in quotation marks: « text » in French (no-break spaces inside), 'text' in English.
    public static func quoted(_ text: String, _ language: Language) -> String {
        language == .fr ? "«\u{A0}" + text + "\u{A0}»" : "'" + text + "'"
    }

    /// `text` with French spacing around its punctuation. A space already there is replaced, so
    /// applying it twice changes nothing; web addresses (`https://…?q=1`) and times or ratios
    /// (`12:30`) are left alone. In English the text is returned as is.
    public static func apply(_ text: String, _ language: Language) -> String {
        guard language == .fr else { return text }
        let characters = Array(text)
        var out: [Character] = []
        out.reserveCapacity(characters.count + 8)
        var afterOpeningGuillemet = false
        for (position, character) in characters.enumerated() {
            if afterOpeningGuillemet {
                if isSpace(character) { continue }
                out.append(noBreakSpace)
                afterOpeningGuillemet = false
            }
            switch character {
            case ":", ";", "!", "?", "»":
                let next = position + 1 < characters.count ? characters[position + 1] : nil
                let between = (out.last?.isNumber ?? false) && (next?.isNumber ?? false)
                if between || (character == ":" || character == "?") && endsInAddress(out) {
                    out.append(character)
                    continue
                }
                while let last = out.last, isSpace(last) { out.removeLast() }
                if let last = out.last, !last.isNewline {
                    out.append(character == ":" || character == "»" ? noBreakSpace : narrowNoBreakSpace)
                }
                out.append(character)
            case "«":
                out.append(character)
                afterOpeningGuillemet = true
            default:
                out.append(character)
            }
        }
        return String(out)
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == noBreakSpace || character == narrowNoBreakSpace
    }

    /// True when the word just written is a web address or its scheme (`https`, `example.org/a`).
    private static func endsInAddress(_ written: [Character]) -> Bool {
        let word = String(written.reversed().prefix { !isSpace($0) && !$0.isNewline && $0 != "(" && $0 != "<" }.reversed())
            .lowercased()
        return word == "http" || word == "https" || word.contains("/")
    }
}
