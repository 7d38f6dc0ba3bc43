/// Short forms of long texts for places with little room (diagram labels): cut at a word, never
/// inside a word, an opened « » or parentheses, with "…" saying something was cut. The full text
/// goes where there is room (tooltips, tables, footnotes).
public enum ShortLabel {
    /// `text` cut to at most `limit` characters (the "…" included) at a word boundary. The first
    /// two words are always kept, so a basis keeps its article (`Art. L114-19…`) even when longer.
    public static func cut(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var kept: [String] = []
        var length = 0
        for (position, word) in words.enumerated() {
            let added = (kept.isEmpty ? 0 : 1) + word.count
            if position >= 2 && length + added + 1 > limit { break }
            kept.append(word)
            length += added
        }
        // Do not end inside a quotation or a parenthesis that the cut would leave open, nor on a
        // word that only links to what was cut (« de », « du », « issus », "of").
        func unbalanced(_ words: [String]) -> Bool {
            let joined = words.joined(separator: " ")
            let opens = joined.filter { $0 == "«" || $0 == "(" }.count
            let closes = joined.filter { $0 == "»" || $0 == ")" }.count
            return opens > closes
        }
        let linking: Set<String> = ["de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "et", "ou", "issus",
                                    "issu", "dans", "sa", "son", "en", "par", "pour", "sur", "of", "the", "and", "in", "by", ","]
        while kept.count > 2, let last = kept.last, unbalanced(kept) || linking.contains(last.lowercased()) {
            kept.removeLast()
        }
        var result = kept.joined(separator: " ")
        while let last = result.last, [",", ";", ":", "(", "«", "-", "–", "—"].contains(last) || last == " " {
            result.removeLast()
        }
        return result + "…"
    }
}
