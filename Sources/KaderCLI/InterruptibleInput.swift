import Foundation

/// Lines from standard input for `kader fill`, which Ctrl-C (SIGINT), SIGTERM or a closed
/// terminal (SIGHUP) interrupts at any moment, also while waiting for a line.
///
/// The signal handler only sets a flag and writes a byte to a pipe; waiting for input polls
/// standard input and that pipe together. So a signal is never lost between checking the flag
/// and starting to wait, and it is never mistaken for the end of the input (when Ctrl-C also
/// ends the program that feeds a pipe, its end of input and the signal arrive together, and the
/// signal wins). A save in progress always finishes first: the flag is checked between steps.
final class InterruptibleInput {
    /// What came next.
    enum Next: Equatable {
        case line(String)
        case end
        case interrupted
    }

    private var buffer: [UInt8] = []
    private var ended = false

    /// Installs the handlers; until then a signal ends the process as usual.
    init() {
        var ends: [Int32] = [0, 0]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            SignalFlag.wakeUp = ends[1]
            SignalFlag.wakeUpReader = ends[0]
        }
        // Touched here, so that the handler never starts a lazy initialisation.
        SignalFlag.received = 0
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, signalReceived) }
    }

    /// True once a signal has come.
    var interrupted: Bool { SignalFlag.received != 0 }

    /// The next line (without its line end), the end of the input, or an interruption.
    func next() -> Next {
        while true {
            if interrupted { return .interrupted }
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == 0x0D { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if ended {
                guard !buffer.isEmpty else { return .end }
                defer { buffer.removeAll() }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            waitAndRead()
        }
    }

    private func waitAndRead() {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: SignalFlag.wakeUpReader, events: Int16(POLLIN), revents: 0)
        ]
        let ready = poll(&descriptors, SignalFlag.wakeUpReader >= 0 ? 2 : 1, -1)
        guard ready > 0, descriptors[0].revents != 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            ended = true
        }
    }
}

/// What the signal handler may touch: plain integers, set once before the handler is installed.
private enum SignalFlag {
    nonisolated(unsafe) static var received: sig_atomic_t = 0
    nonisolated(unsafe) static var wakeUp: Int32 = -1
    nonisolated(unsafe) static var wakeUpReader: Int32 = -1
}

/// Async-signal-safe: sets the flag and wakes the poll.
private func signalReceived(_ number: Int32) {
    SignalFlag.received = number
    var byte: UInt8 = 1
    _ = write(SignalFlag.wakeUp, &byte, 1)
}
