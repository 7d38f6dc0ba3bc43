import FuzzSupport
import Interco

/// libFuzzer entry point: any bytes as a model file go through the reader, builder and validator.
/// The loader must answer with diagnostics, never crash, hang or blow its limits.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let result = loadFuzzInput(data, size)
    // Every diagnostic must have a place inside the input (or the file itself).
    for diagnostic in result.diagnostics where diagnostic.location.file == "fuzz.yaml" {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "diagnostic without a position")
    }
    return 0
}
