import CGraphviz
import Foundation

/// Renders DOT text to an image with the Graphviz libraries linked into the process.
///
/// No subprocess, no temporary file: DOT text → `agread` (with ids numbered in order of first
/// appearance, see `cgv_read_dot`) → `gvLayout` → `gvRenderData`.
/// Graphviz's messages are captured, never printed; every call is serialised
/// by one process-wide lock, so concurrent callers simply wait their turn.
public enum GraphvizRenderer {
    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// Fails with a `RenderFailure` when the DOT text does not parse, the engine
    /// or format is not installed, layout or rendering fails, or Graphviz
    /// reports any error (even one it recovered from, such as a malformed HTML
    /// label: the DOT comes from our own generator, so an error means a bug
    /// there and a silently degraded picture would hide it).
    /// Layout time grows steeply with graph size and density for the `dot`
    /// engine and cannot be interrupted: callers must refuse oversized graphs
    /// beforehand. A `dot` layout with clusters is deliberately not freed
    /// (about 200 kB leaked per render) to dodge a Graphviz 2.42 double free.
    public static func render(
        dot: String,
        engine: LayoutEngine,
        format: ImageFormat
    ) throws(RenderFailure) -> RenderOutput {
        try GraphvizContext.shared.withState { (state) throws(RenderFailure) -> RenderOutput in
            MessageCapture.reset()
            guard let gvc = state.gvc else {
                throw RenderFailure(
                    summary: "Graphviz could not be initialised (gvContext returned NULL)",
                    messages: state.startupMessages
                )
            }
            try checkAvailable(engine: engine, format: format, state: state)

            // Line numbers in syntax errors count from 1 for each text (checked in 2.42).
            let parsed = dot.withCString { cgv_read_dot($0) }
            guard let graph = parsed else {
                var messages = MessageCapture.drain()
                if messages.isEmpty {
                    messages = [GraphvizMessage(severity: .error, message: "no graph found in the DOT text")]
                }
                throw RenderFailure(summary: "Graphviz could not parse the DOT text", messages: messages)
            }
            // Free the layout, then the graph (Graphviz's own order). gvFreeLayout is
            // a no-op on a graph that was never laid out, and it must run under the
            // lock because it uses the engine selected in the context.
            defer {
                if !layoutCleanupCrashes(engine: engine, graph: graph) {
                    gvFreeLayout(gvc, graph)
                }
                agclose(graph)
            }
            // Warnings seen so far; each phase adds its own and stops on any error.
            var messages = MessageCapture.drain()
            if messages.containsError {
                throw RenderFailure(summary: "Graphviz could not parse the DOT text", messages: messages)
            }

            let laidOut = gvLayout(gvc, graph, engine.rawValue) == 0
            messages += MessageCapture.drain()
            if !laidOut || messages.containsError {
                throw RenderFailure(
                    summary: messages.pluginLoadFailed
                        ? "layout engine '\(engine.rawValue)' is not available: \(pluginLoadAdvice)"
                        : "Graphviz could not lay out the graph with the '\(engine.rawValue)' engine",
                    messages: messages
                )
            }

            var bytes: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format.rawValue, &bytes, &length)
            defer { if let bytes { gvFreeRenderData(bytes) } }
            messages += MessageCapture.drain()
            guard status == 0, let bytes, !messages.containsError else {
                throw RenderFailure(
                    summary: messages.pluginLoadFailed
                        ? "output format '\(format.rawValue)' is not available: \(pluginLoadAdvice)"
                        : "Graphviz could not render the graph as \(format.rawValue)",
                    messages: messages
                )
            }
            return RenderOutput(data: Data(bytes: bytes, count: Int(length)), warnings: messages)
        }
    }

    /// Renders as `render(dot:engine:format:)` does, on a thread of its own, and gives up after
    /// `timeout` with a failure whose `timedOut` is true.
    ///
    /// A Graphviz layout cannot be interrupted: after a time-out it keeps running (holding the
    /// Graphviz lock) until it ends or the process does, so this is for a command that exits on
    /// failure. Nothing else changes: the same DOT goes to the same in-process layout, so the
    /// output is the one `render(dot:engine:format:)` gives.
    public static func render(
        dot: String,
        engine: LayoutEngine,
        format: ImageFormat,
        timeout: Duration
    ) throws(RenderFailure) -> RenderOutput {
        final class Outcome: @unchecked Sendable {
            var result: Result<RenderOutput, RenderFailure>?
            let done = DispatchSemaphore(value: 0)
        }
        let outcome = Outcome()
        let thread = Thread {
            do throws(RenderFailure) {
                outcome.result = .success(try render(dot: dot, engine: engine, format: format))
            } catch {
                outcome.result = .failure(error)
            }
            outcome.done.signal()
        }
        // Graphviz recurses deeply (dot's ranking, fdp's nested clusters): give the thread the
        // main thread's room rather than a secondary thread's default.
        thread.stackSize = 64 << 20
        thread.start()
        let (seconds, attoseconds) = timeout.components
        let nanoseconds = max(0, seconds) * 1_000_000_000 + attoseconds / 1_000_000_000
        if outcome.done.wait(timeout: .now() + .nanoseconds(Int(clamping: nanoseconds))) == .timedOut {
            throw RenderFailure(
                summary: "the '\(engine.rawValue)' layout took longer than \(Self.describe(timeout)) and was stopped",
                timedOut: true
            )
        }
        return try outcome.result!.get()
    }

    /// `12 s`, `1.5 s`.
    private static func describe(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let tenths = attoseconds / 100_000_000_000_000_000
        return tenths == 0 ? "\(seconds) s" : "\(seconds).\(tenths) s"
    }

    /// Whether freeing this layout would hit the Graphviz 2.42 double free.
    ///
    /// dot's cleanup frees a rank array that `flat_edges` had already
    /// `realloc`ed when the graph has clusters and labelled edges: glibc aborts
    /// the process ("double free detected in tcache 2"; valgrind shows the
    /// block freed by grealloc in flat_edges). The `dot` command never sees it
    /// because it exits without freeing its last graph. Skipping gvFreeLayout
    /// leaks that layout's memory instead, which a CLI can afford; agclose
    /// still frees the graph. The test is deliberately wider than the trigger
    /// (any dot layout with clusters): the exact condition could not be read
    /// from the graph reliably.
    private static func layoutCleanupCrashes(engine: LayoutEngine, graph: UnsafeMutablePointer<Agraph_t>) -> Bool {
        engine == .dot && cgv_layout_cluster_count(graph) > 0
    }

    /// Advice when config6a lists a plugin whose library cannot be loaded
    /// (deleted, or a config file left over from another Graphviz version).
    private static let pluginLoadAdvice =
        "Graphviz could not load its plugin; reinstall the Graphviz packages or run `dot -c` as root"

    /// Checks the plugin configuration before doing any work, so that a
    /// missing plugin gets an explanation instead of "not recognized".
    private static func checkAvailable(
        engine: LayoutEngine,
        format: ImageFormat,
        state: GraphvizContext.State
    ) throws(RenderFailure) {
        // Without config6a Graphviz lists no plugins at all: the usual cause is a
        // package installed without running its post-install step.
        if state.layoutEngines.isEmpty || state.devices.isEmpty {
            let what = state.layoutEngines.isEmpty
                ? "layout engine '\(engine.rawValue)'"
                : "output format '\(format.rawValue)'"
            throw RenderFailure(
                summary: "\(what) is not available: Graphviz plugins are not configured; run `dot -c` as root",
                messages: state.startupMessages
            )
        }
        if !state.layoutEngines.contains(engine.rawValue) {
            throw RenderFailure(
                summary: "layout engine '\(engine.rawValue)' is not available in this Graphviz installation"
                    + " (available: \(state.layoutEngines.joined(separator: ", ")))",
                messages: state.startupMessages
            )
        }
        if !state.devices.contains(format.rawValue) {
            throw RenderFailure(
                summary: "output format '\(format.rawValue)' is not available in this Graphviz installation"
                    + " (available: \(state.devices.joined(separator: ", ")))",
                messages: state.startupMessages
            )
        }
    }
}

extension [GraphvizMessage] {
    /// Whether any message is an error, which makes the render fail.
    fileprivate var containsError: Bool { contains { $0.severity == .error } }

    /// Whether Graphviz failed to dlopen a plugin listed in its configuration
    /// ("Could not load "/usr/lib/.../libgvplugin_dot_layout.so.6" - file not found").
    fileprivate var pluginLoadFailed: Bool {
        contains { $0.message.hasPrefix("Could not load \"") }
    }
}
