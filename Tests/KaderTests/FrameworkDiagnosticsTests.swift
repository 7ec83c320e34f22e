import Kader
import KaderTestSupport
import XCTest

/// Each mistake a framework author can make is reported like a compiler would: the right code,
/// the exact line and column, a message that says what is wrong, and a fix.
final class FrameworkDiagnosticsTests: XCTestCase {
    /// The top of a small framework: id, version, title and one scale.
    let head = """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}

        """

    /// One domain with one question.
    let domain = """
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - id: commissie
                scale: mate
                text: {nl: Commissie, en: Committee}

        """

    /// A framework with a growth model and a rule section to append rules to.
    var withLevels: String {
        head + domain + """
            levels:
              - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}
              - {id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
            rules:

            """
    }

    func testTheSmallFrameworkLoadsCleanly() throws {
        let loaded = Fixtures.framework(head + domain)
        XCTAssertNotNil(loaded.value, LoaderCheck.describe(loaded.diagnostics))
        XCTAssertTrue(loaded.diagnostics.isEmpty, LoaderCheck.describe(loaded.diagnostics))
    }

    // MARK: Unknown keys, with "did you mean"

    func testUnknownTopLevelKeySuggestsTheRightOne() {
        let found = LoaderCheck.expect(
            head.replacingOccurrences(of: "title:", with: "1️⃣titel:") + domain,
            code: "unknown-key", message: "unknown key 'titel' in the framework")
        XCTAssertEqual(found?.fix?.en, "did you mean 'title'?")
    }

