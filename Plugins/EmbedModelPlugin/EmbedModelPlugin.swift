import Foundation
import PackagePlugin

/// Embeds the shipped model (`data/`) and the diagram themes (`render/themes/`) into the
/// `Interco` module as generated Swift source, so that an installed `interco` answers from any
/// directory without the checkout.
@main
struct EmbedModelPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appending(path: "data")
        let themeDirectory = context.package.directoryURL.appending(path: "render/themes")
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded+Files.swift")
        var inputs: [URL] = []
        for directory in [dataDirectory, themeDirectory] {
            guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the shipped model (data/)",
                executable: try context.tool(named: "EmbedModel").url,
                arguments: [output.path, "shippedModel", "data", dataDirectory.path,
                            "themes", "render/themes", themeDirectory.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
