/// JSON numbers: whole numbers without a decimal point, others rounded to at most 6 decimals
/// and written as Swift writes that `Double` (the shortest digits that read back the same).
extension ByteBuffer {
    /// Appends `number`; `null` when it is not finite. Every number a JSON output writes comes
    /// here, so no output of Kader's can hold `NaN` or `Infinity`, whatever a framework or a
    /// calculation produced.
    func appendJSON(number: Double) {
        guard number.isFinite else { return append("null") }
        if number == number.rounded(), abs(number) < 1e15 { return appendDigits(Int64(number), decimals: 0) }
        // From 10^15 on (a Double there has at most one decimal), Swift's own text: rounding to
        // millionths would multiply past the largest Double and write "inf".
        guard abs(number) < 1e15 else { return append(String(number)) }
        let millionths = (number * 1_000_000).rounded()
        let rounded = millionths / 1_000_000
        // Written digit by digit where that gives Swift's own text: below 10^9 a number with at
        // most six decimals has at most 15 significant digits, so no shorter text reads back as
        // the same Double and these digits are the shortest; from 10^-4 on Swift writes no
        // exponent. Anything else (never a score) takes Swift's way.
        guard abs(rounded) >= 1e-4, abs(rounded) < 1e9 else { return append(String(rounded)) }
        appendDigits(Int64(millionths), decimals: 6)
    }

    /// `value / 10^decimals` with its trailing fractional zeros (and a bare point) left out.
    private func appendDigits(_ value: Int64, decimals: Int) {
        var magnitude = value.magnitude
        var fraction = decimals
        while fraction > 0, magnitude % 10 == 0 {
            magnitude /= 10
            fraction -= 1
        }
        // Digits from the last, on the stack; then copied out in one piece.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var start = digits.count
            func put(_ byte: UInt8) {
                start -= 1
                digits[start] = byte
            }
            var position = 0
            repeat {
                if fraction > 0, position == fraction { put(UInt8(ascii: ".")) }
                put(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
                position += 1
            } while magnitude > 0 || (fraction > 0 && position <= fraction)
            if value < 0 { put(UInt8(ascii: "-")) }
            append(UnsafeBufferPointer(start: digits.baseAddress.map { $0 + start }, count: digits.count - start))
        }
    }
}
