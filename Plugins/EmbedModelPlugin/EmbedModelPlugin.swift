import Foundation
import PackagePlugin

/// Embeds the shipped model (`data/`) into the `Interco` module as generated Swift source,
/// so that an installed `interco` answers from any directory without the checkout.
@main
struct EmbedModelPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appending(path: "data")
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedModel+Files.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dataDirectory, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the shipped model (data/)",
                executable: try context.tool(named: "EmbedModel").url,
                arguments: [dataDirectory.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
