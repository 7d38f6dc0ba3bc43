/// A paper size `render --page` fits a diagram to.
public enum Page: String, CaseIterable, Sendable {
    case a4, a4Landscape = "a4-landscape", letter, letterLandscape = "letter-landscape"

    /// Width and height in points (1/72 inch).
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: (595.28, 841.89)
        case .a4Landscape: (841.89, 595.28)
        case .letter: (612, 792)
        case .letterLandscape: (792, 612)
        }
    }

    /// The page's name for people: "A4 landscape".
    public var name: Localized {
        switch self {
        case .a4: Localized(en: "A4", fr: "A4")
        case .a4Landscape: Localized(en: "A4 landscape", fr: "A4 paysage")
        case .letter: Localized(en: "Letter", fr: "Letter")
        case .letterLandscape: Localized(en: "Letter landscape", fr: "Letter paysage")
        }
    }
}

/// How a laid-out drawing fits a page: scaled down (never up) to the page less its margins, and
/// padded to the page's size, so that PDF and PNG pages and the SVG's `viewBox` have the page's
/// proportions. Graphviz scales the drawing with its pad (`size`), so the pad is given before
/// scaling.
public struct PageFit: Sendable, Equatable {
    /// The smallest text legible in print, in points.
    public static let smallestLegible = 7.0
    /// The margin on each side, in points (1 cm).
    public static let margin = 28.35

    /// Factor applied to the drawing (at most 1).
    public var scale: Double
    /// The drawing's smallest text once scaled, in points.
    public var smallestText: Double
    /// Graph attributes that make Graphviz draw on the page: `size` and `pad`, in inches, and no
    /// `margin` (Graphviz adds half an inch around PDF pages by default, measured: 667 × 913 pt for A4).
    public var attributes: [String: String]

    /// The fit of a drawing `width` × `height` points whose smallest text is `smallestText` points.
    public init(page: Page, width: Double, height: Double, smallestText: Double) {
        let (pageWidth, pageHeight) = page.size
        let room = (width: pageWidth - 2 * Self.margin, height: pageHeight - 2 * Self.margin)
        scale = min(1, room.width / max(width, 1), room.height / max(height, 1))
        self.smallestText = smallestText * scale
        func inches(_ points: Double) -> String { String(format: "%.4f", points / 72) }
        let pad = (x: (pageWidth / scale - width) / 2, y: (pageHeight / scale - height) / 2)
        attributes = ["size": inches(pageWidth) + "," + inches(pageHeight), "pad": inches(pad.x) + "," + inches(pad.y), "margin": "0"]
    }

    /// Whether the scaled text can be read in print.
    public var legible: Bool { smallestText >= Self.smallestLegible }
}
