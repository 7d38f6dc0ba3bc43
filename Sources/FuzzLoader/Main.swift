import FuzzSupport

/// SwiftPM links an executable's `main` to `FuzzLoader_main`; here it hands over to libFuzzer's driver.
@_cdecl("FuzzLoader_main")
public func FuzzLoaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in data.map { LLVMFuzzerTestOneInput($0, size) } ?? 0 }
}
