/// Files embedded at build time by the `EmbedModelPlugin` build tool.
enum Embedded {}

/// The model shipped with interco: the files of `data/`, embedded at build time, so that an
/// installed binary needs no checkout.
public enum ShippedModel {
    /// The embedded files as loader inputs, paths as `data/…`.
    public static var inputs: [ModelLoader.Input] {
        Embedded.shippedModel.map { ModelLoader.Input(path: $0.path, bytes: Array($0.text.utf8)) }
    }
}
