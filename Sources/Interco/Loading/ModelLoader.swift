import Foundation

/// Loads a model from files and directories, or from the shipped model, and validates it.
///
/// The library never prints: problems come back as positioned diagnostics.
public enum ModelLoader {
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

        /// True when there is no error (warnings allowed).
        public var isValid: Bool { !diagnostics.hasErrors }
    }

    /// One model text to read, with the path diagnostics name.
    public struct Input: Sendable {
        /// Path shown in diagnostics.
        public var path: String
        /// The bytes.
        public var bytes: [UInt8]

        /// Creates an input.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Loads and validates the model at `paths` (files or directories, concatenated in order).
    public static func load(paths: [String], limits: ReadingLimits = .standard) -> Result {
        var files = ModelFiles(limits: limits)
        for path in paths { files.add(path) }
        let inputs = files.inputs, problems = files.problems
        var result = load(inputs: inputs, limits: limits)
        result.files = inputs.map(\.path)
        if !problems.isEmpty {
            result.diagnostics = Diagnostic.sorted(problems + result.diagnostics)
            result.hasUnreadableInput = true
        }
        return result
    }

    /// Loads and validates the model shipped inside the binary (`data/` at build time).
    public static func loadShipped() -> Result {
        load(inputs: ShippedModel.inputs)
    }

    /// Loads and validates in-memory texts.
    public static func load(inputs: [Input], limits: ReadingLimits = .standard) -> Result {
        var builder = ModelBuilder()
        builder.maxEntries = limits.maxEntries
        var readFailures = false
        for input in inputs {
            builder.begin(file: input.path)
            if !read(input, limits: limits, into: &builder) { readFailures = true }
        }
        var diagnostics = builder.diagnostics
        // Whole-model rules would only echo a file that stopped half-read (every later id "dangling").
        diagnostics += Validator.validate(builder.model, complete: !readFailures)
        return Result(model: builder.model, diagnostics: Diagnostic.sorted(diagnostics), hasUnreadableInput: false)
    }

    /// Reads one text into the builder; false when reading had to stop.
    private static func read(_ input: Input, limits: ReadingLimits, into builder: inout ModelBuilder) -> Bool {
        var input = input
        if input.bytes.starts(with: TextCheck.byteOrderMark) { input.bytes.removeFirst(TextCheck.byteOrderMark.count) }
        let checked: Bool = input.bytes.withUnsafeBufferPointer { bytes in
            if let problem = TextCheck.firstProblem(in: bytes) {
                builder.fail(problem.mark, problem.message)
                return false
            }
            if !bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
                builder.fail(YAMLMark(line: 1, column: 1), "the file is empty: a model file holds at least one section")
                return false
            }
            return true
        }
        guard checked else { return false }
        var sawContent = false
        let failure = input.bytes.count >= pipelineThreshold
            ? readInParallel(input, limits: limits) { event in
                sawContent = true
                builder.consume(event)
            }
            : readHere(input, limits: limits) { event in
                sawContent = true
                builder.consume(event)
            }
        if let failure {
            builder.fail(failure.mark, failure.message)
            return false
        }
        if !sawContent {
            builder.fail(YAMLMark(line: 1, column: 1), "the file holds no YAML content (only comments): a model file holds at least one section")
            return false
        }
        return true
    }

    /// Files at least this large are parsed on a second thread while this one builds the model.
    static let pipelineThreshold = 1 << 20

    private static func readHere(_ input: Input, limits: ReadingLimits,
                                 _ consume: (YAMLEventReader.Event) -> Void) -> YAMLEventReader.Failure? {
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
    private static func readInParallel(_ input: Input, limits: ReadingLimits,
                                       _ consume: (YAMLEventReader.Event) -> Void) -> YAMLEventReader.Failure? {
        enum Batch: Sendable {
            case events([YAMLEventReader.Event])
            case end(YAMLEventReader.Failure?)
        }
        let queue = BoundedQueue<Batch>(capacity: 16)
        let thread = Thread {
            var batch: [YAMLEventReader.Event] = []
            batch.reserveCapacity(2048)
            let failure = readHere(input, limits: limits) { event in
                batch.append(event)
                if batch.count == 2048 {
                    queue.push(.events(batch))
                    batch.removeAll(keepingCapacity: true)
                }
            }
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
