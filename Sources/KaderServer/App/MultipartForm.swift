import Kader

/// A form sent as `multipart/form-data` (a file upload without any script), read strictly: a
/// body without the boundary its header names, or a part without a name, makes the whole form a
/// 400 page, never a half-read one.
struct MultipartForm: Sendable {
    /// One part: a field's name, the file's name when it is a file, and its bytes.
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    private(set) var parts: [Part] = []

    /// The first part called `name`.
    subscript(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// A field's text (a part that is not a file), when it is UTF-8.
    func text(_ name: String) -> String? {
        guard let part = self[name], part.fileName == nil else { return nil }
        return String(validating: part.bytes, as: UTF8.self)
    }

    /// Parses `body` sent with the content type `contentType`.
    init(body: [UInt8], contentType: String?) throws(PageError) {
        guard let contentType, let boundary = Self.boundary(in: contentType) else { throw Self.broken }
        let delimiter = Array(("--" + boundary).utf8)
        let sections = Self.split(body, at: delimiter)
        // Before the first delimiter: a preamble; the last section starts with "--" (the end).
        guard sections.count >= 2, let last = sections.last, last.starts(with: Array("--".utf8)) else { throw Self.broken }
        for section in sections.dropFirst().dropLast() {
            parts.append(try Self.part(section))
        }
    }

    static let broken = PageError(
        .badRequest,
        Message(
            nl: "Het formulier kwam beschadigd aan; er is niets ingelezen of opgeslagen. Kies het bestand opnieuw en probeer het nog eens.",
            en: "The form arrived damaged; nothing was read in or saved. Choose the file again and try once more."))

    /// `boundary=...` of `multipart/form-data; boundary=...`, unquoted.
    static func boundary(in contentType: String) -> String? {
        let fields = contentType.split(separator: ";").map { $0.trimmingSpaces }
        guard fields.first?.lowercased() == "multipart/form-data" else { return nil }
        for field in fields.dropFirst() where field.lowercased().hasPrefix("boundary=") {
            var value = String(field.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// One section between delimiters: CRLF, headers, an empty line, the bytes, CRLF.
    private static func part(_ section: ArraySlice<UInt8>) throws(PageError) -> Part {
        let crlf: [UInt8] = [13, 10]
        guard section.starts(with: crlf), section.count >= 4 else { throw broken }
        let rest = section.dropFirst(2)
        guard let end = firstIndex(of: crlf + crlf, in: rest),
            let headerText = String(validating: Array(rest[rest.startIndex..<end]), as: UTF8.self)
        else { throw broken }
        var content = rest[(end + 4)...]
        guard content.count >= 2, Array(content.suffix(2)) == crlf else { throw broken }
        content = content.dropLast(2)
        var name: String?
        var fileName: String?
        for line in headerText.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            name = parameter("name", in: line)
            fileName = parameter("filename", in: line)
        }
        guard let name, !name.isEmpty else { throw broken }
        return Part(name: name, fileName: fileName, bytes: Array(content))
    }

    /// `key="value"` in a header line (the quoted form browsers send).
    private static func parameter(_ key: String, in line: Substring) -> String? {
        for field in line.split(separator: ";").map({ $0.trimmingSpaces }) where field.hasPrefix(key + "=") {
            let value = field.dropFirst(key.count + 1)
            guard value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 else { return String(value) }
            return String(value.dropFirst().dropLast())
        }
        return nil
    }

    /// `bytes` cut at every `delimiter` (which is left out).
    private static func split(_ bytes: [UInt8], at delimiter: [UInt8]) -> [ArraySlice<UInt8>] {
        var sections: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var searchFrom = start
        while let found = firstIndex(of: delimiter, in: bytes[searchFrom...]) {
            sections.append(bytes[start..<found])
            start = found + delimiter.count
            searchFrom = start
        }
        sections.append(bytes[start...])
        return sections
    }

    /// Where `needle` first starts in `haystack`.
    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
