import Foundation
import KaderFiles
import KaderTestSupport
import XCTest

/// A file is read whole in as few system calls as it takes: a regular file stops at the size it
/// had when opened, and anything whose size says nothing (standard input, a file in /proc) is
/// read until it ends.
final class FileReaderTests: TemporaryDirectoryTestCase {
    private func bytes(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) } }

    func testARegularFileIsReadWholeWhateverItsSize() throws {
        for count in [0, 1, 2_763, 65_536, 200_000] {
            let path = directory + "/\(count).yaml"
            let written = bytes(count)
            try Data(written).write(to: URL(fileURLWithPath: path))
            XCTAssertEqual(try FileReader.read(path).get(), written, "\(count) bytes")
        }
    }

    /// /proc says its files are empty; their text is still read.
    func testAFileWhoseSizeSaysNothingIsReadToItsEnd() throws {
        let status = try FileReader.read("/proc/self/status").get()
        XCTAssertTrue(String(decoding: status, as: UTF8.self).contains("Pid:"))
    }

    /// A pipe hands over at most its buffer (64 KiB) per read: standard input longer than that
    /// is read to its end, not cut at the first full read.
    func testStandardInputLongerThanAPipesBufferIsReadWhole() throws {
        let written = bytes(300_000)
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let savedInput = dup(STDIN_FILENO)
        XCTAssertEqual(dup2(ends[0], STDIN_FILENO), STDIN_FILENO)
        close(ends[0])
        defer {
            dup2(savedInput, STDIN_FILENO)
            close(savedInput)
        }
        let writeEnd = ends[1]
        let writer = Thread {
            written.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = Glibc.write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                    if count <= 0 { break }
                    offset += count
                }
            }
            close(writeEnd)
        }
        writer.start()
        XCTAssertEqual(try FileReader.read("-").get(), written)
    }
}
