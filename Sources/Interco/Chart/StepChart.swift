/// A step chart (a count over time that changes on given days) written directly as SVG, with a
/// numbered note per step under the chart. Sized for an A4 page: the width is 210 mm and one user
/// unit is one point, so a font size is its printed size in points (never below `minimumFontSize`).
///
/// Every text goes through `Markup.escaped`, every link through `SafeURL`; numbers are written with
/// fixed decimals, so the same chart gives the same bytes.
public struct StepChart: Sendable {
    /// One change of the count.
    public struct Step: Sendable, Hashable {
        /// The day, as the model writes it.
        public var date: ModelDate
        /// The count from that day.
        public var count: Int
        /// A short annotation drawn next to the step (cut by the caller with `ShortLabel`).
        public var label: String
        /// The full text of the step's note, under the chart.
        public var note: String
        /// Links of the note (the address is checked by `SafeURL` and dropped when unsafe).
        public var links: [Link]

        public init(date: ModelDate, count: Int, label: String, note: String, links: [Link] = []) {
            self.date = date
            self.count = count
            self.label = label
            self.note = note
            self.links = links
        }
    }

    /// A link: the text shown and its address.
    public struct Link: Sendable, Hashable {
        public var text: String
        public var url: String

        public init(text: String, url: String) {
            self.text = text
            self.url = url
        }
    }

    /// The title, also the document's `<title>`.
    public var title: String
    /// The line under the title (what the chart was asked under).
    public var subtitle: String
    /// What the vertical axis counts ("actors").
    public var axisLabel: String
    /// The count before the first step.
    public var start: Int
    /// The steps, in date order.
    public var steps: [Step]
    /// Lines after the notes (what counts at every date).
    public var footer: [String]

    public init(title: String, subtitle: String, axisLabel: String, start: Int, steps: [Step], footer: [String] = []) {
        self.title = title
        self.subtitle = subtitle
        self.axisLabel = axisLabel
        self.start = start
        self.steps = steps
        self.footer = footer
    }

    /// The smallest font size used, in points.
    public static let minimumFontSize = 7.0

    // Geometry, in points (A4 is 595.28 pt wide).
    static let width = 595.28
    static let left = 48.0, right = 24.0, top = 20.0
    static let plotHeight = 180.0
    static let titleSize = 12.0, textSize = 8.0, labelSize = 7.5, tickSize = 7.5
    static let lineHeight = 10.5
    /// Characters of the notes per line at `textSize` (about 0.5 em per character).
    static let noteCharacters = 118
    /// Characters of the title per line at `titleSize`.
    static let titleCharacters = 76
    /// The right end of the plot.
    static var plotRight: Double { width - right }

    /// The horizontal position of a day: years as a number with the day's fraction.
    static func years(_ date: ModelDate) -> Double {
        let month = Double((date.month ?? 1) - 1), day = Double((date.day ?? 1) - 1)
        return Double(date.year) + month / 12 + day / 365
    }

    /// The first and last whole years shown: one before the first step, one after the last.
    var yearRange: (first: Int, last: Int) {
        guard let first = steps.first?.date.year, let last = steps.last?.date.year else { return (2000, 2001) }
        return (first - 1, max(last + 2, first + 1))
    }

    var maxCount: Int { max(1, ([start] + steps.map(\.count)).max() ?? 1) }

    /// Where a step is drawn: x of its day, y of its count, in points.
    public func position(of step: Step) -> (x: Double, y: Double) { (x(step.date), y(step.count)) }

    func x(_ date: ModelDate) -> Double {
        let range = yearRange
        let span = Double(range.last - range.first)
        return Self.left + (Self.years(date) - Double(range.first)) / span * (Self.width - Self.left - Self.right)
    }

    /// Where the annotation rows start: under the title and subtitle lines.
    var headerBottom: Double {
        Self.top + Double(Self.wrapped(title, limit: Self.titleCharacters).count) * (Self.titleSize + 2)
            + Double(Self.wrapped(subtitle, limit: Self.noteCharacters).count) * Self.lineHeight + 4
    }

    var plotTop: Double { headerBottom + Double(labelRows.count) * Self.lineHeight + 6 }
    var plotBottom: Double { plotTop + Self.plotHeight }

    func y(_ count: Int) -> Double { plotBottom - Double(count) / Double(maxCount) * Self.plotHeight }

