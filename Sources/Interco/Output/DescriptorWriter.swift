#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to a file descriptor with write(2): failure is a value, never a trap.
public enum DescriptorWriter {
    /// Writes all of `buffer` to `descriptor`, retrying short and interrupted writes; the error
    /// number when a write fails, nil when every byte is written.
    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            #if canImport(Glibc)
            let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            #else
            let count = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            #endif
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return nil
    }
}
