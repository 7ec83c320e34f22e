import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A neighbourhood team's framework with a growth model, grades, a requirement on the top level
/// and a cap on the safety domain: the stories of grades and caps (``GradesAndCapsStoryTests``)
/// and of why a level is what it is (``WhyThisLevelStoryTests``) read it.
///
/// Scale mate: nee 0, deels 1, ja 2, so an item scores 0, 50 or 100; a domain is the mean of its
/// items, the total the mean of the domains; grade = 1 + 9 × score / 100, one decimal.
enum LevelStoryFixture {
    static func yaml(grades: String = "grades: {formula: \"1 + 9 * score / 100\"}") -> String {
        """
        id: wijkteam
        version: "1.0"
        title: {nl: Wijkteamscan, en: Neighbourhood team scan}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
        domains:
          - id: veilig
            title: {nl: Veiligheid, en: Safety}
            questions:
              - {id: code, scale: mate, critical: true, text: {nl: De gedragscode is getekend., en: The code of conduct is signed.}}
              - {id: ehbo, scale: mate, text: {nl: Er is EHBO., en: There is first aid.}}
          - id: leren
            title: {nl: Monitoren en leren, en: Monitoring and learning}
            questions:
              - {id: evaluatie, scale: mate, text: {nl: We evalueren., en: We evaluate.}}
              - {id: scholing, scale: mate, text: {nl: We scholen., en: We train.}}
          - id: huis
            title: {nl: Het huis, en: The house}
            questions:
              - {id: ruimte, scale: mate, text: {nl: Er is ruimte., en: There is room.}}
        levels:
          - {id: basis, min: 0, max: 50, label: {nl: Basis, en: Basic}}
          - {id: op_orde, min: 50, max: 80, label: {nl: Op orde, en: On track}}
          - id: voorbeeldig
            min: 80
            max: 100
            label: {nl: Voorbeeldig, en: Exemplary}
            requires: "score.leren >= 65"
            requires_text: {nl: "monitoren en leren minstens 65; nu {score.leren}", \
        en: "monitoring and learning at least 65; now {score.leren}"}
        \(grades)
        rules:
          - id: code_niet_getekend
            domain: veilig
            when: "code != 'ja'"
            because: {nl: De gedragscode is niet door iedereen getekend., en: Not everyone has signed the code of conduct.}
            cap: basis
        """
    }

    /// veilig (50 + 100) / 2 = 75, leren 100, huis 100: total 91.7, band voorbeeldig; leren ≥ 65
    /// holds; the cap on code (deels) lowers veilig and the total to basis.
    static let capped = "framework: wijkteam\nanswers: {code: deels, ehbo: ja, evaluatie: ja, scholing: ja, ruimte: ja}\n"

    /// veilig 100, leren (100 + 0) / 2 = 50, huis 100: total 83.3, band voorbeeldig; leren 50 < 65,
    /// so the total is op orde. No cap.
    static let requirementUnmet = "framework: wijkteam\nanswers: {code: ja, ehbo: ja, evaluatie: ja, scholing: nee, ruimte: ja}\n"

    static func scan(_ answers: String, yaml: String = yaml()) throws -> (AssessmentResult, Framework) {
        let framework = try Fixtures.validFramework(yaml)
        return (Engine(framework: framework).evaluate(try Fixtures.response(answers, for: framework)), framework)
    }

    static func render(_ format: String, _ result: AssessmentResult, _ framework: Framework, language: Language = .nl) throws -> String {
        try XCTUnwrap(RendererRegistry.builtIn.renderers[format]).init()
            .render(result, framework: framework, options: RenderOptions(language: language))
    }
}
