import Kader
import KaderTestSupport
import XCTest

/// Scores and grades in `because` texts and reports: exactly the declared decimals, a decimal
/// comma in Dutch.
final class ValueTextTests: XCTestCase {
    func testFixedDecimalsInBothLanguages() {
        XCTAssertEqual(ValueText.fixed(5, decimals: 1, language: .nl), "5,0")
        XCTAssertEqual(ValueText.fixed(5, decimals: 1, language: .en), "5.0")
        XCTAssertEqual(ValueText.fixed(0.05, decimals: 1, language: .nl), "0,1")
        XCTAssertEqual(ValueText.fixed(72.456, decimals: 2, language: .en), "72.46")
        XCTAssertEqual(ValueText.fixed(100, decimals: 0, language: .nl), "100")
        XCTAssertEqual(ValueText.fixed(0, decimals: 0, language: .nl), "0")
        XCTAssertEqual(ValueText.fixed(7.04, decimals: 3, language: .nl), "7,040")
        XCTAssertEqual(ValueText.fixed(-3.25, decimals: 1, language: .en), "-3.3")
        XCTAssertEqual(ValueText.fixed(-0.04, decimals: 1, language: .en), "0.0")
        XCTAssertEqual(ValueText.fixed(1e300, decimals: 1, language: .en), "1e+300")
        // Absurd precision is capped, never written past a buffer.
        XCTAssertEqual(ValueText.fixed(0, decimals: 50, language: .en), "0." + String(repeating: "0", count: 20))
    }

    /// A board answered "weet niet" to a yes/no question and "Weet niet" on a scale: the flag's
    /// reason names both as the forms offered them, with one capital (issue 17, point 17).
    func testDontKnowReadsAsTheFormsOfferItWhateverTheKind() throws {
        let framework = try Fixtures.validFramework(
            """
            id: veiligheid
            version: "1.0"
            title: {nl: Veiligheid, en: Safety}
            scales:
              - id: mate
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: "No"}}
                  - {id: ja, value: 1, label: {nl: Ja, en: "Yes"}}
                  - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: "Don't know"}}
            domains:
              - id: d
                title: {nl: Gebouw, en: Building}
                questions:
                  - {id: brand, scale: mate, text: {nl: Brandveilig?, en: Fire safe?}}
                  - {id: melding, type: yesno, text: {nl: Gebruiksmelding gedaan?, en: Notification filed?}}
            rules:
              - id: open
                when: "unknown(brand) or unknown(melding)"
                because: {nl: "Brand {brand}; melding {melding}.", en: "Fire {brand}; notification {melding}."}
                flag: {severity: warning, text: {nl: Zoek het uit., en: Find out.}}
            """)
        let response = try Fixtures.response(
            "framework: veiligheid\nanswers:\n  brand: weet_niet\n  melding: weet_niet\n", for: framework)
        let flag = try XCTUnwrap(Engine(framework: framework).evaluate(response).flags.first)
        XCTAssertEqual(flag.because?.text(in: .nl), "Brand Weet niet; melding Weet niet.")
        XCTAssertEqual(flag.because?.text(in: .en), "Fire Don't know; notification Don't know.")
    }
}
