import Foundation

/// Loads a model from files and directories, or from the shipped model, and validates it.
///
/// A loader is built once with its reading limits, which every step then reads from it. The
/// library never prints: problems come back as positioned diagnostics.
public struct ModelLoader: Sendable {
    /// The limits every file and the whole model are read under.
    public var limits: ReadingLimits
    /// False to count warnings without keeping them (`Result.warningsLeftOut`): commands that
    /// answer from a model show only its errors, and a large generated model can carry a warning
    /// per entry (200 000 undated facts held about 200 MB of messages on a 650 000-right model).
    public var keepsWarnings: Bool

    /// Creates a loader with the given limits.
    public init(limits: ReadingLimits = .standard, keepsWarnings: Bool = true) {
        self.limits = limits
        self.keepsWarnings = keepsWarnings
    }

    /// The outcome of a load.
    public struct Result: Sendable {
        /// What could be built; partial when there are errors.
        public var model: Model
        /// Every problem found, sorted by file and line.
        public var diagnostics: [Diagnostic]
        /// True when some input path could not be read at all (exit 66 rather than 65).
        public var hasUnreadableInput: Bool
        /// The files read, so that commands never write over one of them.
        public var files: [String] = []
        /// Warnings found but not kept in `diagnostics` (a loader that does not keep them).
        public var warningsLeftOut = 0

        /// True when there is no error (warnings allowed).
        public var isValid: Bool { !diagnostics.hasErrors }
    }

    /// One model text to read, with the path diagnostics name.
    public struct Input: Sendable {
        /// Path shown in diagnostics.
        public var path: String
        /// The bytes.
        public var bytes: [UInt8]
        /// True when the text is the file at `path`, which can be read again.
        var onDisk = false
        /// Set when `bytes` were let go after reading (see `releaseBytes`): the size and digest
        /// the file had, so that it is read again for source lines only if it still holds them.
        var released: (size: Int, digest: Int)?

        /// Creates an input.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }

        init(path: String, bytes: [UInt8], onDisk: Bool) {
            self.init(path: path, bytes: bytes)
            self.onDisk = onDisk
        }

        /// Lets the bytes of a large file on disk go once it is read: validation needs only the
        /// model, and the text of a 100 MB model would otherwise stay through it (a sixth of the
        /// peak memory). Lines that diagnostics show are read again from the file afterwards.
        mutating func releaseBytes() {
            guard onDisk, bytes.count >= ModelLoader.pipelineThreshold else { return }
            released = (bytes.count, Self.digest(bytes))
            bytes = []
        }

        /// The bytes for showing source lines: those read, or the file read again when it still
        /// holds what was read (same size and digest); nil when it changed or cannot be read.
        func bytesForLines(limits: ReadingLimits) -> [UInt8]? {
            guard let released else { return bytes }
            guard case .success(let again) = ModelFiles.readFile(path, limits: limits),
                  again.count == released.size, Self.digest(again) == released.digest else { return nil }
            return again
        }

        /// A digest of `bytes`, stable within one process (all it needs).
        private static func digest(_ bytes: [UInt8]) -> Int {
            var hasher = Hasher()
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            return hasher.finalize()
        }
    }

    /// Loads and validates the model at `paths` (files or directories, concatenated in order).
    public func load(paths: [String]) -> Result {
        var files = ModelFiles(limits: limits)
        for path in paths { files.add(path) }
        return load(consume files)
    }

    /// Loads and validates one model file read to its end from `descriptor` (standard input),
    /// named `name` in diagnostics; it names no file on disk (`files` stays empty).
    public func load(descriptor: Int32, as name: String) -> Result {
        var files = ModelFiles(limits: limits)
        files.add(descriptor: descriptor, as: name)
        var result = load(consume files)
        result.files = []
        return result
    }

    private func load(_ files: consuming ModelFiles) -> Result {
        let problems = files.problems
        var inputs = files.takeInputs()
        let paths = inputs.map(\.path)
        var result = load(owned: &inputs)
        result.files = paths
        if !problems.isEmpty {
            result.diagnostics = Diagnostic.sorted(problems + result.diagnostics)
            result.hasUnreadableInput = true
        }
        return result
    }

    /// Loads and validates the model shipped inside the binary (`data/` at build time).
    public func loadShipped() -> Result {
        load(inputs: ShippedModel.inputs)
    }

    /// Loads and validates in-memory texts.
    ///
    /// A file that cannot be read to its end (a syntax error, a limit) stops alone: its entries
    /// are left out and not checked, the ids it appears to define are taken as defined, and
    /// every other file is still read and validated.
    public func load(inputs: [Input]) -> Result {
        var inputs = inputs
        return load(owned: &inputs)
    }

