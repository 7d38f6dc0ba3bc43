extension ModelDate {
    /// The date as a sentence writes it: « 29 décembre 2020 », « décembre 2020 », « 2020 » in
    /// French (« 1er » for the first of a month), "29 December 2020" in English. Tables keep ISO
    /// dates (`description`).
    public func prose(_ language: Language) -> String {
        let months: [String] = switch language {
        case .fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                   "novembre", "décembre"]
        case .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"]
        }
        guard let month, (1...12).contains(month) else { return String(year) }
        let monthYear = months[month - 1] + " " + String(year)
        guard let day else { return monthYear }
        let dayText = language == .fr && day == 1 ? "1er" : String(day)
        return dayText + " " + monthYear
    }
}
