import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises the routes about scans and answers (``ScanStore``), each case run
/// on SQLite and on PostgreSQL. A new store method gets its case here (docs/serve.md).
@Suite("ScanStore on SQLite and PostgreSQL")
struct ScanStorageTests {
    @Test("A new scan is found by its token, with its framework and language, and nothing else is", arguments: StoreKind.allCases)
    func aNewScanIsFoundByItsToken(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .en)
            let found = try #require(try await store.scan(token: scan.token))
            #expect(found.id == scan.id)
            #expect(found.frameworkID == "webscan" && found.frameworkVersion == "1.0.0" && found.language == .en)
            #expect(found.revision == 0 && found.header == ScanHeader())
            #expect(found.createdAt == scan.createdAt)
            #expect(try await store.scan(token: ScanToken.random()) == nil)
        }
    }

    @Test(
        "The header keeps who answered, the date and every context field, and a new header replaces the old", arguments: StoreKind.allCases)
    func theHeaderIsReplacedWhole(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let first = ScanHeader(
                organisation: "Moskee Al-Amal", respondent: "Fatima", date: "2026-03-14",
                context: ["leden": .number(12.5), "plaats": .text("Den Haag")])
            #expect(try await store.saveHeader(first, scan: scan.id, nonce: "f1") == 1)
            #expect(try await store.scan(token: scan.token)?.header == first)
            let second = ScanHeader(organisation: "Moskee Al-Amal", respondent: nil, date: nil, context: ["leden": .number(40)])
            #expect(try await store.saveHeader(second, scan: scan.id, nonce: "f2") == 2)
            let stored = try #require(try await store.scan(token: scan.token))
            #expect(stored.header == second, "the old respondent, date and 'plaats' are gone")
            #expect(stored.revision == 2)
        }
    }

    @Test("Answers keep value, note and evidence with the revision they were saved at", arguments: StoreKind.allCases)
    func answersKeepTheirRevision(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let first = try await store.saveAnswers(
                [
                    AnswerChange(questionID: "plan", yaml: "deels", note: "eerste <versie>", evidence: "notulen"),
                    AnswerChange(questionID: "activiteiten", yaml: "[les, uitje]")
                ], scan: scan.id, nonce: nil)
            #expect(first.revision == 1)
            #expect(first.previousRevisions == ["plan": 0, "activiteiten": 0])
            let second = try await store.saveAnswers(
                [AnswerChange(questionID: "plan", yaml: nil, note: "alleen een notitie")],
                scan: scan.id, nonce: nil)
            #expect(second.revision == 2 && second.previousRevisions == ["plan": 1])
            let answers = Set(try await store.answers(scan: scan.id))
            #expect(
                answers == [
                    StoredAnswer(questionID: "plan", yaml: nil, note: "alleen een notitie", evidence: nil, revision: 2),
                    StoredAnswer(questionID: "activiteiten", yaml: "[les, uitje]", note: nil, evidence: nil, revision: 1)
                ])
            #expect(try await store.scan(token: scan.token)?.revision == 2)
        }
    }

    @Test(
        "A cleared answer keeps its row, empty, at the new revision, so another window hears of it", arguments: StoreKind.allCases)
    func aClearedAnswerKeepsAnEmptyRow(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "deels", note: "n")], scan: scan.id, nonce: nil)
            let cleared = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: nil)], scan: scan.id, nonce: nil)
            #expect(cleared.revision == 2 && cleared.previousRevisions == ["plan": 1])
            #expect(
                try await store.answers(scan: scan.id) == [
                    StoredAnswer(questionID: "plan", yaml: nil, note: nil, evidence: nil, revision: 2)
                ])
            #expect(try await store.scans(limit: 1, organisation: nil).map(\.answers) == [0], "an empty row is not an answer")
            let again = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "ja")], scan: scan.id, nonce: nil)
            #expect(again.previousRevisions == ["plan": 2], "a later save from an old page is told it replaced the clearing")
        }
    }

    @Test(
        "A database that refuses writes (read-only, full disk) says so, writes nothing half and goes on reading",
        arguments: StoreKind.allCases)
    func aRefusedWriteLeavesNothingHalfWritten(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "deels")], scan: scan.id, nonce: nil)
            for refusal in WriteRefusal.allCases {
                let refusing = try await database.open(refusing: refusal)
                let note = String(repeating: "een lange toelichting ", count: 400)
                do {
                    _ = try await refusing.saveAnswers(
                        [AnswerChange(questionID: "plan", yaml: "volledig", note: note)], scan: scan.id, nonce: "form-\(refusal)")
                    Issue.record("\(refusal): the save was not refused")
                } catch StoreError.notWritten(let reason) {
                    #expect(refusal.words.contains { reason.lowercased().contains($0) }, "\(refusal): \(reason)")
                }
                await #expect(throws: StoreError.self) {
                    try await refusing.saveHeader(
                        ScanHeader(organisation: "De Brug", context: ["x": .text(note)]), scan: scan.id, nonce: nil)
                }
                #expect(try await refusing.scan(token: scan.token)?.revision == 1, "\(refusal): no half-written save raised the revision")
                #expect(try await refusing.answers(scan: scan.id).map(\.yaml) == ["deels"], "\(refusal): reading goes on")
                try await refusing.close()
            }
            let later = try await store.saveAnswers(
                [AnswerChange(questionID: "plan", yaml: "volledig")], scan: scan.id, nonce: "form-\(WriteRefusal.readOnly)")
            #expect(later.revision == 2, "the refused form's id was not recorded either")
        }
    }

    @Test("A form sent twice is refused the second time and changes nothing", arguments: StoreKind.allCases)
    func aFormSentTwiceIsRefused(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "deels")], scan: scan.id, nonce: "form-1")
            await #expect(throws: StoreError.duplicateSubmit) {
                try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "volledig")], scan: scan.id, nonce: "form-1")
            }
            await #expect(throws: StoreError.duplicateSubmit) {
                try await store.saveHeader(ScanHeader(organisation: "ander"), scan: scan.id, nonce: "form-1")
            }
            #expect(try await store.answers(scan: scan.id).map(\.yaml) == ["deels"])
            let stored = try #require(try await store.scan(token: scan.token))
            #expect(stored.revision == 1 && stored.header.organisation == nil)
            let other = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let elsewhere = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "nee")], scan: other.id, nonce: "form-1")
            #expect(elsewhere.revision == 1, "a form's id counts per scan")
        }
    }

    @Test("Saving to a scan that does not exist is refused and writes nothing", arguments: StoreKind.allCases)
    func anUnknownScanIsRefused(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            await #expect(throws: StoreError.unknownScan) {
                try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "deels")], scan: 4242, nonce: "form-1")
            }
            await #expect(throws: StoreError.unknownScan) {
                try await store.saveHeader(ScanHeader(organisation: "x"), scan: 4242, nonce: nil)
            }
            #expect(try await store.answers(scan: 4242).isEmpty)
        }
    }

    @Test("The list of scans is newest first, counts answered questions, and stops at the limit", arguments: StoreKind.allCases)
    func theListIsNewestFirst(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            var made: [StoredScan] = []
            for _ in 0..<3 { made.append(try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)) }
            _ = try await store.saveAnswers(
                [
                    AnswerChange(questionID: "plan", yaml: "deels"),
                    AnswerChange(questionID: "opmerking", yaml: nil, note: "alleen notitie")
                ], scan: made[1].id, nonce: nil)
            let list = try await store.scans(limit: 2, organisation: nil)
            #expect(list.map(\.token) == [made[2].token, made[1].token])
            #expect(list.map(\.answers) == [0, 1], "a note without a value is not an answer")
        }
    }
}