    /// Loads `inputs`, letting the bytes of each large file on disk go once it is read.
    private func load(owned inputs: inout [Input]) -> Result {
        var builder = ModelBuilder()
        builder.maxEntries = limits.maxEntries
        builder.keepsWarnings = keepsWarnings
        var assumed = Set<String>()
        var complete = true
        for index in inputs.indices {
            builder.begin(file: inputs[index].path, size: inputs[index].bytes.count)
            if let problem = read(inputs[index], into: &builder) {
                if problem.code == EmptyFileRule.code {
                    builder.abandon(because: problem)
                } else {
                    complete = false
                    let ids = BrokenFileRule.ids(in: inputs[index].bytes)
                    assumed.formUnion(ids)
                    var stopped = problem
                    stopped.notes.append(BrokenFileRule.note(file: inputs[index].path, ids: ids.count))
                    builder.abandon(because: stopped)
                }
            }
            inputs[index].releaseBytes()
        }
        var diagnostics = builder.diagnostics
        var leftOut = builder.warningsLeftOut
        let found = Validator.validate(builder.model, assuming: assumed, complete: complete, keepsWarnings: keepsWarnings)
        diagnostics += found.diagnostics
        leftOut += found.warningsLeftOut
        SourceLines.attach(to: &diagnostics, from: inputs, limits: limits)
        var result = Result(model: builder.model, diagnostics: Diagnostic.sorted(diagnostics), hasUnreadableInput: false)
        result.warningsLeftOut = leftOut
        return result
    }

    /// Reads one text into the builder; the problem that stopped it, if any.
    private func read(_ input: Input, into builder: inout ModelBuilder) -> Diagnostic? {
        var input = input
        if input.bytes.starts(with: TextCheck.byteOrderMark) { input.bytes.removeFirst(TextCheck.byteOrderMark.count) }
        let file = SourceFileID(input.path)
        let problem: Diagnostic? = input.bytes.withUnsafeBufferPointer { bytes in
            if let problem = TextCheck.firstProblem(in: bytes) {
                return Diagnostic(.error, problem.code, at: problem.mark.location(in: file), problem.message)
            }
            if !bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
                return EmptyFileRule.empty(at: YAMLMark(line: 1, column: 1).location(in: file))
            }
            return nil
        }
        if let problem { return problem }
        var sawContent = false
        let failure = input.bytes.count >= Self.pipelineThreshold
            ? readInParallel(input) { event in
                sawContent = true
                builder.consume(event)
            }
            : readHere(input) { event in
                sawContent = true
                builder.consume(event)
            }
        if let failure {
            return Diagnostic(.error, failure.code, at: failure.mark.location(in: file), failure.message,
                              notes: failure.notes.map { .init(at: $0.mark.location(in: file), $0.message) })
        }
        if !sawContent {
            return EmptyFileRule.onlyComments(at: YAMLMark(line: 1, column: 1).location(in: file))
        }
        return nil
    }

    /// Files at least this large are parsed on a second thread while this one builds the model.
    static let pipelineThreshold = 1 << 20

    /// Entries handed from the reading thread to the building one at a time.
    static let batchSize = 1024

    private func readHere(_ input: Input, _ consume: (YAMLEventReader.Event) -> Void) -> YAMLEventReader.Failure? {
        input.bytes.withUnsafeBufferPointer { bytes in
            do throws(YAMLEventReader.Failure) {
                try YAMLEventReader(limits: limits).read(bytes, consume)
                return nil
            } catch {
                return error
            }
        }
    }

    /// libyaml and the builder take about the same time on a large model: run them side by side,
    /// handing events over in batches through a bounded queue (memory stays bounded).
    private func readInParallel(_ input: Input, _ consume: (YAMLEventReader.Event) -> Void) -> YAMLEventReader.Failure? {
        enum Batch: Sendable {
            case events([YAMLEventReader.Event])
            case end(YAMLEventReader.Failure?)
        }
        // At most `capacity` batches wait: the reader runs ahead of the builder, and a larger
        // queue (16 batches of 2 048 entries) held 55 MB of entry trees on a 650 000-right model.
        let queue = BoundedQueue<Batch>(capacity: 4)
        // The thread lets go of the input when it is done, so that its bytes can be freed.
        final class Held: @unchecked Sendable {
            var input: Input?
            init(_ input: Input) { self.input = input }
        }
        let held = Held(input)
        let thread = Thread {
            var batch: [YAMLEventReader.Event] = []
            batch.reserveCapacity(Self.batchSize)
            let failure = readHere(held.input!) { event in
                batch.append(event)
                if batch.count == Self.batchSize {
                    queue.push(.events(batch))
                    batch.removeAll(keepingCapacity: true)
                }
            }
            held.input = nil
            if !batch.isEmpty { queue.push(.events(batch)) }
            queue.push(.end(failure))
        }
        thread.stackSize = 8 << 20
        thread.start()
        while true {
            switch queue.pop() {
            case .events(let events): events.forEach(consume)
            case .end(let failure): return failure
            }
        }
    }
}
