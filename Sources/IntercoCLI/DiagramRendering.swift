import ArgumentParser
import Foundation
import Interco
import IntercoRender
#if canImport(Glibc)
import Glibc
#endif

/// Lays out and renders a diagram in-process, for `render` and `report`: the engine's size limit
/// (exit 64), Graphviz's warnings on standard error, its failures as exit 70, and a layout past
/// its deadline ends the process at once.
enum DiagramRendering {
    /// A built-in theme or a theme file; a mistake in it is a usage error (exit 64).
    static func theme(_ name: String) throws -> Theme {
        switch Theme.load(name) {
        case .success(let loaded): return loaded
        case .failure(let problem):
            Console.error(problem.description + "\n")
            throw ExitCode(64)
        }
    }

    /// Lays out `graph` and renders it within the time budget, after the engine's size check
    /// when `sizeLimit`; an SVG is titled with people's names, not internal ids.
    static func render(_ graph: DOTGraph, engine: LayoutEngine, format: ImageFormat, timeout: Double, sizeLimit: Bool = true) throws -> Data {
        let size = graph.size
        if sizeLimit, let refusal = engine.refusal(nodes: size.nodes, edges: size.edges) {
            Console.error("error: \(refusal)\n")
            throw ExitCode(64)
        }
        let data = try layOut(DOTEncoder.encode(graph), engine: engine, format: format, timeout: timeout)
        return format == .svg
            ? Data(SVGTitles.apply(to: String(decoding: data, as: UTF8.self), title: graph.title, names: graph.names).utf8)
            : data
    }

    /// Lays out and renders `dot` within the time budget; Graphviz's failures exit with 70.
    static func layOut(_ dot: String, engine: LayoutEngine, format: ImageFormat, timeout: Double) throws -> Data {
        do {
            let rendered = try GraphvizRenderer.render(dot: dot, engine: engine, format: format,
                                                       timeout: .milliseconds(Int(timeout * 1000)))
            for warning in rendered.warnings { Console.error("warning: graphviz: \(SafeText.escaped(warning.message))\n") }
            return rendered.data
        } catch {
            Console.error("error: \(error.summary)" + (error.timedOut ? "; " + engine.timeoutAdvice : "") + "\n"
                          + error.messages.map { "note: graphviz: \(SafeText.escaped($0.message))\n" }.joined())
            // The layout is still running on its thread and cannot be stopped: end the
            // process at once, without running exit handlers under its feet.
            if error.timedOut { _exit(70) }
            throw ExitCode(70)
        }
    }
}
