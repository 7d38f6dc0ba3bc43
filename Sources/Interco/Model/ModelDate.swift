/// A date of the model: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial date means its first day.
public struct ModelDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Six bytes rather than thirty-three: every file, right, flow and history event carries
    // dates, and a million-right model carries millions of them. 0 is "not given" for the month
    // and day; values out of range are clamped (`parse` never makes one).
    private var storedYear: Int32
    private var storedMonth: UInt8
    private var storedDay: UInt8

    /// The year.
    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(clamping: newValue) }
    }
    /// The month (1–12), when given.
    public var month: Int? {
        get { storedMonth == 0 ? nil : Int(storedMonth) }
        set { storedMonth = newValue.map { UInt8(clamping: $0) } ?? 0 }
    }
    /// The day of the month, when given.
    public var day: Int? {
        get { storedDay == 0 ? nil : Int(storedDay) }
        set { storedDay = newValue.map { UInt8(clamping: $0) } ?? 0 }
    }

    /// Creates a date; use `parse` to validate text.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        storedYear = Int32(clamping: year)
        storedMonth = month.map { UInt8(clamping: $0) } ?? 0
        storedDay = day.map { UInt8(clamping: $0) } ?? 0
    }

    /// The first day the date covers, as `yyyymmdd`, the key used by comparisons and filters.
    public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The date as written in the model (`2013-10`).
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// Orders by first day, then by precision (a year before its first month).
    public static func < (lhs: ModelDate, rhs: ModelDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return (lhs.month == nil ? 0 : lhs.day == nil ? 1 : 2) < (rhs.month == nil ? 0 : rhs.day == nil ? 1 : 2)
    }

    /// Why a text is not a date.
    public enum ParseError: Error, Equatable, Sendable {
        /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case malformed
        /// Well formed, but no such day (`2023-02-30`) or month (`2023-13`).
        case impossible
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    public static func parse(_ text: String) -> Result<ModelDate, ParseError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
        else { return .failure(.malformed) }
        let numbers = parts.map { Int($0)! }
        var date = ModelDate(year: numbers[0])
        if numbers.count > 1 {
            guard (1...12).contains(numbers[1]) else { return .failure(.impossible) }
            date.month = numbers[1]
        }
        if numbers.count > 2 {
            guard numbers[2] >= 1, numbers[2] <= daysIn(month: numbers[1], year: numbers[0]) else {
                return .failure(.impossible)
            }
            date.day = numbers[2]
        }
        return .success(date)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension String {
    /// The text with zeros in front up to `width` characters: dates, hex codes, sort keys.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
