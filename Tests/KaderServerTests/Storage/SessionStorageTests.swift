import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises about sign-in sessions (``SessionStore``), on SQLite and PostgreSQL.
@Suite("SessionStore on SQLite and PostgreSQL")
struct SessionStorageTests {
    @Test("A session is found by its token's hash in any process until it ends or is closed", arguments: StoreKind.allCases)
    func aSessionLastsUntilItEndsOrIsClosed(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let first = try await database.open()
            let second = try await database.open()
            let mosque = try await first.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            let yusuf = try await first.addAccount(
                AccountDraft(
                    email: "yusuf@alfath.example", name: "Yusuf", role: .member, organisationID: mosque.id,
                    passwordHash: AccountStorageTests.hash))
            let opened = Date(timeIntervalSince1970: 1_800_000_000)
            let session = NewSession(account: yusuf.id, now: opened, lifetime: 3600)
            try await first.openSession(session)
            let during = opened.addingTimeInterval(60).ISO8601Format()
            let found = try #require(try await second.session(tokenHash: session.token.hash, now: during))
            #expect(found.account == yusuf && found.csrf == session.csrf)
            #expect(try await second.session(tokenHash: SessionToken().hash, now: during) == nil, "a guessed token finds nothing")
            #expect(try await second.session(tokenHash: session.token.text, now: during) == nil, "the token itself is not what is kept")
            #expect(try await second.session(tokenHash: session.token.hash, now: opened.addingTimeInterval(3601).ISO8601Format()) == nil)
            try await second.closeSession(tokenHash: session.token.hash)
            #expect(try await first.session(tokenHash: session.token.hash, now: during) == nil)
        }
    }
}
