import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises about sign-in sessions (``SessionStore``), on SQLite and PostgreSQL.
@Suite("SessionStore on SQLite and PostgreSQL")
struct SessionStorageTests {
    @Test("A session is found by its token's hash in any process until it ends or is closed", arguments: StoreKind.allCases)
    func aSessionLastsUntilItEndsOrIsClosed(_ kind: StoreKind) async throws {
        try await MosqueFixture.with(kind) { fixture in
            let (first, yusuf) = (fixture.store, fixture.yusuf)
            let second = try await fixture.database.open()
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

    @Test("Opening a session removes those that have ended", arguments: StoreKind.allCases)
    func endedSessionsAreRemoved(_ kind: StoreKind) async throws {
        try await MosqueFixture.with(kind) { fixture in
            let (store, yusuf) = (fixture.store, fixture.yusuf)
            let then = Date(timeIntervalSince1970: 1_600_000_000)
            let old = NewSession(account: yusuf.id, now: then, lifetime: 3600)
            try await store.openSession(old)
            let duringOld = then.addingTimeInterval(60).ISO8601Format()
            #expect(try await store.session(tokenHash: old.token.hash, now: duringOld) != nil, "kept until another sign-in")
            let fresh = NewSession(account: yusuf.id)
            try await store.openSession(fresh)
            #expect(try await store.session(tokenHash: old.token.hash, now: duringOld) == nil, "the ended session is gone")
            #expect(try await store.session(tokenHash: fresh.token.hash, now: Date().ISO8601Format()) != nil)
        }
    }
}
