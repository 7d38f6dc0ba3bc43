import Foundation
import Interco
import Testing

/// The built-in themes keep what they promise: right kinds and actor kinds that readers with a
/// colour-vision deficiency can tell apart, and a print theme where nothing depends on colour.
@Suite struct ThemeTests {
    static func theme(_ name: String) throws -> Theme {
        try Theme.load(name).get()
    }

    @Test func colourThemeKindsStayApartForColourBlindReaders() throws {
        let theme = try Self.theme("default")
        let rights = RightKind.allCases.map { theme.rightKinds[$0]?.color ?? "#000000" }
        let actors = ActorKind.allCases.map { theme.actorKinds[$0]?.fill ?? "#ffffff" }
        for vision in Vision.allCases {
            #expect(Colour.smallestDifference(rights, vision) >= 15, "right kinds under \(vision)")
            #expect(Colour.smallestDifference(actors, vision) >= 12, "actor kinds under \(vision)")
        }
        // Kinds also differ by arrowhead, so a grey photocopy of the colour theme keeps them apart.
        #expect(Set(RightKind.allCases.compactMap { theme.rightKinds[$0]?.arrowhead }).count == RightKind.allCases.count)
        #expect(!theme.isGreyscale)
    }

    @Test func printThemeDependsOnNoColour() throws {
        let theme = try Self.theme("print")
        #expect(theme.isGreyscale)
        #expect(Set(RightKind.allCases.compactMap { theme.rightKinds[$0]?.arrowhead }).count == RightKind.allCases.count,
                "every right kind has its own arrowhead")
        let lightness = ActorKind.allCases.map { Colour.lab(theme.actorKinds[$0]?.fill ?? "#ffffff", .normal).l }.sorted()
        #expect(zip(lightness, lightness.dropFirst()).allSatisfy { $1 - $0 >= 5 }, "actor greys 5 L* apart: \(lightness)")
        let pens = [Status.inForce, .experimental, .alleged].map { theme.statuses[$0]?.style ?? "" }
        #expect(Set(pens).count == 3, "in force, experimental and alleged differ by pen")
    }

    @Test func aThemeFileThatIsAFIFOIsRefusedAtOnce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("interco-theme-\(getpid()).yaml").path
        unlink(path)
        #expect(mkfifo(path, 0o644) == 0)
        defer { unlink(path) }
        guard case .failure(let problem) = Theme.load(path) else { Issue.record("a FIFO was read as a theme"); return }
        #expect(problem.withoutCode == "\(path): error: this is a FIFO (named pipe): only regular files are read")
    }

    @Test func theColourDifferenceIsMeasuredAsCIE76() {
        #expect(abs(Colour.difference("#000000", "#ffffff", .normal) - 100) < 0.01)
        #expect(Colour.difference("#0072B2", "#0072B2", .deuteranopia) == 0)
        // Red and green, far apart for normal vision, come close for a deuteranope.
        #expect(Colour.difference("#d62728", "#2ca02c", .normal) > 60)
        #expect(Colour.difference("#d62728", "#2ca02c", .deuteranopia) < Colour.difference("#d62728", "#2ca02c", .normal) / 2)
    }
}

/// Simulated colour vision: normal, and the three dichromacies at full severity with the matrices of
/// Machado, Oliveira and Fernandes (2009), applied in linear RGB.
enum Vision: CaseIterable {
    case normal, protanopia, deuteranopia, tritanopia

    var matrix: [[Double]]? {
        switch self {
        case .normal: nil
        case .protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
        }
    }
}

/// CIE L*a*b* (D65) of `#rrggbb` colours and their CIE76 difference.
enum Colour {
    static func lab(_ hex: String, _ vision: Vision) -> (l: Double, a: Double, b: Double) {
        let digits = Array(hex.dropFirst())
        var rgb = stride(from: 0, to: 6, by: 2).map { start -> Double in
            let value = Double(Int(String(digits[start..<start + 2]), radix: 16) ?? 0) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        if let matrix = vision.matrix {
            rgb = matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
        }
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    static func difference(_ first: String, _ second: String, _ vision: Vision) -> Double {
        let (p, q) = (lab(first, vision), lab(second, vision))
        return ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
    }

    static func smallestDifference(_ colours: [String], _ vision: Vision) -> Double {
        var smallest = Double.infinity
        for i in colours.indices { for j in colours.indices where j > i { smallest = min(smallest, difference(colours[i], colours[j], vision)) } }
        return smallest
    }
}
