/// The model as a property graph, for tools that load graphs (Gephi, yEd, networkx, D3, Neo4j):
/// every node and edge with the attributes the model gives it, in model order.
///
/// Nodes are actors, files and data categories; edges are `holds` (actor → file), `right`
/// (actor → file or actor), `flow` (file → file, in the direction the data goes), `part-of`
/// (unit → actor), `contains` (file → declared category) and `broader` (category → parent).
/// Ids are prefixed with the node's type (`actor:caf`, `file:ficoba`) so that an actor and a file
/// may share an id, as the model allows.
public struct PropertyGraph: Sendable, Equatable {
    /// A value of an attribute.
    public enum Value: Sendable, Equatable {
        case text(String)
        case flag(Bool)
        case texts([String])
    }

    /// A named attribute; absent values are left out, never written as empty text.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: Value
    }

    /// A node.
    public struct Node: Sendable, Equatable {
        /// `actor:ID`, `file:ID` or `category:ID`.
        public var id: String
        /// `actor`, `file` or `category`.
        public var type: String
        /// The display name.
        public var label: String
        /// First and last day, for tools that show time (GEXF's `start`/`end`): ISO days.
        public var start: String?
        public var end: String?
        public var attributes: [Attribute]
    }

    /// An edge.
    public struct Edge: Sendable, Equatable {
        /// Unique: `right:ID` (`right#N`, the right's place in the model, when it has no id), `flow:ID`
        /// or `flow#N`, `holds:FILE`, `part-of:ACTOR`, `contains:FILE:CATEGORY`, `broader:CATEGORY`.
        public var id: String
        public var source: String
        public var target: String
        /// `holds`, `right`, `flow`, `part-of`, `contains` or `broader`.
        public var type: String
        /// A short label: the right's kind, or the edge type.
        public var label: String
        public var start: String?
        public var end: String?
        public var attributes: [Attribute]
    }

    public var nodes: [Node]
    public var edges: [Edge]

    /// Every attribute name used by nodes (or edges) of a type, with whether it is a list, in order
    /// of first use: the schema GraphML and GEXF declare.
    public func schema(ofEdges: Bool) -> [(name: String, isList: Bool, isFlag: Bool)] {
        var seen: [String: Int] = [:]
        var result: [(name: String, isList: Bool, isFlag: Bool)] = []
        let lists = ofEdges ? edges.map(\.attributes) : nodes.map(\.attributes)
        for attributes in lists {
            for attribute in attributes where seen[attribute.name] == nil {
                seen[attribute.name] = result.count
                var isList = false, isFlag = false
                switch attribute.value {
                case .texts: isList = true
                case .flag: isFlag = true
                case .text: break
                }
                result.append((attribute.name, isList, isFlag))
            }
        }
        return result
    }
}

