import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises about the audit log: a save by a signed-in person writes one entry
/// per answer in the same transaction, a refused save writes none, and an organisation's log
/// holds only its own scans' changes, newest first. Each case on SQLite and on PostgreSQL.
@Suite("AnswerLogStore on SQLite and PostgreSQL")
struct AnswerLogStorageTests {
    @Test("Each change by a signed-in person is logged with who and when; a refused save logs nothing", arguments: StoreKind.allCases)
    func changesAreLogged(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let fath = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            let noor = try await store.addOrganisation(OrganisationDraft(name: "Moskee Noor"))
            let yusuf = try await AccountStorageTests.member("Yusuf", "yusuf@alfath.example", of: fath.id, in: store)
            let fatima = try await AccountStorageTests.member("Fatima", "fatima@noor.example", of: noor.id, in: store)
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl, organisation: fath.id)
            let other = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl, organisation: noor.id)
            _ = try await store.saveAnswers(
                [
                    AnswerChange(questionID: "plan", yaml: "deels", note: "eerste versie"),
                    AnswerChange(questionID: "heeft_team", yaml: "ja")
                ],
                scan: scan.id, nonce: "f1", author: yusuf.id)
            _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: nil)], scan: scan.id, nonce: nil, author: yusuf.id)
            _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "niet")], scan: other.id, nonce: nil, author: fatima.id)
            _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "volledig")], scan: scan.id, nonce: nil)
            await #expect(throws: StoreError.duplicateSubmit) {
                _ = try await store.saveAnswers(
                    [AnswerChange(questionID: "plan", yaml: "niet")], scan: scan.id, nonce: "f1", author: yusuf.id)
            }

            let log = try await store.answerLog(organisation: fath.id, limit: 10)
            #expect(
                log.map(\.questionID) == ["plan", "heeft_team", "plan"], "newest first, only Al-Fath's scans, no entry without an author")
            #expect(log[0].value == nil && log[0].revision == 2, "a cleared answer is logged as cleared")
            #expect(log[2].value == "deels" && log[2].note == "eerste versie" && log[2].revision == 1)
            #expect(log.allSatisfy { $0.authorName == "Yusuf" && $0.authorEmail == "yusuf@alfath.example" && $0.scanToken == scan.token })
            #expect(try await store.answerLog(organisation: noor.id, limit: 10).map(\.authorName) == ["Fatima"])
            #expect(try await store.answerLog(organisation: fath.id, limit: 1).count == 1)
        }
    }
}
