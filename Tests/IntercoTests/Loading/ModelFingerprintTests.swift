@testable import Interco
import Testing

@Suite struct ModelFingerprintTests {
    let inputs = [ModelLoader.Input(path: "data/a.yaml", bytes: Array("actors: []\n".utf8)),
                  ModelLoader.Input(path: "data/b.yaml", bytes: Array("rights: []\n".utf8))]

    @Test func theOrderOfTheFilesDoesNotCount() {
        #expect(ModelFingerprint.of(inputs) == ModelFingerprint.of(inputs.reversed()))
        #expect(ModelFingerprint.of(inputs).count == 8)
    }

    @Test func aByteOrAPathChangesIt() {
        var edited = inputs
        edited[1].bytes[0] = UInt8(ascii: "R")
        #expect(ModelFingerprint.of(edited) != ModelFingerprint.of(inputs))
        var moved = inputs
        moved[0].path = "data/c.yaml"
        #expect(ModelFingerprint.of(moved) != ModelFingerprint.of(inputs))
        // A byte moved across the boundary between two files is a different model.
        let joined = [ModelLoader.Input(path: "data/a.yaml", bytes: Array("actors: []\nr".utf8)),
                      ModelLoader.Input(path: "data/b.yaml", bytes: Array("ights: []\n".utf8))]
        #expect(ModelFingerprint.of(joined) != ModelFingerprint.of(inputs))
    }

    @Test func theShippedModelIsItsEmbeddedFiles() {
        #expect(ShippedModel.fingerprint == ModelFingerprint.of(ShippedModel.inputs))
    }
}