    /// The annotations placed in rows above the plot, each in the first row where it overlaps no
    /// other (its width estimated at 0.55 em per character): (row, step number) pairs.
    var labelRows: [[Int]] {
        var rows: [[Int]] = []
        var ends: [Double] = []
        for number in steps.indices {
            let span = labelSpan(number)
            let start = span.start, width = span.end - span.start + 6
            if let row = ends.firstIndex(where: { $0 <= start }) {
                rows[row].append(number)
                ends[row] = start + width
            } else {
                rows.append([number])
                ends.append(start + width)
            }
        }
        return rows
    }

    /// The horizontal extent of a step's annotation: from its step rightwards, or ending at its
    /// step when it would pass the plot's right end.
    func labelSpan(_ number: Int) -> (start: Double, end: Double, anchoredAtEnd: Bool) {
        let x = x(steps[number].date)
        let width = Double(("\(number + 1) " + steps[number].label).count) * Self.labelSize * 0.55
        if x - 2 + width > Self.plotRight { return (x + 2 - width, x + 2, true) }
        return (x - 2, x - 2 + width, false)
    }

    /// `text` cut into lines of at most `limit` characters at spaces (a longer word stays whole).
    static func wrapped(_ text: String, limit: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, line.count + 1 + word.count > limit {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A number with two decimals, the same on every machine.
    static func fixed(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        return sign + String(magnitude / 100) + "." + String(magnitude % 100).leftPadded(to: 2)
    }

    /// The year ticks: every year, or every 2, 5, 10… so that at most 12 are drawn.
    var yearTicks: [Int] {
        let range = yearRange
        let every = [1, 2, 5, 10, 20, 50, 100].first { (range.last - range.first) / $0 <= 12 } ?? 100
        return stride(from: range.first, through: range.last, by: 1).filter { $0 % every == 0 }
    }

    /// The count ticks: 0 to the largest count, by 1, 2, 5, 10… so that at most 6 are drawn.
    var countTicks: [Int] {
        let every = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].first { maxCount / $0 <= 6 } ?? 1000
        return stride(from: 0, through: maxCount, by: every).map { $0 }
    }

    /// The chart as an SVG document.
    public var svg: String {
        let f = Self.fixed
        let e = { (text: String) in Markup.escaped(text) }
        var body = ""
        var cursor = Self.top + Self.titleSize
        for line in Self.wrapped(title, limit: Self.titleCharacters) {
            body += "<text class=\"title\" x=\"\(f(Self.left))\" y=\"\(f(cursor))\" font-size=\"\(f(Self.titleSize))\" font-weight=\"bold\">\(e(line))</text>\n"
            cursor += Self.titleSize + 2
        }
        for line in Self.wrapped(subtitle, limit: Self.noteCharacters) {
            body += "<text class=\"subtitle\" x=\"\(f(Self.left))\" y=\"\(f(cursor))\" font-size=\"\(f(Self.textSize))\">\(e(line))</text>\n"
            cursor += Self.lineHeight
        }
        // Annotations, in rows above the plot, each with a dotted leader down to its step.
        let rows = labelRows
        let rowTop = headerBottom
        for (row, numbers) in rows.enumerated() {
            for number in numbers {
                let step = steps[number]
                let position = position(of: step)
                let baseline = rowTop + Double(row + 1) * Self.lineHeight
                body += "<line class=\"leader\" x1=\"\(f(position.x))\" y1=\"\(f(baseline + 2))\" x2=\"\(f(position.x))\" y2=\"\(f(position.y))\" stroke=\"#999999\" stroke-width=\"0.5\" stroke-dasharray=\"1,2\"/>\n"
                let span = labelSpan(number)
                let anchor = span.anchoredAtEnd ? " text-anchor=\"end\"" : ""
                body += "<text class=\"label\" x=\"\(f(span.anchoredAtEnd ? span.end : span.start))\" y=\"\(f(baseline))\" font-size=\"\(f(Self.labelSize))\"\(anchor)><tspan font-weight=\"bold\">\(number + 1)</tspan> \(e(step.label))</text>\n"
            }
        }
        // Axes and grid.
        let plotLeft = Self.left, plotRight = Self.plotRight
        for count in countTicks {
            let y = y(count)
            body += "<line class=\"grid\" x1=\"\(f(plotLeft))\" y1=\"\(f(y))\" x2=\"\(f(plotRight))\" y2=\"\(f(y))\" stroke=\"#dddddd\" stroke-width=\"0.5\"/>\n"
            body += "<text class=\"tick\" x=\"\(f(plotLeft - 4))\" y=\"\(f(y + 2.5))\" font-size=\"\(f(Self.tickSize))\" text-anchor=\"end\">\(count)</text>\n"
        }
        for year in yearTicks {
            let x = x(ModelDate(year: year))
            body += "<line class=\"tick\" x1=\"\(f(x))\" y1=\"\(f(plotBottom))\" x2=\"\(f(x))\" y2=\"\(f(plotBottom + 3))\" stroke=\"#000000\" stroke-width=\"0.5\"/>\n"
            body += "<text class=\"tick\" x=\"\(f(x))\" y=\"\(f(plotBottom + 12))\" font-size=\"\(f(Self.tickSize))\" text-anchor=\"middle\">\(year)</text>\n"
        }
        body += "<line class=\"axis\" x1=\"\(f(plotLeft))\" y1=\"\(f(plotBottom))\" x2=\"\(f(plotRight))\" y2=\"\(f(plotBottom))\" stroke=\"#000000\" stroke-width=\"0.75\"/>\n"
        body += "<line class=\"axis\" x1=\"\(f(plotLeft))\" y1=\"\(f(plotTop))\" x2=\"\(f(plotLeft))\" y2=\"\(f(plotBottom))\" stroke=\"#000000\" stroke-width=\"0.75\"/>\n"
        body += "<text class=\"axis-label\" x=\"\(f(12))\" y=\"\(f((plotTop + plotBottom) / 2))\" font-size=\"\(f(Self.textSize))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(f((plotTop + plotBottom) / 2)))\">\(e(axisLabel))</text>\n"
        // The steps: horizontal at each count, vertical on each day.
        var path = "M \(f(plotLeft)) \(f(y(start)))"
        for step in steps {
            let position = position(of: step)
            path += " H \(f(position.x)) V \(f(position.y))"
        }
        path += " H \(f(plotRight))"
        body += "<path class=\"steps\" d=\"\(path)\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1.5\"/>\n"
        for (number, step) in steps.enumerated() {
            let position = position(of: step)
            body += "<circle class=\"step\" data-step=\"\(number + 1)\" data-date=\"\(e(step.date.description))\" data-count=\"\(step.count)\" cx=\"\(f(position.x))\" cy=\"\(f(position.y))\" r=\"2.5\" fill=\"#0072B2\"><title>\(e(step.date.description + ": " + String(step.count)))</title></circle>\n"
        }
        // The notes, numbered, under the plot; then the footer.
        cursor = plotBottom + 12 + 2 * Self.lineHeight
        for (number, step) in steps.enumerated() {
            for (line, text) in Self.wrapped("\(number + 1). " + step.note, limit: Self.noteCharacters).enumerated() {
                let indent = line == 0 ? 0 : 10.0
                body += "<text class=\"note\" x=\"\(f(Self.left + indent))\" y=\"\(f(cursor))\" font-size=\"\(f(Self.textSize))\">\(e(text))</text>\n"
                cursor += Self.lineHeight
            }
            let links = step.links.compactMap { link in SafeURL.sanitize(link.url).map { (text: link.text, url: $0) } }
            var lines: [[(text: String, url: String)]] = []
            var length = 0
            for link in links {
                if lines.isEmpty || length + 3 + link.text.count > Self.noteCharacters {
                    lines.append([])
                    length = 0
                }
                lines[lines.count - 1].append(link)
                length += 3 + link.text.count
            }
            for line in lines {
                body += "<text class=\"links\" x=\"\(f(Self.left + 10))\" y=\"\(f(cursor))\" font-size=\"\(f(Self.labelSize))\">"
                body += line.map { "<a href=\"\($0.url)\"><tspan fill=\"#0072B2\">\(e($0.text))</tspan></a>" }.joined(separator: " · ")
                body += "</text>\n"
                cursor += Self.lineHeight
            }
        }
        for line in footer {
            cursor += 4
            for text in Self.wrapped(line, limit: Self.noteCharacters) {
                body += "<text class=\"footer\" x=\"\(f(Self.left))\" y=\"\(f(cursor))\" font-size=\"\(f(Self.textSize))\">\(e(text))</text>\n"
                cursor += Self.lineHeight
            }
        }
        let height = cursor + 12
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"\(f(height * 25.4 / 72))mm\" viewBox=\"0 0 \(f(Self.width)) \(f(height))\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
            + "<title>\(e(title))</title>\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(f(Self.width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
            + body + "</svg>\n"
    }
}
