/// A plain explanation of one record of the model, in one language, built by `Explainer` and
/// formatted by the commands as text, Markdown or JSON. It holds words, not layout.
public struct Explanation: Sendable, Equatable {
    /// The sort of record explained.
    public var sort: RecordSort
    /// The record's id.
    public var id: String
    /// The language of the words.
    public var language: Language
    /// One line naming the record.
    public var title: String
    /// The parts of the explanation, in reading order.
    public var sections: [Section]

    /// One part: a heading, paragraphs, then items.
    public struct Section: Sendable, Equatable {
        /// A stable English code for programs (`basis`, `status`, `sources`…).
        public var key: String
        /// The heading, in the explanation's language.
        public var heading: String
        /// Sentences.
        public var paragraphs: [String] = []
        /// Listed facts (fields, references, sources).
        public var items: [Item] = []
    }

    /// One listed fact: an optional label, its text, and the record or address it points to.
    public struct Item: Sendable, Equatable {
        /// What the item is (`kind`, `supports`), in the explanation's language; nil for a plain item.
        public var label: String?
        /// The text.
        public var text: String
        /// A stable code for programs (`in-force`, `supports`), when the text stands for one.
        public var code: String?
        /// The id of a record of the model the item names, when it names one.
        public var id: String?
        /// A web address.
        public var url: String?

        /// Creates an item.
        public init(label: String? = nil, _ text: String, code: String? = nil, id: String? = nil, url: String? = nil) {
            self.label = label
            self.text = text
            self.code = code
            self.id = id
            self.url = url
        }
    }
}
