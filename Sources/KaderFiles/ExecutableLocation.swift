import Foundation

/// Where the running program's file is.
///
/// `CommandLine.arguments[0]` is only what the caller typed: `kader` when a shell found the
/// program on the PATH, so it cannot be used to find the frameworks installed beside it.
public enum ExecutableLocation {
    /// The absolute path of the running executable, symbolic links resolved; `argv[0]` only
    /// when the system cannot tell.
    public static var path: String {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: 4096)
            let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            if count > 0 {
                return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
        #else
            if let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path { return path }
        #endif
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
    }
}
