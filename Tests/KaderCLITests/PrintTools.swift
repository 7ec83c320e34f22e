import Foundation
import KaderTestSupport
import XCTest

/// The programs that print and read documents as their readers do: LibreOffice (a Word file
/// to PDF), Chromium (an HTML page printed to PDF) and poppler (pages counted, text read, a page
/// drawn as an image). A test skips when one is missing, except where `KADER_PRINT_TESTS=required`
/// (CI sets it): there a missing program fails the test.
enum PrintTools {
    static func find(_ names: [String]) -> String? {
        for name in names {
            for directory in ["/usr/bin", "/usr/local/bin", "/snap/bin"]
            where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    static var office: String? { find(["soffice", "libreoffice"]) }
    static var browser: String? { find(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) }
    static var poppler: Bool { find(["pdfinfo"]) != nil && find(["pdftotext"]) != nil && find(["pdftoppm"]) != nil }

    /// `tool`, or a skip (a failure in CI) that says what to install.
    static func require(_ tool: String?, install: String, what: String) throws -> String {
        if let tool { return tool }
        let message = "\(install) is not installed (apt-get install \(install)): \(what) was not checked"
        if ProcessInfo.processInfo.environment["KADER_PRINT_TESTS"] == "required" {
            XCTFail(message)
            throw XCTSkip(message)
        }
        throw XCTSkip(message)
    }

    /// Runs `executable` and returns its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The number of pages of a PDF, as `pdfinfo` counts them.
    static func pages(_ pdf: String) throws -> Int {
        let info = try run("/usr/bin/pdfinfo", [pdf])
        let line = info.out.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// A PDF's text, as `pdftotext` reads it, with its line breaks and runs of spaces as single spaces.
    static func text(_ pdf: String) throws -> String {
        let text = try run("/usr/bin/pdftotext", ["-enc", "UTF-8", pdf, "-"]).out
        return text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
    }

    /// The folder where the pictures of printed pages are kept to look at: `.build/print/`.
    static var pictures: String {
        let folder = Fixtures.root + "/.build/print"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
