import Foundation
import Kader
import ZIPFoundation

/// The parts of a `.docx` file around a document's body, and the ZIP that holds them (Office
/// Open XML, ECMA-376): the content types, the relationships, the styles, the page (A4, 2 cm
/// margins, a footer with the title and page number), the document's title and language. The
/// same document gives the same bytes: every entry has the same date and nothing records when
/// it was made.
struct WordPackage {
    let document: ReportDocument
    /// The content of `<w:body>` before the page setup (``WordBackend/body(_:)``).
    let body: String

    /// The colours the styles and the backend use, RRGGBB, dark enough to read in print.
    enum Colors {
        static let ink = "1B1F24"
        static let muted = "59636E"
        static let line = "C9D1D9"
        static let headerFill = "F3F5F7"
        static let heading = "1F3A5F"
        static let bar = "2F6F9F"
        static let bar2 = "9FB9CF"
        static let track = "E6ECF1"
        static let warning = "8A4B00"
        static let critical = "A40E26"
        static let good = "1A6B3A"

        static func tone(_ tone: Tone) -> String {
            switch tone {
            case .muted, .info: muted
            case .good: good
            case .warning: warning
            case .critical: critical
            }
        }
    }

    static let wordprocessing = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The language tag Word marks the text with (spelling, hyphenation).
    var languageTag: String { document.language.pick("nl-NL", "en-GB") }

    /// Every part, by its path in the ZIP, in the order they are stored.
    var parts: [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", Self.contentTypes), ("_rels/.rels", Self.packageRelationships),
            ("docProps/core.xml", coreProperties), ("docProps/app.xml", Self.appProperties),
            ("word/_rels/document.xml.rels", Self.documentRelationships), ("word/document.xml", documentXML),
            ("word/styles.xml", WordStyles.xml(language: languageTag)), ("word/settings.xml", Self.settings), ("word/footer1.xml", footer)
        ]
    }

    /// The `.docx` file's bytes.
    func zipped() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        // 1 January 1980, the first date a ZIP entry can hold: the same bytes on every run.
        let date = Date(timeIntervalSince1970: 315_532_800)
        for part in parts {
            let bytes = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.xml).utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(data)
    }

    var documentXML: String {
        var xml = WordXML()
        xml.open("w:document", ["xmlns:w": Self.wordprocessing, "xmlns:r": Self.relationships])
        xml.open("w:body")
        xml.newline()
        var out = xml.xml + body
        var page = WordXML()
        page.element("w:sectPr") { s in
            s.empty("w:footerReference", ["w:type": "default", "r:id": "rId3"])
            s.empty("w:pgSz", ["w:w": "11906", "w:h": "16838"])
            s.empty(
                "w:pgMar",
                [
                    "w:top": "1021", "w:right": "1134", "w:bottom": "1021", "w:left": "1134", "w:header": "567",
                    "w:footer": "567", "w:gutter": "0"
                ])
        }
        page.close("w:body")
        page.close("w:document")
        out += page.xml + "\n"
        return out
    }

    var coreProperties: String {
        var xml = WordXML()
        xml.element(
            "cp:coreProperties",
            [
                "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                "xmlns:dc": "http://purl.org/dc/elements/1.1/"
            ]
        ) { p in
            p.element("dc:title") { $0.text(document.title) }
            p.element("dc:language") { $0.text(languageTag) }
            p.element("dc:creator") { $0.text("Kader") }
        }
        return xml.xml
    }

    /// The footer of every page: the document's title and the page number.
    var footer: String {
        var xml = WordXML()
        xml.element("w:ftr", ["xmlns:w": Self.wordprocessing, "xmlns:r": Self.relationships]) { f in
            f.element("w:p") { p in
                p.element("w:pPr") { $0.empty("w:pStyle", ["w:val": "Footer"]) }
                p.element("w:r") { r in
                    r.element("w:t", ["xml:space": "preserve"]) {
                        $0.text(document.title + " · " + Say(document.language)("pagina ", "page "))
                    }
                }
                p.element("w:fldSimple", ["w:instr": " PAGE "]) { s in
                    s.element("w:r") { r in r.element("w:t") { $0.text("1") } }
                }
            }
        }
        return xml.xml
    }

    static let contentTypes = """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" \
        Target="docProps/app.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        </Relationships>
        """

    static let appProperties = """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Kader</Application>\
        </Properties>
        """

    static let settings = """
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="360"/>\
        <w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" \
        w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """
}