    func testUnknownKeyInAQuestion() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        1️⃣txt: {nl: Commissie, en: Committee}
                """, code: "unknown-key", message: "unknown key 'txt' in a question")
        XCTAssertEqual(found?.fix?.en, "did you mean 'text'?")
    }

    func testUnknownKeyInAScaleOption() {
        let found = LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options:
                  - {id: nee, 1️⃣valeu: 0, label: {nl: Nee, en: No}}
                  - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
            """ + "\n" + domain, code: "unknown-key", message: "unknown key 'valeu' in an option")
        XCTAssertEqual(found?.fix?.en, "did you mean 'value'?")
    }

    func testUnknownKeyInARule() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: geen_commissie
                    when: "commissie == 'nee'"
                    1️⃣advise: {nl: Stel een commissie in., en: Set up a committee.}
                """, code: "unknown-key", message: "unknown key 'advise' in a rule")
        XCTAssertEqual(found?.fix?.en, "did you mean 'advice'?")
    }

    // MARK: Missing keys

    func testEachRequiredTopLevelKeyIsReportedMissing() {
        let full = head + domain
        for key in ["id", "version", "title", "scales", "domains"] {
            // Drop the key's line (and, for lists, the lines under it).
            var lines = full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return XCTFail("no \(key)") }
            var end = start + 1
            while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
            lines.removeSubrange(start..<end)
            let text = "1️⃣" + lines.joined(separator: "\n")
            LoaderCheck.expect(text, code: "missing-key", message: "the framework is missing the required key '\(key)'")
        }
    }

    func testAQuestionWithoutText() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - 1️⃣id: commissie
                        scale: mate
                """, code: "missing-key", message: "a question is missing the required key 'text'")
    }

    // MARK: Wrong types

    func testAListWhereAMappingIsExpected() {
        LoaderCheck.expect(
            head + domain + """
                scoring: 1️⃣[mean, 1]
                """, code: "wrong-type", message: "the 'scoring' section must be a mapping (keys with values), but this is a list")
    }

    func testTextWhereANumberIsExpected() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        weight: 1️⃣zwaar
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'weight' must be a number, not 'zwaar'", fix: false)
    }

    func testAQuotedNumber() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        weight: 1️⃣"2"
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'weight' must be a number, but this is quoted text")
        XCTAssertEqual(found?.fix?.en, "remove the quotes")
    }

    func testYesForABoolean() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        required: 1️⃣yes
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'required' must be true or false")
    }

    func testACommaAsDecimalSeparator() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        weight: 1️⃣2,5
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'2,5' uses a comma as decimal separator")
        XCTAssertEqual(found?.fix?.en, "write 2.5 with a point")
    }

    // MARK: Duplicates

    func testTheSameQuestionIdInTwoDomains() {
        LoaderCheck.expect(
            head + domain + """
                  - id: leskrachten
                    title: {nl: Leskrachten, en: Teachers}
                    questions:
                      - id: 1️⃣commissie
                        scale: mate
                        text: {nl: Nog eens, en: Again}
                """, code: "duplicate-id", message: "id 'commissie' already exists (line 14)")
    }

    func testADuplicateOptionInAScale() {
        LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: No}}
                  - {id: 1️⃣nee, value: 1, label: {nl: Ja, en: Yes}}
            """ + "\n" + domain, code: "duplicate-id", message: "option 'nee' appears twice", fix: false)
    }

    func testADuplicateRuleId() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                  - id: 1️⃣zwak
                    when: "commissie == 'ja'"
                    strength: {nl: Goed., en: Good.}
                """, code: "duplicate-id", message: "rule 'zwak' already exists (line 21)", fix: false)
    }

    func testADuplicateYAMLKeyInAMapping() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        text: {nl: Commissie, en: Committee}
                        1️⃣text: {nl: Nog eens, en: Again}
                """, code: "duplicate-key", message: "key 'text' appears twice in a question (first on line 16)")
    }

    // MARK: References to things that do not exist

    func testAnUnknownScaleSuggestsTheClosest() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: 1️⃣mat
                        text: {nl: Commissie, en: Committee}
                """, code: "unknown-reference", message: "unknown scale 'mat'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'mate'?")
    }

    func testARuleNamesAnUnknownDomain() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    domain: 1️⃣vsie
                    when: "commissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                """, code: "unknown-reference", message: "unknown domain 'vsie'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'visie'?")
    }

    func testAnUnknownSourceId() {
        let found = LoaderCheck.expect(
            head.replacingOccurrences(
                of: "scales:",
                with: """
                    sources:
                      - {id: kis2022, title: KIS 2022}
                    scales:
                    """) + """
                    domains:
                      - id: visie
                        title: {nl: Visie, en: Vision}
                        sources: [1️⃣kis2023]
                        questions:
                          - id: commissie
                            scale: mate
                            text: {nl: Commissie, en: Committee}
                    """, code: "unknown-reference", message: "unknown source 'kis2023'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'kis2022'?")
    }

    func testAnUnknownLevelInACap() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 'nee'"
                    cap: 1️⃣op_ord
                """, code: "unknown-reference", message: "unknown level 'op_ord'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'op_orde'?")
    }

    func testAnUnknownAggregatorListsTheKnownOnes() {
        let found = LoaderCheck.expect(
            head + domain + """
                scoring:
                  aggregate: 1️⃣gewogen_gemiddelde
                """, code: "unknown-plugin", message: "unknown aggregator 'gewogen_gemiddelde'")
        XCTAssertTrue(found?.fix?.en.hasPrefix("known aggregators:") ?? false, found?.fix?.en ?? "no fix")
        for name in ["'mean'", "'weighted_mean'", "'median'"] {
            XCTAssertTrue(found?.fix?.en.contains(name) ?? false, "\(name) missing from: \(found?.fix?.en ?? "")")
        }
    }

    func testAnUnknownQuestionType() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: kinderen
                        type: 1️⃣nummer
                        text: {nl: Hoeveel kinderen?, en: How many children?}
                """, code: "unknown-plugin", message: "unknown question type 'nummer'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'number'?")
    }

    // MARK: Empty things

    func testAScaleWithoutOptions() {
        LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options: 1️⃣[]
            """ + "\n" + domain, code: "empty-list", message: "the options of scale 'mate' is empty")
    }

    func testAFrameworkWithoutDomains() {
        LoaderCheck.expect(
            head + """
                domains: 1️⃣[]
                """, code: "empty-list", message: "the framework has no domains")
    }

    func testADomainWithoutQuestions() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions: 1️⃣[]
                """, code: "empty-list", message: "domain 'visie' has no questions")
    }

    func testAScaleWithoutScoredOptions() {
        LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options:
                  1️⃣- {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
                  - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/A}}
            """ + "\n" + domain, code: "empty-scale", message: "scale 'mate' has no options with a value")
    }

    // MARK: Weights, bands and bounds

    func testAWeightOfZeroOrBelow() {
        for weight in ["0", "-1"] {
            LoaderCheck.expect(
                head + """
                    domains:
                      - id: visie
                        title: {nl: Visie, en: Vision}
                        questions:
                          - id: commissie
                            scale: mate
                            weight: 1️⃣\(weight)
                            text: {nl: Commissie, en: Committee}
                    """, code: "invalid-weight", message: "the weight must be greater than 0 (now \(weight))")
        }
    }

    func testLevelsThatOverlap() {
        LoaderCheck.expect(
            head + domain + """
                levels:
                  - {id: startend, min: 0, max: 60, label: {nl: Startend, en: Starting}}
                  - 1️⃣{id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
                """, code: "band-overlap", message: "overlap: 50–60 falls in two bands")
    }

    func testLevelsThatLeaveAGap() {
        LoaderCheck.expect(
            head + domain + """
                levels:
                  - {id: startend, min: 0, max: 40, label: {nl: Startend, en: Starting}}
                  - 1️⃣{id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
                """, code: "band-gap", message: "gap between 40 and 50")
    }

    func testLevelsThatDoNotStartAtZeroOrEndAtHundred() {
        let text =
            head + domain + """
                levels:
                  - 1️⃣{id: startend, min: 10, max: 50, label: {nl: Startend, en: Starting}}
                  - 2️⃣{id: op_orde, min: 50, max: 90, label: {nl: Op orde, en: In order}}
                """
        LoaderCheck.expect(text, code: "band-gap", message: "the levels start at 10, not at 0")
        LoaderCheck.expect(text, code: "band-gap", at: "2️⃣", message: "the levels end at 90, not at 100")
    }

    func testAGradeTableWithAGap() {
        LoaderCheck.expect(
            head + domain + """
                grades:
                  table:
                    - {min: 0, max: 50, grade: 4}
                    - 1️⃣{min: 55, max: 100, grade: 7}
                """, code: "band-gap", message: "gap between 50 and 55")
    }

    func testANumberQuestionWithMinNotBelowMax() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: kinderen
                        type: number
                        min: 10
                        max: 1️⃣10
                        text: {nl: Hoeveel kinderen?, en: How many children?}
                """, code: "invalid-bounds", message: "max (10) must be greater than min (10)", fix: false)
    }

    func testAnIdWithAHyphen() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: 1️⃣visie-schriftelijk
                        scale: mate
                        text: {nl: Commissie, en: Committee}
                """, code: "invalid-id", message: "'visie-schriftelijk' is not a valid id")
        XCTAssertTrue(found?.fix?.en.contains("'visie_schriftelijk'") ?? false, found?.fix?.en ?? "no fix")
    }

    // MARK: Expressions: the column inside the YAML string

    func testAnUnknownQuestionInWhenSuggestsTheClosest() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "score.visie < 50 and 1️⃣comissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'commissie'?")
        XCTAssertEqual(found?.length, "comissie".count)
    }

    func testAnUnknownFunction() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣meen(items('visie')) < 50"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown function 'meen'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'mean'?")
    }

    func testATypeErrorPointsAtTheWrongOperand() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣score.visie and 3"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "'and' expects boolean, but this is number")
    }

    func testAnUnclosedParenthesis() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "(commissie == 'nee' or score.visie < 501️⃣"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "expected ')'")
    }

    func testComparingWithAnOptionThatIsNotOnTheScale() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 1️⃣'volledig'"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "'volledig' is not an option of scale 'mate'")
        XCTAssertTrue(found?.fix?.en.contains("'nee', 'ja'") ?? false, found?.fix?.en ?? "no fix")
        XCTAssertFalse(found?.fix?.en.contains("weet_niet") ?? true, "weet_niet is offered as a value to compare with")
    }

    func testComparingWithWeetNiet() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 1️⃣'weet_niet'"
                    advice: {nl: Zoek het uit., en: Find out.}
                """, code: "expression", message: "'weet_niet' is not a value to compare with")
        XCTAssertTrue(found?.fix?.en.contains("unknown(") ?? false)
    }

    func testARuleWithACapMayNotReadLevels() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣level.overall == 'startend'"
                    cap: startend
                """, code: "expression", message: "levels cannot be used in a rule with 'cap'")
    }

    func testAWhenThatIsNotACondition() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣score.visie + 1"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression-type", message: "this condition must give true or false")
    }

    func testColumnsInsideASingleQuotedStringWithAnEscapedQuote() {
        // In a single-quoted YAML string '' is one quote: the column must count the file's text.
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: 'commissie == ''nee'' and 1️⃣comissie == ''ja'''
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testColumnsInsideADoubleQuotedStringWithAnEscape() {
        LoaderCheck.expect(
            withLevels + #"""
                  - id: zwak
                    when: "commissie == \"nee\" and 1️⃣comissie == 'ja'"
                    advice: {nl: Begin., en: Start.}
                """#, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorOnTheSecondLineOfALiteralBlock() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: |
                      score.visie < 50
                      and 1️⃣comissie == 'nee'
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorOnTheSecondLineOfAFoldedBlock() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: >
                      score.visie < 50
                      and 1️⃣comissie == 'nee'
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorOnTheSecondLineOfAWrappedQuotedString() {
        // Long conditions are wrapped; YAML folds the line break into a space.
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "score.visie < 50 and
                      1️⃣comissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorInABecausePlaceholder() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 'nee'"
                    because: {nl: "De commissie staat op {1️⃣comissie}.", en: "The committee is at {commissie}."}
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    // MARK: Cycles

    func testDerivedScoresInACircle() {
        LoaderCheck.expect(
            head + domain + """
                scoring:
                  scores:
                    - 1️⃣id: aa
                      expression: "score.bb + 1"
                    - id: bb
                      expression: "score.aa - 1"
                """, code: "score-cycle", message: "scores depend on each other in a circle: aa → bb → aa")
    }

    func testRelevanceConditionsInACircle() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - 1️⃣id: aa
                        scale: mate
                        relevant: "bb == 'ja'"
                        text: {nl: A, en: A}
                      - id: bb
                        scale: mate
                        relevant: "aa == 'ja'"
                        text: {nl: B, en: B}
                """, code: "relevance-cycle", message: "relevance conditions refer to each other in a circle: aa → bb → aa")
    }

    func testARelevanceThatReadsItsOwnQuestion() {
        let text =
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        relevant: 1️⃣"commissie == 'ja'"
                        text: {nl: Commissie, en: Committee}
                """
        LoaderCheck.expect(text, code: "self-reference", message: "the relevance of 'commissie' depends on its own answer")
        // One mistake, one error: not also a "circle" of one question.
        let errors = Fixtures.framework(MarkedText(text).text).diagnostics.errors
        XCTAssertEqual(errors.count, 1, errors.map { "[\($0.code)] \($0.message.en)" }.joined(separator: "\n"))
    }

    func testARelevanceConditionCannotReadItemScores() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - {id: commissie, scale: mate, text: {nl: Commissie, en: Committee}}
                      - id: plan
                        scale: mate
                        relevant: "count(1️⃣items('visie')) > 0"
                        text: {nl: Plan, en: Plan}
                """, code: "expression", message: "item scores cannot be used in a relevance condition")
    }

    // MARK: Values YAML reads differently than people do

    func testNaNAndInfinityAreNotNumbers() {
        for text in [".nan", ".inf", "-.inf"] {
            LoaderCheck.expect(
                head + """
                    domains:
                      - id: visie
                        title: {nl: Visie, en: Vision}
                        questions:
                          - id: commissie
                            scale: mate
                            weight: 1️⃣\(text)
                            text: {nl: Commissie, en: Committee}
                    """, code: "not-finite", message: "'weight' must be an ordinary number, not '\(text)'")
        }
    }

    func testACustomTag() {
        LoaderCheck.expect(
            head.replacingOccurrences(of: "title: {nl: Demo, en: Demo}", with: "title: 1️⃣!foo Demo") + domain,
            code: "custom-tag", message: "YAML tag '!foo' is not supported")
    }

    // MARK: One run, all problems, both languages

    func testThreeMistakesAreAllReportedInOneRun() {
        let text = MarkedText(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: 1️⃣maat
                        2️⃣txt: {nl: Commissie, en: Committee}
                      - id: ouders
                        scale: mate
                        weight: 3️⃣0
                        text: {nl: Ouders, en: Parents}
                """)
        let diagnostics = Fixtures.framework(text.text).diagnostics
        let found = Set(diagnostics.errors.map { "\($0.code)@\($0.location?.line ?? 0):\($0.location?.column ?? 0)" })
        for (marker, code) in [("1️⃣", "unknown-reference"), ("2️⃣", "unknown-key"), ("3️⃣", "invalid-weight")] {
            let at = text.markers[marker]!
            XCTAssertTrue(found.contains("\(code)@\(at.line):\(at.column)"), "\(code) missing; got:\n\(LoaderCheck.describe(diagnostics))")
        }
    }

    func testEveryMistakeInOneQuestionIsReported() {
        // An unknown scale must not hide the question's other mistakes until the next run.
        let text =
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: 1️⃣mat
                        weight: 2️⃣"2"
                        required: 3️⃣yes
                        text: {nl: Commissie, en: Committee}
                """
        LoaderCheck.expect(text, code: "unknown-reference", message: "unknown scale 'mat'")
        LoaderCheck.expect(text, code: "wrong-type", at: "2️⃣", message: "'weight' must be a number")
        LoaderCheck.expect(text, code: "wrong-type", at: "3️⃣", message: "'required' must be true or false")
    }

    func testEveryMessageAndFixExistsInDutchAndEnglish() {
        let diagnostics = Fixtures.framework(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    onbekend: 1
                    questions:
                      - id: a
                        scale: maat
                        weight: "2"
                        required: yes
                        text: {nl: Commissie, en: Committee}
                      - id: b
                        type: nummer
                        text: {nl: B, en: B}
                levels:
                  - {id: a, min: 5, max: 50, label: {nl: A, en: A}}
                  - {id: a-b, min: 50, max: 60, label: {nl: A, en: A}}
                  - {id: b, min: 40, max: 90, label: {nl: B, en: B}}
                rules:
                  - id: r
                    when: "score.visie and 3"
                    advice: Begin.
                """
        ).diagnostics
        XCTAssertGreaterThanOrEqual(diagnostics.all.count, 8, LoaderCheck.describe(diagnostics))
        for diagnostic in diagnostics.all {
            XCTAssertFalse(diagnostic.message.nl.isEmpty, "[\(diagnostic.code)] has no Dutch message")
            XCTAssertFalse(diagnostic.message.en.isEmpty, "[\(diagnostic.code)] has no English message")
            XCTAssertNotEqual(
                diagnostic.message.nl, diagnostic.message.en, "[\(diagnostic.code)] is not translated: \(diagnostic.message.en)")
            if let fix = diagnostic.fix {
                XCTAssertFalse(fix.nl.isEmpty || fix.en.isEmpty, "[\(diagnostic.code)] fix is missing a language")
            }
            XCTAssertNotNil(diagnostic.location, "[\(diagnostic.code)] has no place")
        }
    }
}
