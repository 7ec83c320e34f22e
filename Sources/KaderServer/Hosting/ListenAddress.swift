/// Which addresses `kader serve` may listen on. Without `--hosted` the server has no accounts:
/// whoever reaches it can open every scan, so it listens on this computer only (loopback).
enum ListenAddress {
    /// Whether `host` is this computer only: `localhost`, `127.0.0.0/8` or `::1`. A host name
    /// other than `localhost` may resolve anywhere and counts as not loopback.
    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased()
        if host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && UInt8(part) != nil
        }
    }
}
