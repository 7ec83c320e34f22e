import Foundation
import Kader

/// The answers a form sent for some questions, checked before anything is written: every
/// `answer.`, `note.`, `evidence.` and `rev.` field must name one of `questions`, and every value
/// must fit its question. Only what differs from what is stored becomes a change.
struct PageAnswers {
    /// A change, with the revision of the answer the page had shown.
    struct Entry {
        var change: AnswerChange
        var pageRevision: Int64?
    }

    /// What a whole page sent that does not fit its question (a number as a word or out of its
    /// range, too many options ticked), by question id: not saved, and shown again as typed beside the question, so that a
    /// slip of the keyboard never throws away the rest of the page.
    struct Rejected {
        var typed: [String]
        var note: String?
        var evidence: String?
        var detail: Message
    }

    let changes: [Entry]
    let rejected: [String: Rejected]

    /// Reads `form`; with `only`, just that question (the script's autosave), where an answer that
    /// does not fit is refused as a whole (400). Options, yes/no and ids that do not fit are a
    /// tampered form, refused as a whole on any page.
    init(form: FormBody, sheet: ScanSheet, questions: [Question], only: String?) throws(PageError) {
        let allowed = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var named: [String] = []
        for prefix in ["answer.", "note.", "evidence.", "rev.", ShownAnswer.prefix] {
            for id in form.names(after: prefix) where !named.contains(id) {
                guard allowed[id] != nil, only == nil || only == id else {
                    throw PageError(
                        .badRequest,
                        Message(
                            nl: "Het formulier noemt een vraag '\(id)' die hier niet hoort; er is niets opgeslagen.",
                            en: "The form names a question '\(id)' that does not belong here; nothing was saved."))
                }
                named.append(id)
            }
        }
        var entries: [Entry] = []
        var rejected: [String: Rejected] = [:]
        for question in questions where named.contains(question.id) {
            let id = question.id
            func text(_ name: String) -> String? {
                guard let typed = form[name + id]?.trimmingCharacters(in: .whitespacesAndNewlines), !typed.isEmpty else { return nil }
                return typed
            }
            let stored = sheet.stored[id]
            // Fields the form did not send keep what is stored (a page without the note field).
            let note = form.has("note." + id) ? text("note.") : stored?.note
            let evidence = form.has("evidence." + id) ? text("evidence.") : stored?.evidence
            let value: AnswerValue?
            do {
                value = try FormAnswer(question: question).checked(form.all("answer." + id))
            } catch {
                guard only == nil, question.kind.answerShape.letsAPersonMisfit else { throw error.page }
                rejected[id] = Rejected(typed: form.all("answer." + id), note: note, evidence: evidence, detail: error.detail)
                continue
            }
            let change = AnswerChange(
                questionID: id, yaml: value.map { StoredValue.yaml($0, for: question) }, note: note, evidence: evidence)
            let unchanged = change.yaml == stored?.yaml && note == stored?.note && evidence == stored?.evidence
            if unchanged && only == nil { continue }
            let pageRevision = form["rev." + id].flatMap { Int64($0) }
            // A page loaded before another window answered never blanks that answer out: only
            // what was chosen or typed here replaces it.
            if only == nil, let pageRevision, let stored, stored.revision > pageRevision, change.yaml == nil, stored.yaml != nil {
                continue
            }
            // Nor does it put back what it showed when the person left the question as it was
            // while another window changed it.
            if only == nil, let pageRevision, let stored, stored.revision > pageRevision,
                form[ShownAnswer.prefix + id] == ShownAnswer.digest(values: form.all("answer." + id), note: note, evidence: evidence)
            {
                continue
            }
            entries.append(Entry(change: change, pageRevision: pageRevision))
        }
        changes = entries
        self.rejected = rejected
    }
}

extension AnswerShape {
    /// True where a person's own answer can fail its question's check: a number typed as a word or
    /// out of its range, a text, too many or too few options ticked. A radio button's value that
    /// does not fit can only come from a form that was tampered with.
    var letsAPersonMisfit: Bool {
        switch self {
        case .number, .text, .options: true
        case .option, .yesNo: false
        }
    }
}
