import Foundation
import KaderTestSupport
import XCTest

/// The HTML report in a real browser: headless Chromium loads it from disk with the network
/// off, the chart is in the rendered page, and the browser logs no console errors.
final class BrowserTests: XCTestCase {
    static var browser: String? {
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for directory in ["/usr/bin", "/usr/local/bin", "/snap/bin"]
            where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    func testTheHTMLReportRendersItsChartWithoutConsoleErrors() throws {
        guard let browser = Self.browser else {
            throw XCTSkip("no Chromium installed (apt-get install chromium): the HTML report was not checked in a browser")
        }
        let directory = NSTemporaryDirectory() + "kader-browser-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = directory + "/rapport.html"
        let scan = try CommandRunner.run(["scan", "Examples/moskeeonderwijs/as-sabr-begrensd.yaml", "--format", "html", "--output", report])
        XCTAssertEqual(scan.status, 0, scan.stderr)
        let flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(directory)/profile", "--enable-logging=stderr", "--v=0",
            // Nothing may come from the network: any request would fail and be logged.
            "--host-resolver-rules=MAP * ~NOTFOUND"
        ]
        let dom = try run(browser, flags + ["--dump-dom", "file://\(report)"])
        XCTAssertEqual(dom.status, 0, dom.err)
        XCTAssertTrue(dom.out.contains("<svg"), "the rendered page has no chart")
        XCTAssertGreaterThanOrEqual(dom.out.components(separatedBy: "<rect").count - 1, 8, "the chart should have a bar per domain")
        XCTAssertTrue(dom.out.contains("Vaardigheden van de (vrijwillige) leskrachten"), "the domain names should be in the page")
        for line in dom.err.split(separator: "\n") where line.contains("CONSOLE") || line.contains("Uncaught") || line.contains("net::ERR")
        {
            XCTFail("browser console: \(line)")
        }
        let screenshot = try run(browser, flags + ["--screenshot=\(directory)/rapport.png", "--window-size=1200,2400", "file://\(report)"])
        XCTAssertEqual(screenshot.status, 0, screenshot.err)
        let size = (try? FileManager.default.attributesOfItem(atPath: "\(directory)/rapport.png")[.size] as? Int) ?? 0
        XCTAssertGreaterThan(size, 20_000, "the screenshot is (nearly) blank")
    }
}
