import Foundation
import Testing

/// The built binary, next to the test bundle (or `INTERCO_BINARY`).
enum Interco {
    struct Output {
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["INTERCO_BINARY"] { return URL(fileURLWithPath: path) }
        let testBinary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0])
        return testBinary.deletingLastPathComponent().appendingPathComponent("interco")
    }

    /// Fixtures are read from the source tree so that paths in messages stay short and stable.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The repository's root (its `data/` is the shipped model).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `interco` with `arguments` in `directory` (the fixtures by default). With
    /// `standardOutput`, the child writes there instead of into a pipe read here; `environment`
    /// adds to or replaces the fixed variables.
    static func run(_ arguments: [String], in directory: String? = nil, stdin: Data? = nil,
                    standardOutput: FileHandle? = nil, environment: [String: String] = [:]) throws -> Output {
        try launch(binary, arguments, in: directory, environment: environment, standardOutput: standardOutput)
    }

    /// Runs `script` with `/bin/sh -c` in `directory` (the fixtures by default), with `$INTERCO`
    /// naming the binary: for redirections (`> /dev/full`, `>&-`), FIFOs and other users.
    static func shell(_ script: String, in directory: String? = nil) throws -> Output {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory, environment: ["INTERCO": binary.path])
    }

    private static func launch(_ executable: URL, _ arguments: [String], in directory: String?,
                               environment: [String: String] = [:], standardOutput: FileHandle? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? fixtures.path)
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "100"].merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        try process.run()
        if standardOutput != nil { try out.fileHandleForWriting.close() }
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                      exitCode: process.terminationStatus)
    }
}

/// Whole-output comparison against files under `Fixtures/golden`.
enum Golden {
    /// Runs a case and compares its exit code, whole stdout (`NAME.out`) and stderr (`NAME.err`).
    static func check(_ testCase: CLITests.Case) throws {
        let result = try Interco.run(testCase.arguments)
        #expect(result.exitCode == testCase.exitCode, "stderr: \(result.stderr)")
        try Golden.compare(result.stdout, to: "\(testCase.name).out")
        try Golden.compare(result.stderr, to: "\(testCase.name).err")
    }

    static func compare(_ actual: String, to name: String) throws {
        let url = Interco.fixtures.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["INTERCO_UPDATE_GOLDEN"] == "1" {
            if actual.isEmpty { try? FileManager.default.removeItem(at: url) } else { try actual.write(to: url, atomically: true, encoding: .utf8) }
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(actual == expected, "output differs from golden/\(name)")
    }
}
