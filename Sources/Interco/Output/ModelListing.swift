/// The sections `interco list` shows, as tables for people and programs and as JSON.
public enum ModelListing: String, CaseIterable, Sendable {
    case actors, files, data, populations, rights, flows, sources, purposes

    /// Version of the JSON shape. 2: dates are full ISO days with a `…_precision` member, and
    /// files, rights and flows say `since_unknown`.
    public static let schemaVersion = 2

    /// Which entries a listing keeps. Every filter left nil keeps everything.
    public struct Filters: Sendable, Equatable {
        /// Files, rights and flows whose status (on `day`, else their latest) is one of these.
        public var statuses: Set<Status>?
        /// Files, rights and flows as they stand that day (their last history event on or before
        /// it; an unknown start counts); without `statuses`, those whose status that day does not
        /// end them (not censured, repealed or ended).
        public var day: ModelDate?
        /// Codes of the section's own kinds: actor kinds for actors, file kinds for files, right kinds for rights.
        public var kinds: Set<String>?
        /// Actors of these kinds; files held by and rights held by actors of these kinds.
        public var actorKinds: Set<ActorKind>?
        /// Only rights and flows with no legal basis identified (no `basis`, and for a right not
        /// the holder's own staff's `internal` access).
        public var withoutBasis = false

        /// Filters; nil keeps everything.
        public init(statuses: Set<Status>? = nil, day: ModelDate? = nil, kinds: Set<String>? = nil,
                    actorKinds: Set<ActorKind>? = nil) {
            self.statuses = statuses
            self.day = day
            self.kinds = kinds
            self.actorKinds = actorKinds
        }

        /// True when no filter is set.
        public var isEmpty: Bool { statuses == nil && day == nil && kinds == nil && actorKinds == nil && !withoutBasis }
    }

    /// The codes `--kind` takes for this section; empty when the section has no kind.
    public var kindCodes: [String] {
        switch self {
        case .actors: ActorKind.allCases.map(\.rawValue)
        case .files: FileKind.allCases.map(\.rawValue)
        case .rights: RightKind.allCases.map(\.rawValue)
        case .data, .populations, .flows, .sources, .purposes: []
        }
    }

    /// The model with only the actors, files, rights and flows the filters keep (other sections whole).
    public static func filtered(_ model: Model, _ filters: Filters) -> Model {
        guard !filters.isEmpty else { return model }
        var kept = model
        let actorKind = Dictionary(model.actors.map { ($0.id.value, $0.kind) }, uniquingKeysWith: { first, _ in first })
        // The queries' rule for dates and statuses, so that a listing and a query agree on what counts.
        let alive = filters.day == nil ? Set(Status.allCases) : Set(Status.allCases.filter { !$0.ends })
        let rule = QueryFilters(day: filters.day.map(QueryFilters.Day.on) ?? .any, statuses: filters.statuses ?? alive)
        func standing(_ standing: Standing) -> Bool { rule.counted(standing) != nil }
        func byActor(_ id: String) -> Bool {
            guard let kinds = filters.actorKinds else { return true }
            return actorKind[id].map(kinds.contains) ?? false
        }
        func kind(_ code: String?) -> Bool {
            guard let kinds = filters.kinds else { return true }
            return code.map(kinds.contains) ?? false
        }
        kept.actors = model.actors.filter { byActor($0.id.value) && kind($0.kind.rawValue) }
        kept.files = model.files.filter { standing($0.standing) && byActor($0.heldBy.value) && kind($0.kind?.rawValue) }
        kept.rights = model.rights.filter {
            standing($0.standing) && byActor($0.actor.value) && kind($0.kind.rawValue)
                && (!filters.withoutBasis || ($0.basis == nil && !$0.internal))
        }
        kept.flows = model.flows.filter { standing($0.standing) && (!filters.withoutBasis || $0.basis == nil) }
        return kept
    }

    /// Every purpose the rights and flows state, sorted, with how many rights and flows state it.
    public static func purposes(_ model: Model) -> [(id: String, rights: Int, flows: Int)] {
        var counts: [String: (rights: Int, flows: Int)] = [:]
        for right in model.rights { for purpose in Set(right.purposes) { counts[purpose, default: (0, 0)].rights += 1 } }
        for flow in model.flows { for purpose in Set(flow.purposes) { counts[purpose, default: (0, 0)].flows += 1 } }
        return counts.keys.sorted().map { ($0, counts[$0]!.rights, counts[$0]!.flows) }
    }

