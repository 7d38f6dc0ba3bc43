import Interco
import Testing

@Suite struct ShortLabelTests {
    @Test(arguments: [
        "Art. L114-19 à L114-21 CSS, issus de la loi n° 2007-1786 du 19 décembre 2007",
        "Art. L5312-13-2 Code du travail, dans sa rédaction issue de l'article 268 de la loi n° 2020-1721",
        "Art. L5411-4 Code du travail (« Pôle emploi peut avoir accès aux fichiers des organismes »)",
        "Décret n° 2022-955 du 29 juin 2022 relatif aux demandes portant sur des personnes non nommément désignées",
    ])
    func longBasesAreCutAtAWordAndKeepTheirArticle(_ basis: String) {
        let short = ShortLabel.cut(basis, limit: 40)
        #expect(short.count <= 40)
        #expect(short.hasSuffix("…"))
        let kept = String(short.dropLast())
        #expect(basis.hasPrefix(kept), "a prefix of the basis")
        let next = basis.dropFirst(kept.count).first
        #expect(next == " " || next == ",", "cut between words, not inside one: \(short)")
        #expect(kept.split(separator: " ").prefix(2) == basis.split(separator: " ").prefix(2), "the article is kept")
        #expect(kept.filter { $0 == "«" }.count == kept.filter { $0 == "»" }.count, "no quotation left open")
        #expect(kept.filter { $0 == "(" }.count == kept.filter { $0 == ")" }.count, "no parenthesis left open")
        for linking in [" de", " du", " la", " issus", " dans", " sa"] { #expect(!kept.hasSuffix(linking), "\(short)") }
    }

    @Test func shortTextsAndLongFirstWordsStay() {
        #expect(ShortLabel.cut("Arrêté du 17 octobre 2013", limit: 40) == "Arrêté du 17 octobre 2013")
        let long = "Art. L114-19-L114-20-L114-21-L114-22-L114-23 CSS et suivants"
        #expect(ShortLabel.cut(long, limit: 20).hasPrefix("Art. L114-19-L114-20-L114-21-L114-22-L114-23"))
    }
}
