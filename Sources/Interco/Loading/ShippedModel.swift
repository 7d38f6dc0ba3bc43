/// Files embedded at build time by the `EmbedModelPlugin` build tool.
enum Embedded {}

/// The model shipped with interco: the files of `data/`, embedded at build time, so that an
/// installed binary needs no checkout.
public enum ShippedModel {
    /// The embedded files as loader inputs, paths as `data/…`.
    public static var inputs: [ModelLoader.Input] {
        Embedded.shippedModel.map { ModelLoader.Input(path: $0.path, bytes: Array($0.text.utf8)) }
    }

    /// The embedded files' fingerprint (`ModelFingerprint`): which version of `data/` was built in.
    public static let fingerprint = ModelFingerprint.of(inputs)

    /// Whether the model files under `directory` (read as `--model` would, paths as given)
    /// differ from the embedded ones; nil when the directory holds no model that can be read.
    public static func differs(fromDirectory directory: String) -> Bool? {
        var files = ModelFiles(limits: .standard)
        files.add(directory)
        guard files.problems.isEmpty, !files.inputs.isEmpty else { return nil }
        return ModelFingerprint.of(files.inputs) != fingerprint
    }
}
