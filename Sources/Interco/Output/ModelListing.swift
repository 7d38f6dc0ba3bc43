/// The sections `interco list` shows, as tables for people and JSON for programs.
public enum ModelListing: String, CaseIterable, Sendable {
    case actors, files, data, populations, rights, flows, sources

    /// Version of the JSON shape.
    public static let schemaVersion = 1

    /// Rows of the section, one per entry, in model order.
    public func table(_ model: Model) -> Table {
        switch self {
        case .actors:
            Table(headers: ["id", "kind", "part of", "name"],
                  rows: model.actors.map { [$0.id.value, $0.kind.rawValue, $0.partOf?.value ?? "", $0.name] })
        case .files:
            Table(headers: ["id", "kind", "held by", "since", "until", "data", "name"],
                  rows: model.files.map {
                      [$0.id.value, $0.kind?.rawValue ?? "", $0.heldBy.value, $0.since?.value.description ?? "",
                       $0.until?.value.description ?? "", $0.data.map(\.value).joined(separator: ", "), $0.name]
                  })
        case .data:
            Table(headers: ["id", "parent", "sensitive", "name"],
                  rows: model.categories.map { [$0.id.value, $0.parent?.value ?? "", $0.sensitive ? "yes" : "", $0.name] })
        case .populations:
            Table(headers: ["id", "parent", "name"],
                  rows: model.populations.map { [$0.id.value, $0.parent?.value ?? "", $0.name] })
        case .rights:
            Table(headers: ["id", "actor", "kind", "reaches", "status", "since", "until", "basis"],
                  rows: model.rights.map {
                      [$0.id?.value ?? "", $0.actor.value, $0.kind.rawValue, $0.reaches.value, $0.status.rawValue,
                       $0.since?.value.description ?? "", $0.until?.value.description ?? "", $0.basis ?? ""]
                  })
        case .flows:
            Table(headers: ["id", "from", "into", "status", "since", "until", "data"],
                  rows: model.flows.map {
                      [$0.id?.value ?? "", $0.from.value, $0.into.value, $0.status.rawValue,
                       $0.since?.value.description ?? "", $0.until?.value.description ?? "",
                       $0.data.map(\.value).joined(separator: ", ")]
                  })
        case .sources:
            Table(headers: ["id", "date", "publisher", "title"],
                  rows: model.sources.map { [$0.id.value, $0.date?.description ?? "", $0.publisher ?? "", $0.title] })
        }
    }

    /// `{schema_version, <section>: [ {field: value…} ]}` with every field of the format.
    public func json(_ model: Model) -> String {
        func ids(_ values: [Located<String>]) -> JSONValue { .texts(values.map(\.value)) }
        func date(_ value: Located<ModelDate>?) -> JSONValue { .text(value?.value.description) }
        let entries: [JSONValue]
        switch self {
        case .actors:
            entries = model.actors.map {
                .object(["id": .string($0.id.value), "name": .string($0.name), "kind": .string($0.kind.rawValue),
                         "part_of": .text($0.partOf?.value), "aka": .texts($0.aka),
                         "description": .text($0.description), "sources": ids($0.sources)])
            }
        case .files:
            entries = model.files.map {
                .object(["id": .string($0.id.value), "name": .string($0.name), "held_by": .string($0.heldBy.value),
                         "data": ids($0.data), "kind": .text($0.kind?.rawValue), "about": ids($0.about),
                         "since": date($0.since), "until": date($0.until), "status": .string($0.status.rawValue),
                         "confidence": .text($0.confidence?.rawValue), "description": .text($0.description), "sources": ids($0.sources)])
            }
        case .data:
            entries = model.categories.map {
                .object(["id": .string($0.id.value), "name": .string($0.name), "parent": .text($0.parent?.value),
                         "sensitive": .bool($0.sensitive), "description": .text($0.description)])
            }
        case .populations:
            entries = model.populations.map {
                .object(["id": .string($0.id.value), "name": .string($0.name), "parent": .text($0.parent?.value),
                         "description": .text($0.description)])
            }
        case .rights:
            entries = model.rights.map {
                .object(["id": .text($0.id?.value), "actor": .string($0.actor.value), "reaches": .string($0.reaches.value),
                         "kind": .string($0.kind.rawValue), "data": ids($0.data), "purpose": .text($0.purpose),
                         "basis": .text($0.basis), "since": date($0.since), "until": date($0.until),
                         "status": .string($0.status.rawValue), "confidence": .text($0.confidence?.rawValue),
                         "sources": ids($0.sources), "note": .text($0.note)])
            }
        case .flows:
            entries = model.flows.map {
                .object(["id": .text($0.id?.value), "from": .string($0.from.value), "into": .string($0.into.value),
                         "data": ids($0.data), "purpose": .text($0.purpose), "basis": .text($0.basis),
                         "since": date($0.since), "until": date($0.until), "status": .string($0.status.rawValue),
                         "confidence": .text($0.confidence?.rawValue), "sources": ids($0.sources), "note": .text($0.note)])
            }
        case .sources:
            entries = model.sources.map {
                .object(["id": .string($0.id.value), "title": .string($0.title), "url": .text($0.url),
                         "publisher": .text($0.publisher), "date": .text($0.date?.description), "pages": .text($0.pages),
                         "note": .text($0.note)])
            }
        }
        return JSONValue.object(["schema_version": .int(Self.schemaVersion), rawValue: .array(entries)]).rendered()
    }
}
