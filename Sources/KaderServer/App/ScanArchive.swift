import Foundation
import Kader
import ZIPFoundation

/// Scans as a ZIP of response files: each the file "download" gives for it, named as that
/// download is, made unique where two would have the same name. Made in memory: an
/// organisation's scans are a few kilobytes each.
struct ScanArchive {
    /// The ZIP's bytes.
    let data: [UInt8]

    init(_ sheets: [ScanSheet], language: Language) throws {
        var names: Set<String> = []
        let files = try sheets.map { sheet -> (name: String, bytes: Data) in
            var name = Download.responseYAML.fileName(for: sheet)
            let stem = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
            var number = 2
            while !names.insert(name).inserted {
                name = "\(stem)-\(number).yaml"
                number += 1
            }
            return (name, Data(try Download.responseYAML.bytes(for: sheet, language: language)))
        }
        try self.init(entries: files)
    }

    /// Files with the names given, in the order given.
    init(files: [(name: String, text: String)]) throws {
        try self.init(entries: files.map { ($0.name, Data($0.text.utf8)) })
    }

    /// Files with the names given, in the order given, as bytes.
    init(entries files: [(name: String, bytes: Data)]) throws {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (name, bytes) in files {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Self.failed }
        self.data = Array(data)
    }

    /// `kader-<organisation>-<framework>.zip`, with only letters, digits and dashes.
    func fileName(for history: ScanHistory) -> String {
        let parts = ["kader", history.name ?? "scans", history.current.framework.id]
        let stem = parts.joined(separator: "-").lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        return String(String(stem).split(separator: "-").joined(separator: "-").prefix(80)) + ".zip"
    }

    static let failed = PageError(
        .internalServerError, Message(nl: "Het ZIP-bestand kon niet worden gemaakt.", en: "The ZIP file could not be made."))
}
