import Interco
import Testing

@Suite struct TypographyTests {
    let nbsp = "\u{00A0}", narrow = "\u{202F}"

    @Test func frenchPunctuationGetsItsSpaces() {
        #expect(Typography.apply("statuts: en vigueur", .fr) == "statuts\(nbsp): en vigueur")
        #expect(Typography.apply("statuts : en vigueur", .fr) == "statuts\(nbsp): en vigueur")
        #expect(Typography.apply("qui peut voir ? tout le monde ; vraiment !", .fr)
            == "qui peut voir\(narrow)? tout le monde\(narrow); vraiment\(narrow)!")
        #expect(Typography.apply("« sans que s'y oppose le secret professionnel »", .fr)
            == "«\(nbsp)sans que s'y oppose le secret professionnel\(nbsp)»")
        #expect(Typography.apply("«secret»", .fr) == "«\(nbsp)secret\(nbsp)»")
    }

    @Test func applyingTwiceChangesNothing() {
        let once = Typography.apply("base : « art. L114-19 » ; voir ?", .fr)
        #expect(Typography.apply(once, .fr) == once)
    }

    @Test func addressesTimesAndLineStartsAreLeftAlone() {
        #expect(Typography.apply("source: https://www.legifrance.gouv.fr/a?b=1", .fr)
            == "source\(nbsp): https://www.legifrance.gouv.fr/a?b=1")
        #expect(Typography.apply("à 12:30", .fr) == "à 12:30")
        #expect(Typography.apply("a\n: b", .fr) == "a\n: b")
    }

    @Test func englishIsUnchanged() {
        let text = "statuses: in force; really? « quoted »"
        #expect(Typography.apply(text, .en) == text)
    }
}