    /// Rows of the section, one per entry, in model order. With a language, headers and
    /// vocabulary values are words for people; without one (CSV), headers and values are codes.
    /// The model's own texts (names) are in `texts`, else in `language`, else in English.
    public func table(_ model: Model, language: Language? = nil, texts: Language? = nil) -> Table {
        let texts = texts ?? language ?? .en
        func head(_ code: String, _ en: String, _ fr: String) -> String {
            language.map { Localized(en: en, fr: fr).text($0) } ?? code
        }
        func word<V: Labelled & RawRepresentable>(_ value: V?) -> String where V.RawValue == String {
            guard let value else { return "" }
            return language.map(value.label) ?? value.rawValue
        }
        func list(_ values: [Located<String>]) -> String { values.map(\.value).joined(separator: "; ") }
        func date(_ value: Located<ModelDate>?, unknown: Bool = false) -> String {
            value?.value.description ?? (unknown ? head("unknown", "unknown", "inconnu") : "")
        }
        /// A date column: the model's spelling for people; for programs (CSV) the full ISO day, its
        /// precision and, for a start, whether it is unknown.
        func dates(_ value: Located<ModelDate>?, unknown: Bool? = nil) -> [String] {
            guard language == nil else { return [date(value, unknown: unknown ?? false)] }
            return [value.map { MachineDate.day($0.value) } ?? "", value.map { MachineDate.precision($0.value) } ?? ""]
                + (unknown.map { [$0 ? "true" : "false"] } ?? [])
        }
        func dateHeaders(_ word: String, _ code: String, unknown: Bool = false) -> [String] {
            guard language == nil else { return [word] }
            return [code, code + "_precision"] + (unknown ? [code + "_unknown"] : [])
        }
        let id = "id", kind = head("kind", "kind", "type"), name = head("name", "name", "nom")
        let status = head("status", "status", "statut")
        let since = dateHeaders(head("since", "since", "depuis"), "since", unknown: true)
        let until = dateHeaders(head("until", "until", "jusqu'au"), "until")
        switch self {
        case .actors:
            return Table(headers: [id, kind, head("part_of", "part of", "fait partie de"), name],
                         rows: model.actors.map { [$0.id.value, word($0.kind), $0.partOf?.value ?? "", $0.name.text(texts)] })
        case .files:
            return Table(headers: [id, kind, head("held_by", "held by", "détenu par"), status,
                                   head("confidence", "confidence", "confiance")] + since + until
                                   + [head("data", "data", "données"), name],
                         rows: model.files.map {
                             [$0.id.value, word($0.kind), $0.heldBy.value, word($0.status), word($0.confidence)]
                                 + dates($0.since, unknown: $0.sinceUnknown) + dates($0.until) + [list($0.data), $0.name.text(texts)]
                         })
        case .data:
            let yes = head("yes", "yes", "oui")
            return Table(headers: [id, head("parent", "parent", "parent"), head("sensitive", "sensitive", "sensible"), name],
                         rows: model.categories.map { [$0.id.value, $0.parent?.value ?? "", $0.sensitive ? yes : "", $0.name.text(texts)] })
        case .populations:
            return Table(headers: [id, head("parent", "parent", "parent"), name],
                         rows: model.populations.map { [$0.id.value, $0.parent?.value ?? "", $0.name.text(texts)] })
        case .rights:
            return Table(headers: [id, head("actor", "actor", "acteur"), kind, head("reaches", "reaches", "atteint"), status]
                                   + since + until + [head("basis", "basis", "base légale")],
                         rows: model.rights.map {
                             [$0.id?.value ?? "", $0.actor.value, word($0.kind), $0.reaches.value, word($0.status)]
                                 + dates($0.since, unknown: $0.sinceUnknown) + dates($0.until) + [$0.basis ?? ""]
                         })
        case .flows:
            return Table(headers: [id, head("from", "from", "de"), head("into", "into", "vers"), status] + since + until
                                   + [head("data", "data", "données")],
                         rows: model.flows.map {
                             [$0.id?.value ?? "", $0.from.value, $0.into.value, word($0.status)]
                                 + dates($0.since, unknown: $0.sinceUnknown) + dates($0.until) + [list($0.data)]
                         })
        case .sources:
            return Table(headers: [id] + dateHeaders(head("date", "date", "date"), "date")
                                   + [head("publisher", "publisher", "éditeur"), head("title", "title", "titre")]
                                   + (language == nil ? ["url"] : []),
                         rows: model.sources.map { source in
                             let date: [String] = language == nil ? [source.date.map(MachineDate.day) ?? "", source.date.map(MachineDate.precision) ?? ""]
                                 : [source.date?.description ?? ""]
                             let title: String = source.title.text(texts)
                             return [source.id.value] + date + [source.publisher.text(texts) ?? "", title] + (language == nil ? [source.url ?? ""] : [])
                         })
        case .purposes:
            return Table(headers: [id, head("rights", "rights", "droits"), head("flows", "flows", "flux")],
                         rows: Self.purposes(model).map { [$0.id, String($0.rights), String($0.flows)] })
        }
    }

