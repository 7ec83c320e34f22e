import Foundation
import Kader

@testable import KaderServer

/// Where most stories of a hosted installation's storage begin: a new database of one kind with
/// the organisation Moskee Al-Fath and its member Yusuf.
struct MosqueFixture {
    let database: TestDatabase
    /// The first store opened on the database (a second "process" opens its own).
    let store: any ServerStore
    let mosque: Organisation
    let yusuf: Account

    /// Runs `body` with the fixture on a new database of `kind`, removed afterwards.
    static func with(_ kind: StoreKind, _ body: (MosqueFixture) async throws -> Void) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let mosque = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            let yusuf = try await AccountStorageTests.member("Yusuf", "yusuf@alfath.example", of: mosque.id, in: store)
            try await body(MosqueFixture(database: database, store: store, mosque: mosque, yusuf: yusuf))
        }
    }
}
