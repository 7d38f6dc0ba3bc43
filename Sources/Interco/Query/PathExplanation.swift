/// A hop made readable: what it is, between which ids, and everything that justifies it.
public struct HopExplanation: Sendable, Hashable {
    /// What sort of hop it is.
    public var type: HopKind
    /// Id of where the hop starts (actor or file).
    public var from: String
    /// Id of where it goes (actor or file).
    public var to: String
    /// The right's or flow's id, when it has one.
    public var id: String?
    /// The right's kind (`consultation`…), `holds` or `flow`.
    public var kind: String
    /// Categories the right or flow is limited to (empty: no limit).
    public var data: [String]
    /// Legal basis.
    public var basis: String?
    /// Dates.
    public var since: String?
    /// Dates.
    public var until: String?
    /// Status (holdings are in force).
    public var status: Status
    /// Confidence.
    public var confidence: Confidence?
    /// Purpose; nil when not stated.
    public var purpose: String?
    /// Sources with title and url, their texts in the path's language (`Source.resolved`).
    public var sources: [Source]
    /// Note.
    public var note: String?
    /// Why no legal basis is given, when none is identified.
    public var basisNote: String? = nil
    /// True for the holder's own staff's access (no separate basis needed).
    public var `internal` = false
    /// True when the start is written as unknown.
    public var sinceUnknown = false
    /// Roles of the sources that do not simply support the hop.
    public var sourceRoles: [String: SourceRole] = [:]
    /// The safeguards of the file or right.
    public var safeguards = Safeguards()
}

/// A path made readable.
public struct PathReport: Sendable, Hashable {
    /// The actor the path starts from.
    public var actor: String
    /// Rights used.
    public var rights: Int
    /// Hops in order.
    public var hops: [HopExplanation]
    /// Categories reached at the end.
    public var reached: [String]
    /// The best match of a reached category with the queried one, when a category was queried.
    public var match: Match?
    /// The weakest status along the path (in force unless a hop says otherwise).
    public var status: Status
}

extension AccessIndex {
    /// Explains every hop of a path, in the index's terms, with the model's texts in `language`.
    /// Under `filters`, each hop's status, basis and start are those of its state on the filters'
    /// day (the basis of that day's history event when it gives one, the day it has counted
    /// from); without, as written.
    public func explain(_ path: AccessPath, queried: Int? = nil, filters: QueryFilters? = nil, language: Language) -> PathReport {
        explain(path, subject: queried.map { .category($0, in: self) }, filters: filters, language: language)
    }

    /// Explains every hop of a path; its match is with the subject asked about, if any. The
    /// model's texts (notes) are in `language`.
    public func explain(_ path: AccessPath, subject: Subject?, filters: QueryFilters? = nil, language: Language) -> PathReport {
        var hops: [HopExplanation] = []
        var current = actorIDs[path.actor]
        for hop in path.hops {
            defer { if let filters { hops[hops.count - 1].standOn(hop, filters, model) } }
            switch hop {
            case .holds(let file):
                let record = model.files[file]
                hops.append(HopExplanation(
                    type: .holds, from: current, to: record.id.value, id: nil, kind: "holds", data: [],
                    basis: nil, since: record.since?.value.description, until: record.until?.value.description,
                    status: record.status, confidence: record.confidence, purpose: nil, sources: sources(record.sources, language),
                    note: nil, sinceUnknown: record.sinceUnknown, sourceRoles: record.sourceRoles,
                    safeguards: record.safeguards))
                current = record.id.value
            case .heldBy(let file, let actor):
                let record = model.files[file]
                hops.append(HopExplanation(
                    type: .heldBy, from: actorIDs[actor], to: record.id.value, id: nil, kind: "holds", data: [],
                    basis: nil, since: record.since?.value.description, until: record.until?.value.description,
                    status: record.status, confidence: record.confidence, purpose: nil, sources: sources(record.sources, language),
                    note: nil, sinceUnknown: record.sinceUnknown, sourceRoles: record.sourceRoles,
                    safeguards: record.safeguards))
                current = record.id.value
            case .right(let number):
                let right = model.rights[number]
                hops.append(HopExplanation(
                    type: .right, from: right.actor.value, to: right.reaches.value, id: right.id?.value,
                    kind: right.kind.rawValue, data: right.data.map(\.value), basis: right.basis,
                    since: right.since?.value.description, until: right.until?.value.description, status: right.status,
                    confidence: right.confidence, purpose: right.purpose, sources: sources(right.sources, language), note: right.note.text(language),
                    basisNote: right.basisNote.text(language), internal: right.internal, sinceUnknown: right.sinceUnknown,
                    sourceRoles: right.sourceRoles, safeguards: right.safeguards))
                current = right.reaches.value
            case .flow(let number):
                let flow = model.flows[number]
                hops.append(HopExplanation(
                    type: .flow, from: flow.into.value, to: flow.from.value, id: flow.id?.value, kind: "flow",
                    data: flow.data.map(\.value), basis: flow.basis, since: flow.since?.value.description,
                    until: flow.until?.value.description, status: flow.status, confidence: flow.confidence,
                    purpose: flow.purpose, sources: sources(flow.sources, language), note: flow.note.text(language), basisNote: flow.basisNote.text(language),
                    sinceUnknown: flow.sinceUnknown, sourceRoles: flow.sourceRoles))
                current = flow.from.value
            }
        }
        let match = subject.flatMap { subject in path.reached.compactMap { subject.match(reached: $0, self) }.min() }
        return PathReport(actor: actorIDs[path.actor], rights: path.rights, hops: hops,
                          reached: path.reached.map { categoryIDs[$0] }, match: match,
                          status: hops.map(\.status).max() ?? .inForce)
    }

    private func sources(_ ids: [Located<String>], _ language: Language) -> [Source] {
        ids.compactMap { source($0.value)?.resolved(language) }
    }
}

extension HopExplanation {
    /// The status, basis and start of the hop's record on the filters' day.
    mutating func standOn(_ hop: Hop, _ filters: QueryFilters, _ model: Model) {
        let standing: Standing
        switch hop {
        case .holds(let file), .heldBy(let file, _): standing = model.files[file].standing
        case .right(let right): standing = model.rights[right].standing
        case .flow(let flow): standing = model.flows[flow].standing
        }
        let also: Status? = hop.kind == .holds || hop.kind == .heldBy ? .inForce : nil
        guard let counted = filters.counted(standing, also: also) else { return }
        status = counted.state.status.value
        since = counted.since?.description
        sinceUnknown = standing.sinceUnknown && counted.since == nil
        if let basis = counted.state.basis { self.basis = basis.value }
    }
}
