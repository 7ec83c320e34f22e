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

    let changes: [Entry]

    /// Reads `form`; with `only`, just that question (the script's autosave).
    init(form: FormBody, sheet: ScanSheet, questions: [Question], only: String?) throws(PageError) {
        let allowed = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var named: [String] = []
        for prefix in ["answer.", "note.", "evidence.", "rev."] {
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
        for question in questions where named.contains(question.id) {
            let id = question.id
            let value = try FormAnswer(question: question).read(form.all("answer." + id))
            func text(_ name: String) -> String? {
                guard let typed = form[name + id]?.trimmingCharacters(in: .whitespacesAndNewlines), !typed.isEmpty else { return nil }
                return typed
            }
            let stored = sheet.stored[id]
            // Fields the form did not send keep what is stored (a page without the note field).
            let note = form.has("note." + id) ? text("note.") : stored?.note
            let evidence = form.has("evidence." + id) ? text("evidence.") : stored?.evidence
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
            entries.append(Entry(change: change, pageRevision: pageRevision))
        }
        changes = entries
    }
}