extension PropertyGraph {
    /// The graph of `model`; with `counting`, only the files, rights and flows that count for that
    /// query (its day, statuses, purpose and population), as decided by the query itself. The
    /// model's texts (names, descriptions, notes) are in `language`.
    public init(_ model: Model, counting finder: PathFinder? = nil, language: Language) {
        var nodes: [Node] = []
        var edges: [Edge] = []
        func ids(_ values: [Located<String>]) -> [String] { values.map(\.value) }
        func add(_ list: inout [Attribute], _ name: String, _ value: String?) {
            if let value { list.append(Attribute(name: name, value: .text(value))) }
        }
        func add(_ list: inout [Attribute], _ name: String, _ values: [String]) {
            if !values.isEmpty { list.append(Attribute(name: name, value: .texts(values))) }
        }
        /// Dates, status and confidence: what files, rights and flows all say about themselves.
        func addStanding(_ list: inout [Attribute], _ standing: Standing) {
            add(&list, "since", standing.since.map { MachineDate.day($0.value) })
            add(&list, "since_precision", standing.since.map { MachineDate.precision($0.value) })
            add(&list, "until", standing.until.map { MachineDate.day($0.value) })
            add(&list, "until_precision", standing.until.map { MachineDate.precision($0.value) })
            if standing.sinceUnknown { list.append(Attribute(name: "since_unknown", value: .flag(true))) }
            add(&list, "status", standing.status.rawValue)
            add(&list, "confidence", standing.confidence?.rawValue)
        }
        func addSources(_ list: inout [Attribute], _ sources: [Located<String>], in model: Model, urls: [String: String]) {
            add(&list, "sources", ids(sources))
            add(&list, "source_urls", sources.compactMap { urls[$0.value] })
        }
        var urls: [String: String] = [:]
        for source in model.sources { if let url = source.url, urls[source.id.value] == nil { urls[source.id.value] = url } }

        let actorIDs = Set(model.actors.map(\.id.value))
        let fileIDs = Set(model.files.map(\.id.value))
        let categoryIDs = Set(model.categories.map(\.id.value))

        for actor in model.actors {
            var attributes: [Attribute] = [Attribute(name: "type", value: .text("actor")),
                                           Attribute(name: "model_id", value: .text(actor.id.value)),
                                           Attribute(name: "name", value: .text(actor.name.text(language))),
                                           Attribute(name: "kind", value: .text(actor.kind.rawValue))]
            add(&attributes, "part_of", actor.partOf?.value)
            add(&attributes, "aka", actor.aka)
            add(&attributes, "description", actor.description.text(language))
            addSources(&attributes, actor.sources, in: model, urls: urls)
            nodes.append(Node(id: "actor:" + actor.id.value, type: "actor", label: actor.name.text(language), attributes: attributes))
            if let parent = actor.partOf?.value, actorIDs.contains(parent) {
                edges.append(Edge(id: "part-of:" + actor.id.value, source: "actor:" + actor.id.value,
                                  target: "actor:" + parent, type: "part-of", label: "part of",
                                  attributes: [Attribute(name: "type", value: .text("part-of"))]))
            }
        }

        var keptFiles = Set<String>()
        for (number, file) in model.files.enumerated() {
            if let finder, !finder.fileInScope[number] { continue }
            keptFiles.insert(file.id.value)
            var attributes: [Attribute] = [Attribute(name: "type", value: .text("file")),
                                           Attribute(name: "model_id", value: .text(file.id.value)),
                                           Attribute(name: "name", value: .text(file.name.text(language))),
                                           Attribute(name: "held_by", value: .text(file.heldBy.value))]
            add(&attributes, "kind", file.kind?.rawValue)
            add(&attributes, "data", ids(file.data))
            add(&attributes, "about", ids(file.about))
            addStanding(&attributes, file.standing)
            add(&attributes, "description", file.description.text(language))
            addSources(&attributes, file.sources, in: model, urls: urls)
            let id = "file:" + file.id.value
            nodes.append(Node(id: id, type: "file", label: file.name.text(language), start: file.since.map { MachineDate.day($0.value) },
                              end: file.until.map { MachineDate.day($0.value) }, attributes: attributes))
            if actorIDs.contains(file.heldBy.value) {
                edges.append(Edge(id: "holds:" + file.id.value, source: "actor:" + file.heldBy.value, target: id,
                                  type: "holds", label: "holds", attributes: [Attribute(name: "type", value: .text("holds"))]))
            }
            var declared = Set<String>()
            for category in ids(file.data) where categoryIDs.contains(category) && declared.insert(category).inserted {
                edges.append(Edge(id: "contains:\(file.id.value):\(category)", source: id, target: "category:" + category,
                                  type: "contains", label: "contains",
                                  attributes: [Attribute(name: "type", value: .text("contains"))]))
            }
        }

        for category in model.categories {
            var attributes: [Attribute] = [Attribute(name: "type", value: .text("category")),
                                           Attribute(name: "model_id", value: .text(category.id.value)),
                                           Attribute(name: "name", value: .text(category.name.text(language)))]
            add(&attributes, "parent", category.parent?.value)
            attributes.append(Attribute(name: "sensitive", value: .flag(category.sensitive)))
            add(&attributes, "description", category.description.text(language))
            nodes.append(Node(id: "category:" + category.id.value, type: "category", label: category.name.text(language),
                              attributes: attributes))
            if let parent = category.parent?.value, categoryIDs.contains(parent) {
                edges.append(Edge(id: "broader:" + category.id.value, source: "category:" + category.id.value,
                                  target: "category:" + parent, type: "broader", label: "broader",
                                  attributes: [Attribute(name: "type", value: .text("broader"))]))
            }
        }

        for (number, right) in model.rights.enumerated() {
            if let finder, !finder.rightCounts[number] { continue }
            let target: String
            if keptFiles.contains(right.reaches.value) {
                target = "file:" + right.reaches.value
            } else if actorIDs.contains(right.reaches.value), !fileIDs.contains(right.reaches.value) {
                target = "actor:" + right.reaches.value
            } else {
                continue
            }
            guard actorIDs.contains(right.actor.value) else { continue }
            var attributes: [Attribute] = [Attribute(name: "type", value: .text("right"))]
            add(&attributes, "model_id", right.id?.value)
            attributes.append(Attribute(name: "kind", value: .text(right.kind.rawValue)))
            add(&attributes, "data", ids(right.data))
            add(&attributes, "purpose", right.purpose)
            add(&attributes, "basis", right.basis)
            add(&attributes, "basis_note", right.basisNote.text(language))
            if right.internal { attributes.append(Attribute(name: "internal", value: .flag(true))) }
            addStanding(&attributes, right.standing)
            addSources(&attributes, right.sources, in: model, urls: urls)
            add(&attributes, "note", right.note.text(language))
            edges.append(Edge(id: right.id.map { "right:" + $0.value } ?? "right#\(number + 1)",
                              source: "actor:" + right.actor.value, target: target, type: "right",
                              label: right.kind.rawValue, start: right.since.map { MachineDate.day($0.value) },
                              end: right.until.map { MachineDate.day($0.value) }, attributes: attributes))
        }

        for (number, flow) in model.flows.enumerated() {
            if let finder, !finder.flowCounts[number] { continue }
            guard keptFiles.contains(flow.from.value), keptFiles.contains(flow.into.value) else { continue }
            var attributes: [Attribute] = [Attribute(name: "type", value: .text("flow"))]
            add(&attributes, "model_id", flow.id?.value)
            add(&attributes, "data", ids(flow.data))
            add(&attributes, "purpose", flow.purpose)
            add(&attributes, "basis", flow.basis)
            add(&attributes, "basis_note", flow.basisNote.text(language))
            addStanding(&attributes, flow.standing)
            addSources(&attributes, flow.sources, in: model, urls: urls)
            add(&attributes, "note", flow.note.text(language))
            edges.append(Edge(id: flow.id.map { "flow:" + $0.value } ?? "flow#\(number + 1)",
                              source: "file:" + flow.from.value, target: "file:" + flow.into.value, type: "flow",
                              label: "flow", start: flow.since.map { MachineDate.day($0.value) },
                              end: flow.until.map { MachineDate.day($0.value) }, attributes: attributes))
        }
        self.init(nodes: nodes, edges: edges)
    }
}
