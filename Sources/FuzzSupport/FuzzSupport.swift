import Interco

/// libFuzzer's driver, which the targets' `main` hands over to.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process arguments, calling `callback` on every input.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, callback)
}

/// The input loaded as the model file `fuzz.yaml`, with limits small enough for fuzzing.
public func loadFuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> ModelLoader.Result {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let loader = ModelLoader(limits: ReadingLimits(maxFileBytes: 1 << 20, maxDepth: 64, maxAliasExpansion: 10_000))
    return loader.load(inputs: [.init(path: "fuzz.yaml", bytes: bytes)])
}
