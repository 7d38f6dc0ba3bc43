import ArgumentParser
import Foundation
import Interco
#if canImport(Glibc)
import Glibc
#endif

/// `-o FILE`, shared by the commands that write a file: never over a model file, atomically.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or - for standard output.", valueName: "file"))
    var output: String

    @Flag(help: "Replace the output file even when it is read-only.")
    var force = false

    /// Refuses (exit 64) to write over a model file or a `.yaml` file, or `binary` bytes (`png`,
    /// `pdf`) to a terminal; `what` names the output in messages ("a diagram").
    func refuseToOverwrite(_ modelFiles: [String], what: String, binary: String? = nil) throws {
        guard output != "-" else {
            if let binary, isatty(STDOUT_FILENO) == 1 {
                Console.error("error: refusing to write \(binary) bytes to a terminal; use -o FILE or a pipe\n")
                throw ExitCode(64)
            }
            return
        }
        let target = URL(fileURLWithPath: output).resolvingSymlinksInPath().standardizedFileURL.path
        for file in modelFiles where URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL.path == target {
            Console.error("error: refusing to write over model file \(SafeText.escaped(file))\n")
            throw ExitCode(64)
        }
        if ["yaml", "yml"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) {
            Console.error("error: refusing to write \(what) to a .yaml file (\(SafeText.escaped(output))): it could be a model file\n")
            throw ExitCode(64)
        }
    }

    /// Writes `bytes` to standard output or, atomically, to the file (exit 73 when it cannot).
    func write(_ bytes: Data) throws {
        if output == "-" {
            Console.out(bytes)
            return
        }
        do {
            try AtomicFile.write(bytes, to: output, force: force)
        } catch {
            Console.error("error: \(SafeText.escaped(error.description, limit: nil))\n")
            throw ExitCode(73)
        }
    }
}
