import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises the routes about colleagues filling in together (``ColleagueStore``),
/// each case run on SQLite and on PostgreSQL.
@Suite("ColleagueStore on SQLite and PostgreSQL")
struct ColleagueStorageTests {
    @Test(
        "Each invited colleague gets a scan of their own, of the owner's framework, listed in the order invited",
        arguments: StoreKind.allCases)
    func eachColleagueGetsAScanOfTheirOwn(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let owner = try await store.createScan(framework: "jeugdhulp_azc", version: "1.2.0", language: .en)
            let fatima = try await store.invite(
                Invitation(name: "Fatima Ouali", role: "jeugdteam"),
                header: ScanHeader(organisation: "Gemeente Ter Aa", respondent: "Fatima"),
                owner: owner, nonce: "uitnodiging-1")
            let joost = try await store.invite(Invitation(name: "Joost"), header: ScanHeader(), owner: owner, nonce: "uitnodiging-2")
            #expect(fatima.token != joost.token && fatima.token != owner.token)
            let own = try #require(try await store.scan(token: fatima.token))
            #expect(own.id == fatima.scanID && own.frameworkID == "jeugdhulp_azc" && own.frameworkVersion == "1.2.0")
            #expect(own.language == .en && own.header.organisation == "Gemeente Ter Aa")
            let listed = try await store.colleagues(owner: owner.id)
            #expect(listed.map(\.invitation.label) == ["Fatima Ouali (jeugdteam)", "Joost"])
            #expect(listed.map(\.token) == [fatima.token, joost.token])
            #expect(try await store.owner(ofColleague: joost.scanID) == owner.id)
            #expect(try await store.owner(ofColleague: owner.id) == nil, "the owner's own scan is nobody's colleague scan")
            #expect(try await store.colleagueTokens() == [fatima.token, joost.token])
            #expect(try await store.scan(token: owner.token)?.revision == 2, "each invitation is a change to the owner's scan")
        }
    }

    @Test("A colleague's answers stay in their own scan, apart from the owner's agreed answers", arguments: StoreKind.allCases)
    func aColleaguesAnswersStayTheirOwn(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let owner = try await store.createScan(framework: "jeugdhulp_azc", version: "1.2.0", language: .nl)
            let colleague = try await store.invite(
                Invitation(name: "Ahmed", role: "leerplicht"), header: ScanHeader(), owner: owner, nonce: nil)
            _ = try await store.saveAnswers(
                [AnswerChange(questionID: "crisisopvang", yaml: "deels", note: "nachtlijn twee keer niet opgenomen")],
                scan: colleague.scanID, nonce: nil)
            _ = try await store.saveAnswers([AnswerChange(questionID: "crisisopvang", yaml: "volledig")], scan: owner.id, nonce: nil)
            #expect(try await store.answers(scan: colleague.scanID).map(\.note) == ["nachtlijn twee keer niet opgenomen"])
            #expect(try await store.answers(scan: owner.id).map(\.yaml) == ["volledig"])
            #expect(try await store.colleagues(owner: colleague.scanID).isEmpty)
        }
    }

    @Test("An invitation sent twice is refused the second time and invites nobody", arguments: StoreKind.allCases)
    func anInvitationSentTwiceIsRefused(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let owner = try await store.createScan(framework: "jeugdhulp_azc", version: "1.2.0", language: .nl)
            _ = try await store.invite(Invitation(name: "Sanne", role: "JGZ"), header: ScanHeader(), owner: owner, nonce: "form-1")
            await #expect(throws: StoreError.duplicateSubmit) {
                try await store.invite(Invitation(name: "Sanne", role: "JGZ"), header: ScanHeader(), owner: owner, nonce: "form-1")
            }
            #expect(try await store.colleagues(owner: owner.id).count == 1)
            #expect(try await store.colleagueTokens().count == 1)
            #expect(try await store.scans(limit: 10, organisation: nil).count == 2, "no half-made scan of the refused invitation")
        }
    }

    @Test("Colleagues invited through two server processes at once each get their own place in the list", arguments: StoreKind.allCases)
    func invitationsFromTwoProcessesKeepTheirOrder(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let stores = [try await database.open(), try await database.open()]
            let owner = try await stores[0].createScan(framework: "jeugdhulp_azc", version: "1.2.0", language: .nl)
            let count = 8
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<count {
                    group.addTask {
                        _ = try await stores[index % 2].invite(
                            Invitation(name: "collega \(index)"), header: ScanHeader(), owner: owner, nonce: "form-\(index)")
                    }
                }
                try await group.waitForAll()
            }
            let listed = try await stores[1].colleagues(owner: owner.id)
            #expect(Set(listed.map(\.invitation.name)) == Set((0..<count).map { "collega \($0)" }))
            #expect(try await stores[0].colleagues(owner: owner.id).map(\.scanID) == listed.map(\.scanID), "one order for every process")
            #expect(try await stores[0].scan(token: owner.token)?.revision == Int64(count))
        }
    }
}
