import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises about the organisations and accounts of a hosted installation
/// (``AccountStore``), each case run on SQLite and on PostgreSQL.
@Suite("AccountStore on SQLite and PostgreSQL")
struct AccountStorageTests {
    /// A stand-in for a bcrypt hash: the store keeps whatever it is given.
    static let hash = "$2b$04$abcdefghijklmnopqrstuuJ0wH3mJ1b6bVtWcE0y3f1cZqQq0r0e."

    /// A member `name` <`email`> of `organisation`, with the stand-in hash.
    static func member(_ name: String, _ email: String, of organisation: Int64, in store: any AccountStore) async throws -> Account {
        try await store.addAccount(AccountDraft(email: email, name: name, role: .member, organisationID: organisation, passwordHash: hash))
    }

    @Test(
        "An umbrella and its member organisations are kept, listed by name, found ignoring case and spacing", arguments: StoreKind.allCases)
    func organisationsAreKept(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let umbrella = try await store.addOrganisation(OrganisationDraft(name: "Unie van Moskeeën"))
            let member = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath", umbrellaID: umbrella.id))
            #expect(member.umbrellaID == umbrella.id && !member.sharesWithUmbrella, "sharing with the umbrella is off until opted in")
            #expect(try await store.organisations().map(\.name) == ["Moskee Al-Fath", "Unie van Moskeeën"])
            #expect(try await store.organisation(named: "  moskee   AL-FATH ") == member)
            #expect(try await store.organisation(named: "Moskee An-Nour") == nil)
        }
    }

    @Test(
        "A second organisation of the same name, or under an unknown umbrella, is refused and nothing is added",
        arguments: StoreKind.allCases)
    func duplicateOrganisationsAreRefused(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            _ = try await store.addOrganisation(OrganisationDraft(name: "Gemeente Ter Aa"))
            await #expect(throws: AccountStoreError.organisationExists) {
                _ = try await store.addOrganisation(OrganisationDraft(name: "gemeente  ter aa"))
            }
            await #expect(throws: AccountStoreError.unknownOrganisation) {
                _ = try await store.addOrganisation(OrganisationDraft(name: "Gemeente Bree", umbrellaID: 999))
            }
            #expect(try await store.organisations().map(\.name) == ["Gemeente Ter Aa"])
        }
    }

    @Test("Accounts are kept per organisation with their role; the site admin belongs to none", arguments: StoreKind.allCases)
    func accountsAreKeptPerOrganisation(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let mosque = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            let town = try await store.addOrganisation(OrganisationDraft(name: "Gemeente Ter Aa"))
            let admin = try await store.addAccount(
                AccountDraft(email: "Beheer@Kader.example", name: "Amina", role: .siteAdmin, organisationID: nil, passwordHash: Self.hash))
            _ = try await store.addAccount(
                AccountDraft(
                    email: "yusuf@alfath.example", name: "Yusuf", role: .organisationAdmin, organisationID: mosque.id,
                    passwordHash: Self.hash))
            _ = try await store.addAccount(
                AccountDraft(email: "fatima@teraa.example", name: "Fatima", role: .member, organisationID: town.id, passwordHash: Self.hash)
            )
            #expect(admin.email == "beheer@kader.example")
            #expect(try await store.accounts(organisation: nil).map(\.email) == ["beheer@kader.example"])
            #expect(try await store.accounts(organisation: mosque.id).map(\.role) == [.organisationAdmin])
            #expect(try await store.accounts(organisation: town.id).map(\.name) == ["Fatima"])
            let found = try #require(try await store.credentials(email: " BEHEER@kader.example"))
            #expect(found.account == admin && found.passwordHash == Self.hash)
            #expect(try await store.credentials(email: "nobody@kader.example") == nil)
        }
    }

    @Test("An address has one account; an account in an unknown organisation is refused", arguments: StoreKind.allCases)
    func duplicateAccountsAreRefused(_ kind: StoreKind) async throws {
        try await MosqueFixture.with(kind) { fixture in
            let (first, mosque) = (fixture.store, fixture.mosque)
            let second = try await fixture.database.open()
            await #expect(throws: AccountStoreError.accountExists, "the other process sees the address taken") {
                _ = try await second.addAccount(
                    AccountDraft(
                        email: "YUSUF@alfath.example", name: "Y.", role: .trainer, organisationID: mosque.id, passwordHash: Self.hash))
            }
            await #expect(throws: AccountStoreError.unknownOrganisation) {
                _ = try await first.addAccount(
                    AccountDraft(
                        email: "iemand@elders.example", name: "Iemand", role: .member, organisationID: 999, passwordHash: Self.hash))
            }
            #expect(try await second.accounts(organisation: mosque.id).map(\.name) == ["Yusuf"])
        }
    }

    @Test("The database itself refuses a site admin in an organisation and a member in none", arguments: StoreKind.allCases)
    func rolesAndOrganisationsGoTogether(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let mosque = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            await #expect(throws: (any Error).self) {
                _ = try await store.addAccount(
                    AccountDraft(email: "a@kader.example", name: "A", role: .siteAdmin, organisationID: mosque.id, passwordHash: Self.hash))
            }
            await #expect(throws: (any Error).self) {
                _ = try await store.addAccount(
                    AccountDraft(email: "b@kader.example", name: "B", role: .member, organisationID: nil, passwordHash: Self.hash))
            }
            #expect(try await store.accounts(organisation: nil).isEmpty)
            #expect(try await store.accounts(organisation: mosque.id).isEmpty)
        }
    }

    @Test("A member organisation opts in to sharing with its umbrella and out again", arguments: StoreKind.allCases)
    func sharingIsKept(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let umbrella = try await store.addOrganisation(OrganisationDraft(name: "Unie van Moskeeën"))
            let member = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath", umbrellaID: umbrella.id))
            try await store.setSharing(true, organisation: member.id)
            #expect(try await store.organisation(named: "Moskee Al-Fath")?.sharesWithUmbrella == true)
            #expect(try await store.organisation(named: "Unie van Moskeeën")?.sharesWithUmbrella == false, "only the one asked")
            try await store.setSharing(false, organisation: member.id)
            #expect(try await store.organisation(named: "Moskee Al-Fath")?.sharesWithUmbrella == false)
            await #expect(throws: AccountStoreError.unknownOrganisation) { try await store.setSharing(true, organisation: 999) }
        }
    }

    @Test("A new password replaces the hash and ends every session of the account", arguments: StoreKind.allCases)
    func aNewPasswordEndsTheSessions(_ kind: StoreKind) async throws {
        try await MosqueFixture.with(kind) { fixture in
            let (store, yusuf) = (fixture.store, fixture.yusuf)
            let amina = try await Self.member("Amina", "amina@alfath.example", of: fixture.mosque.id, in: store)
            let sessions = [NewSession(account: yusuf.id), NewSession(account: yusuf.id), NewSession(account: amina.id)]
            for session in sessions { try await store.openSession(session) }
            try await store.setPassword("$2b$04$nieuw", account: yusuf.id)
            #expect(try await store.credentials(email: "yusuf@alfath.example")?.passwordHash == "$2b$04$nieuw")
            let now = Date().ISO8601Format()
            #expect(try await store.session(tokenHash: sessions[0].token.hash, now: now) == nil, "signed out everywhere")
            #expect(try await store.session(tokenHash: sessions[1].token.hash, now: now) == nil)
            #expect(try await store.session(tokenHash: sessions[2].token.hash, now: now) != nil, "only that account's sessions")
            await #expect(throws: AccountStoreError.unknownAccount) { try await store.setPassword("x", account: 999) }
        }
    }
}
