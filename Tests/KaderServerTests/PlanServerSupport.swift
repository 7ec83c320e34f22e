import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

@testable import KaderServer

/// The server of ``ServerTestCase``, with the example responses stored as scans, for the stories
/// of the action plan, the history and the files in and out.
class PlanServerTestCase: ServerTestCase, @unchecked Sendable {
    /// An example response file, as bytes.
    static func example(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.root + "/" + path)))
    }

    /// Stores an example response as a scan (as an upload does), optionally without its plan.
    func importExample(_ path: String, keepPlan: Bool = true) async throws -> StoredScan {
        let opened = try app.library.openResponse(bytes: Self.example(path), name: path, framework: .namedVersion)
        var response = opened.response
        if !keepPlan { response.plan = [] }
        return try await store.importScans([ImportedScan(response, framework: opened.framework, language: .nl)])[0]
    }
}

/// Upload bodies the way a browser sends them: `multipart/form-data`.
enum Multipart {
    static let boundary = "----kaderTestBoundary7MA4YWxkTrZu0gW"
    static let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]

    /// Text fields and files (field name, file name, bytes).
    static func body(fields: [(String, String)] = [], files: [(String, String, [UInt8])]) -> ByteBuffer {
        var bytes: [UInt8] = []
        for (name, value) in fields {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, fileName, content) in files {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\n".utf8)
            bytes += Array("Content-Type: application/octet-stream\r\n\r\n".utf8) + content + Array("\r\n".utf8)
        }
        bytes += Array("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: bytes)
    }
}
