/// What a diagram shows.
public enum DiagramView: Sendable, Hashable {
    /// Every actor, file, right and flow that counts under the filters.
    case wholeMap
    /// Only what lies on the paths that answer `who-can-reach`.
    case whoCanReach(Subject)
    /// Only what lies on the paths of `reach`.
    case reach(actor: Int)
    /// Only what lies on the paths of `paths`.
    case paths(actor: Int, subject: Subject)
    /// The whole map at institution level: units folded into their institution, rights and flows
    /// between two institutions bundled into one edge, files counted in their holder's box.
    case overview
}

/// The records a diagram draws: chosen once, then laid out by `DiagramBuilder`.
struct DiagramSelection {
    var actors = Set<Int>()
    var files = Set<Int>()
    var rights = Set<Int>()
    var flows = Set<Int>()
    /// Links from where a path ends (a file or an actor node id) to the category it gives.
    var ends = Set<End>()
    var highlightedActors = Set<Int>()
    var highlightedCategories = Set<Int>()
    var truncated = false

    struct End: Hashable {
        var node: String
        var category: Int
        var match: Match?
    }

    /// Adds what `other` draws (a diff draws what either day counts).
    mutating func merge(_ other: DiagramSelection) {
        actors.formUnion(other.actors)
        files.formUnion(other.files)
        rights.formUnion(other.rights)
        flows.formUnion(other.flows)
        ends.formUnion(other.ends)
        highlightedActors.formUnion(other.highlightedActors)
        highlightedCategories.formUnion(other.highlightedCategories)
        truncated = truncated || other.truncated
    }

    /// Everything that counts under the finder's filters.
    static func wholeMap(_ finder: PathFinder) -> DiagramSelection {
        let index = finder.index
        var selection = DiagramSelection()
        selection.actors = Set(index.actorIDs.indices)
        selection.files = Set(index.fileIDs.indices.filter { finder.fileInScope[$0] })
        for right in index.model.rights.indices where finder.rightCounts[right]
            && (index.rightActor[right] < 0 || finder.startCounts[index.rightActor[right]]) {
            switch index.rightTarget[right] {
            case .file(let file)?: if finder.fileInScope[file] { selection.rights.insert(right) }
            case .actor?: selection.rights.insert(right)
            case nil: break
            }
        }
        for flow in index.model.flows.indices where finder.flowCounts[flow] && index.flowInto[flow] >= 0
            && finder.fileInScope[index.flowInto[flow]] {
            selection.flows.insert(flow)
            selection.files.insert(index.flowFrom[flow])
        }
        return selection
    }

    /// What lies on `paths`; each path's end is linked to the subject's categories it answers,
    /// or (without a subject, or for any category) to the categories it reaches.
    mutating func add(_ paths: [AccessPath], index: AccessIndex, subject: Subject?) {
        for path in paths {
            actors.insert(path.actor)
            var end = "actor:" + index.actorIDs[path.actor]
            for hop in path.hops {
                switch hop {
                case .holds(let file):
                    files.insert(file)
                    end = "file:" + index.fileIDs[file]
                case .right(let right):
                    rights.insert(right)
                    switch index.rightTarget[right] {
                    case .file(let file)?:
                        files.insert(file)
                        end = "file:" + index.fileIDs[file]
                    case .actor(let actor)?:
                        actors.insert(actor)
                        end = "actor:" + index.actorIDs[actor]
                    case nil: break
                    }
                case .heldBy(let file, let actor):
                    files.insert(file)
                    actors.insert(actor)
                    end = "file:" + index.fileIDs[file]
                case .flow(let flow):
                    flows.insert(flow)
                    files.insert(index.flowFrom[flow])
                    files.insert(index.flowInto[flow])
                    end = "file:" + index.fileIDs[index.flowFrom[flow]]
                }
            }
            if let subject, subject.kind != .any {
                for category in subject.categories {
                    guard let match = path.reached.compactMap({ index.match(reached: $0, queried: category) }).min() else { continue }
                    ends.insert(End(node: end, category: category, match: match))
                }
            } else {
                for reached in path.reached { ends.insert(End(node: end, category: reached, match: nil)) }
            }
        }
    }
}