    /// `{schema_version, <section>: [ {field: value…} ]}` with every field of the format.
    public func json(_ model: Model, language: Language) -> String {
        func ids(_ values: [Located<String>]) -> JSONValue { .texts(values.map(\.value)) }
        /// Members with their dates as full ISO days and `…_precision` (`MachineDate`).
        func dated(_ members: [String: JSONValue], _ dates: [(String, ModelDate?)]) -> JSONValue {
            var all = members
            for (key, date) in dates { MachineDate.add(&all, key, date?.description) }
            return .object(all)
        }
        let entries: [JSONValue]
        switch self {
        case .actors:
            entries = model.actors.map {
                .object(["id": .string($0.id.value), "name": .string($0.name.text(language)), "kind": .string($0.kind.rawValue),
                         "part_of": .text($0.partOf?.value), "aka": .texts($0.aka),
                         "description": .text($0.description.text(language)), "sources": ids($0.sources)])
            }
        case .files:
            entries = model.files.map {
                dated(["id": .string($0.id.value), "name": .string($0.name.text(language)), "held_by": .string($0.heldBy.value),
                       "data": ids($0.data), "kind": .text($0.kind?.rawValue), "about": ids($0.about),
                       "since_unknown": .bool($0.sinceUnknown), "status": .string($0.status.rawValue),
                       "confidence": .text($0.confidence?.rawValue), "description": .text($0.description.text(language)), "sources": ids($0.sources)],
                      [("since", $0.since?.value), ("until", $0.until?.value)])
            }
        case .data:
            entries = model.categories.map {
                .object(["id": .string($0.id.value), "name": .string($0.name.text(language)), "parent": .text($0.parent?.value),
                         "sensitive": .bool($0.sensitive), "description": .text($0.description.text(language))])
            }
        case .populations:
            entries = model.populations.map {
                .object(["id": .string($0.id.value), "name": .string($0.name.text(language)), "parent": .text($0.parent?.value),
                         "description": .text($0.description.text(language))])
            }
        case .rights:
            entries = model.rights.map {
                dated(["id": .text($0.id?.value), "actor": .string($0.actor.value), "reaches": .string($0.reaches.value),
                       "kind": .string($0.kind.rawValue), "data": ids($0.data), "purpose": .text($0.purpose),
                       "basis": .text($0.basis), "since_unknown": .bool($0.sinceUnknown),
                       "status": .string($0.status.rawValue), "confidence": .text($0.confidence?.rawValue),
                       "sources": ids($0.sources), "note": .text($0.note.text(language))],
                      [("since", $0.since?.value), ("until", $0.until?.value)])
            }
        case .flows:
            entries = model.flows.map {
                dated(["id": .text($0.id?.value), "from": .string($0.from.value), "into": .string($0.into.value),
                       "data": ids($0.data), "purpose": .text($0.purpose), "basis": .text($0.basis),
                       "since_unknown": .bool($0.sinceUnknown), "status": .string($0.status.rawValue),
                       "confidence": .text($0.confidence?.rawValue), "sources": ids($0.sources), "note": .text($0.note.text(language))],
                      [("since", $0.since?.value), ("until", $0.until?.value)])
            }
        case .sources:
            entries = model.sources.map {
                dated(["id": .string($0.id.value), "title": .string($0.title.text(language)), "url": .text($0.url),
                       "publisher": .text($0.publisher.text(language)), "pages": .text($0.pages), "note": .text($0.note.text(language))],
                      [("date", $0.date)])
            }
        case .purposes:
            entries = Self.purposes(model).map { .object(["id": .string($0.id), "rights": .int($0.rights), "flows": .int($0.flows)]) }
        }
        return JSONValue.object(["schema_version": .int(Self.schemaVersion), rawValue: .array(entries)]).rendered()
    }
}
