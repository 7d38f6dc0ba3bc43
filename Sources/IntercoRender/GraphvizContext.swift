import CGraphviz
import Foundation

/// The single Graphviz context of the process, and the lock every Graphviz call takes.
///
/// Graphviz is not thread-safe: the DOT parser, the message reporting, the
/// string tables and even the selected layout engine (stored in the context,
/// used by `gvFreeLayout`) are shared state, and message capture swaps C's
/// `stderr`. So there is one context, created lazily, and one lock held for a
/// whole parse → layout → render → free sequence.
final class GraphvizContext: @unchecked Sendable {
    /// What the context needs besides the lock; only touched with the lock held.
    struct State {
        /// The `GVC_t *`, or nil if `gvContext()` returned NULL.
        var gvc: OpaquePointer?
        /// Layout engines listed in Graphviz's plugin configuration.
        var layoutEngines: [String]
        /// Output devices (formats) listed in the plugin configuration.
        var devices: [String]
        /// What Graphviz said while the context was being created.
        var startupMessages: [GraphvizMessage]
    }

    /// The process-wide instance.
    static let shared = GraphvizContext()

    private let lock = NSLock()
    private var state: State?

    private init() {}

    /// Runs `body` with the lock held and Graphviz's output captured, creating
    /// the context on first use.
    ///
    /// The context is never freed: `gvFreeContext` at exit buys nothing, and a
    /// context per render would reload the plugin configuration every time.
    func withState<T>(_ body: (State) throws(RenderFailure) -> T) throws(RenderFailure) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try MessageCapture.redirectingStderr { () throws(RenderFailure) -> T in
            if state == nil {
                state = Self.makeState()
            }
            return try body(state!)
        }
    }

    /// Sets up message capture, creates the context and reads the plugin lists.
    private static func makeState() -> State {
        MessageCapture.configureGraphviz()
        MessageCapture.reset()
        let gvc = gvContext()
        let layouts = gvc.map { pluginNames(gvc: $0, kind: "layout") } ?? []
        let devices = gvc.map { pluginNames(gvc: $0, kind: "device") } ?? []
        return State(
            gvc: gvc,
            layoutEngines: layouts,
            devices: devices,
            startupMessages: MessageCapture.drain()
        )
    }

    /// The plugin names of one kind ("layout", "device"), without their ":package" suffix.
    ///
    /// `gvPluginList` reads the configuration file (`config6a`) written by
    /// `dot -c`; it returns an empty list when that file is missing, which is
    /// how a broken installation shows up. The list and its strings are malloc'd.
    private static func pluginNames(gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(max(count, 0)) {
            guard let entry = list[index] else { continue }
            names.append(String(cString: entry))
            free(entry)
        }
        return names
    }
}
