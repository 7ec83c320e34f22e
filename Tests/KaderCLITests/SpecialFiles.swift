import Foundation

/// Makes and inspects the special files the tests put where Kader expects regular files.
enum SpecialFiles {
    struct Failure: Error { var what: String }

    /// A Unix socket bound at `path` (and left there: the file stays after the socket closes).
    static func socket(at path: String) throws {
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(what: "socket") }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw Failure(what: "path too long for a socket") }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw Failure(what: "bind: \(String(cString: strerror(errno)))") }
    }

    static func isSocket(_ path: String) -> Bool { kind(path) == S_IFSOCK }
    static func isFIFO(_ path: String) -> Bool { kind(path) == S_IFIFO }
    static func isCharacterDevice(_ path: String) -> Bool { kind(path) == S_IFCHR }

    private static func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// Reads a FIFO on another thread from the moment it is made, as `cat pijp &` would.
    final class Reader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(path: String) {
            let thread = Thread { [self] in
                if let handle = FileHandle(forReadingAtPath: path) {
                    data = handle.readDataToEndOfFile()
                    try? handle.close()
                }
                done.signal()
            }
            thread.start()
            // Give the reader time to open its end; the writer's open checks that someone has.
            Thread.sleep(forTimeInterval: 0.3)
        }

        /// What was read, once the writer closed its end.
        func text() -> String {
            _ = done.wait(timeout: .now() + 20)
            return String(decoding: data, as: UTF8.self)
        }
    }
}
