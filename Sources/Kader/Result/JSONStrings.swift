import CKaderJSON

/// JSON strings: quotes, backslashes and control characters escaped, U+2028 and U+2029 (line
/// ends to JavaScript, so a result can be pasted into a script), and DEL, the C1 controls and
/// the direction overrides and isolates (valid JSON, but a terminal showing the JSON could act
/// on them). Everything else is copied as it is.
extension ByteBuffer {
    /// The most input escaped in one go.
    private static let jsonPiece = 65_536

    /// Appends `text` as a JSON string, quotes included.
    func appendJSON(string text: String) {
        text.withUTF8Bytes { appendJSON(utf8: $0) }
    }

    /// Appends the UTF-8 text `bytes` as a JSON string, quotes included.
    ///
    /// A result's JSON is some eight hundred strings, nearly none of them with a byte to escape;
    /// `ckader_json_escape` copies and checks sixteen bytes at a time.
    func appendJSON(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard var next = bytes.baseAddress else { return append("\"\"") }
        var left = bytes.count
        if left <= Self.jsonPiece {
            // Nearly every string: quotes and text in one go.
            let target = reserve(6 * left + 2)
            target.pointee = UInt8(ascii: "\"")
            let written = ckader_json_escape(target + 1, next, left)
            target[written + 1] = UInt8(ascii: "\"")
            return advance(by: written + 2)
        }
        append(UInt8(ascii: "\""))
        while left > 0 {
            // At most 64 KB at a time, so a long note does not need six times its size to be
            // free at once; a piece ends on a character boundary.
            var piece = min(left, Self.jsonPiece)
            while piece < left, piece > 1, next[piece] & 0xC0 == 0x80 { piece -= 1 }
            let target = reserve(6 * piece)
            advance(by: ckader_json_escape(target, next, piece))
            next += piece
            left -= piece
        }
        append(UInt8(ascii: "\""))
    }
}
