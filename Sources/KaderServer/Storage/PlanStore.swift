import Kader

/// What the store keeps beyond the answers (issue 13, points 7-9): each scan's action plan, the
/// history of an organisation's scans of one framework, and scans brought in whole from a response
/// file or a survey export. Like ``ScanStore``, every change is one transaction: when a method
/// returns the change is on disk, when it throws nothing of it was written.
public protocol PlanStore: Sendable {
    /// The action plan of a scan, in its order.
    func plan(scan: Int64) async throws -> [PlanItem]
    /// Replaces the action plan of a scan and raises its revision. With a `nonce` (the form's
    /// one-time id), a form sent a second time throws ``StoreError/duplicateSubmit``.
    func savePlan(_ plan: [PlanItem], scan: Int64, nonce: String?) async throws -> Int64
    /// The scans of framework `id` whose organisation (or, without one, respondent) is `name`,
    /// oldest first: by date, then by when they were made. Only the scans `organisation` owns (nil:
    /// those without an owner), so that a hosted installation's history never shows another's scan.
    func history(of name: String, framework id: String, organisation: Int64?) async throws -> [ScanSummary]
    /// Stores whole responses as new scans, all or none, and returns them in the same order.
    func importScans(_ scans: [ImportedScan]) async throws -> [StoredScan]
}

/// A response brought in from a file, ready to be stored as a scan.
public struct ImportedScan: Sendable {
    public var frameworkID: String
    public var frameworkVersion: String
    public var language: Language
    public var header: ScanHeader
    /// Each answer as the response file writes it (``AnswerChange`` with the kind's YAML).
    public var answers: [AnswerChange]
    public var plan: [PlanItem]
    /// The organisation that owns it in a hosted installation (`--hosted`): only its people reach
    /// it. Nil without `--hosted`. Not the organisation named on the form (``ScanHeader/organisation``).
    public var organisationID: Int64? = nil

    /// Creates one.
    public init(
        frameworkID: String, frameworkVersion: String, language: Language, header: ScanHeader, answers: [AnswerChange],
        plan: [PlanItem], organisationID: Int64? = nil
    ) {
        self.organisationID = organisationID
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.language = language
        self.header = header
        self.answers = answers
        self.plan = plan
    }

    /// The response as a scan: every answer written by its question's kind, as `kader fill` writes it.
    public init(_ response: Response, framework: Framework, language: Language) {
        let answers = response.answerOrder.compactMap { id -> AnswerChange? in
            guard let answer = response.answers[id], let question = framework.question(id) else { return nil }
            let yaml = answer.value == .unanswered ? nil : question.kind.yaml(answer.value)
            return AnswerChange(questionID: id, yaml: yaml, note: answer.note, evidence: answer.evidence)
        }
        self.init(
            frameworkID: framework.id, frameworkVersion: framework.version, language: language,
            header: ScanHeader(
                organisation: response.organisation, respondent: response.respondent, date: response.date,
                context: response.context),
            answers: answers, plan: response.plan)
    }
}

extension ImportedScan {
    /// The same scan, owned by `organisation` (a hosted installation's upload).
    public func owned(by organisation: Int64?) -> ImportedScan {
        var owned = self
        owned.organisationID = organisation
        return owned
    }
}
