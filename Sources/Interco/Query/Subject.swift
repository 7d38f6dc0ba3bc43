/// What a `who-can-reach` or `paths` question is about: one data category, the data a file
/// declares (every category it holds), every special category of GDPR article 9 (`sensitive`),
/// or every category (`any`).
///
/// A reached category answers the question when it answers it for one of the subject's
/// categories (see `Match`); the answer's match is the widest over them.
public struct Subject: Sendable, Hashable {
    /// What the word asked named.
    public enum Kind: String, Sendable, Hashable {
        /// A data category.
        case category
        /// A file, standing for the categories it declares.
        case file
        /// Every special category of GDPR article 9 (`sensitive: true`).
        case sensitive
        /// Every category of the model.
        case any
    }

    /// What the word asked named.
    public var kind: Kind
    /// The id asked about: the category's, the file's, or `any`.
    public var id: String
    /// The category's or file's name, in both languages; for `any`, empty.
    public var name: Localized
    /// True when one of the categories is a special category of GDPR article 9.
    public var sensitive: Bool
    /// The categories asked about, by number, in model order.
    public var categories: [Int]
    /// Their ids, in the same order.
    public var categoryIDs: [String]

    /// The word that means every category.
    public static let anyWord = "any"
    /// The word that means every special category of GDPR article 9.
    public static let sensitiveWord = "sensitive"

    /// One category.
    public static func category(_ number: Int, in index: AccessIndex) -> Subject {
        let record = index.model.categories[number]
        return Subject(kind: .category, id: record.id.value, name: record.name, sensitive: record.sensitive,
                       categories: [number], categoryIDs: [record.id.value])
    }

    /// The categories a file declares (nil when it declares none the model knows).
    public static func file(_ number: Int, in index: AccessIndex) -> Subject? {
        let record = index.model.files[number]
        let categories = Array(Set(record.data.compactMap { index.category($0.value) })).sorted()
        guard !categories.isEmpty else { return nil }
        return Subject(kind: .file, id: record.id.value, name: record.name,
                       sensitive: categories.contains { index.model.categories[$0].sensitive },
                       categories: categories, categoryIDs: categories.map { index.categoryIDs[$0] })
    }

    /// Every special category of GDPR article 9 (nil when the model marks none).
    public static func sensitive(in index: AccessIndex) -> Subject? {
        let categories = index.model.categories.indices.filter { index.model.categories[$0].sensitive }
        guard !categories.isEmpty else { return nil }
        return Subject(kind: .sensitive, id: sensitiveWord, name: Localized(""), sensitive: true, categories: categories,
                       categoryIDs: categories.map { index.categoryIDs[$0] })
    }

    /// Every category.
    public static func any(in index: AccessIndex) -> Subject {
        Subject(kind: .any, id: anyWord, name: Localized(""), sensitive: false, categories: Array(index.categoryIDs.indices),
                categoryIDs: index.categoryIDs)
    }

    /// How a reached category answers the question: its best match with one of the categories
    /// (exact before broader before narrower), nil when it answers none.
    func match(reached: Int, _ index: AccessIndex) -> Match? {
        if kind == .any { return .exact }
        return categories.compactMap { index.match(reached: reached, queried: $0) }.min()
    }
}
