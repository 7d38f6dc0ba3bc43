/// The one escaper for text put into XML or HTML that interco writes itself (SVG charts, HTML
/// reports): `&`, `<`, `>`, `"` and `'` as entities, and every scalar `SafeText` calls unsafe
/// shown escaped (`\u{202E}`), so a model value can neither close an element nor reorder the page.
/// Line breaks become `lineBreak` (a space by default; `<br/>` in HTML where a break is wanted).
public enum Markup {
    /// `text` safe inside an element or a double- or single-quoted attribute.
    public static func escaped(_ text: String, lineBreak: String = " ") -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                out += lineBreak
                continue
            }
            for scalar in SafeText.escaped(String(character), limit: nil).unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
