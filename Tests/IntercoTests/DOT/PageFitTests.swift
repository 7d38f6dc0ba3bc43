@testable import Interco
import Testing

@Suite struct PageFitTests {
    @Test func aDrawingLargerThanThePageIsScaledAndPaddedToIt() {
        // 1 570 pt wide on A4 landscape (842 − 2 cm of margins = 785.2 pt): just over half size.
        let fit = PageFit(page: .a4Landscape, width: 1_570, height: 400, smallestText: 14)
        #expect(abs(fit.scale - 0.5) < 0.001)
        #expect(fit.smallestText >= 7 && fit.smallestText < 7.01)
        #expect(!PageFit(page: .a4Landscape, width: 1_572, height: 400, smallestText: 14).legible, "just under 7 pt")
        #expect(fit.legible)
        #expect(fit.attributes["size"] == "11.6929,8.2678")
        // Padded before scaling so that drawing and pad make the whole page: (842/0.5 − 1570) / 2 pt.
        let pad = fit.attributes["pad"]!.split(separator: ",").compactMap { Double($0) }
        #expect(abs((1_570 + 2 * pad[0] * 72) * fit.scale - 841.89) < 0.1)
        #expect(abs((400 + 2 * pad[1] * 72) * fit.scale - 595.28) < 0.1)
    }

    @Test func textUnderSevenPointsAfterScalingIsNotLegible() {
        let fit = PageFit(page: .a4, width: 3_000, height: 2_000, smallestText: 9)
        #expect(fit.smallestText < 7)
        #expect(!fit.legible)
    }

    @Test func aSmallDrawingIsNeverEnlarged() {
        let fit = PageFit(page: .letter, width: 200, height: 100, smallestText: 8)
        #expect(fit.scale == 1)
        #expect(fit.smallestText == 8)
    }
}
