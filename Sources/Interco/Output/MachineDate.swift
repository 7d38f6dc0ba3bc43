/// Dates in machine formats (JSON, CSV, exports): full ISO days, with the precision the model
/// gave kept apart, because programs (pandas, Gephi, Neo4j) refuse `2013-10`. The one formatter
/// of machine dates; prose uses `ModelDate.prose`, tables for people the model's spelling.
public enum MachineDate {
    /// The first day the date covers, `YYYY-MM-DD`.
    public static func day(_ date: ModelDate) -> String {
        ModelDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).description
    }

    /// `year`, `month` or `day`.
    public static func precision(_ date: ModelDate) -> String {
        date.day != nil ? "day" : date.month != nil ? "month" : "year"
    }

    /// `day` of a date as the model writes it (`2013-10` → `2013-10-01`); text that is not a date is returned as is.
    public static func day(_ text: String) -> String {
        guard case .success(let date) = ModelDate.parse(text) else { return text }
        return day(date)
    }

    /// `precision` of a date as the model writes it; empty when the text is not a date.
    public static func precision(_ text: String) -> String {
        guard case .success(let date) = ModelDate.parse(text) else { return "" }
        return precision(date)
    }

    /// Sets `key` to the full day and `key_precision` to its precision, or both to null.
    static func add(_ members: inout [String: JSONValue], _ key: String, _ text: String?) {
        members[key] = .text(text.map(day))
        members[key + "_precision"] = .text(text.map(precision))
    }
}
