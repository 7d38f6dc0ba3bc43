import Interco
import Testing

/// Model texts: a plain string is both languages; a missing language falls back to the other.
@Suite struct ModelTextTests {
    @Test func aPlainTextIsTheSameInBothLanguages() {
        let text = Localized("Caisses d'allocations familiales (CAF)")
        #expect(text.text(.fr) == text.text(.en))
        #expect(text.isSingle)
        #expect(!Localized(en: "Family allowance funds", fr: "Caisses d'allocations familiales").isSingle)
    }

    @Test func anAbsentTextStaysAbsentInEveryLanguage() {
        let none: Localized? = nil
        #expect(none.text(.fr) == nil && none.text(.en) == nil)
        let some: Localized? = Localized(en: "", fr: "Seulement en français")
        #expect(some.text(.en) == "Seulement en français")
    }
}
