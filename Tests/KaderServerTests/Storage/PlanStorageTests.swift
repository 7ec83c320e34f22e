import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises about action plans, history and imports (``PlanStore``), on
/// SQLite and on PostgreSQL.
@Suite("PlanStore on SQLite and PostgreSQL")
struct PlanStorageTests {
    static func item(_ id: String, _ status: PlanStatus = .planned, owner: String? = nil, due: String? = nil, note: String? = nil)
        -> PlanItem
    {
        PlanItem(
            adviceID: id, owner: owner, due: due, status: status, note: note, location: SourceLocation(file: "plan", line: 1, column: 1))
    }

    static func imported(
        _ organisation: String?, respondent: String? = nil, date: String?, framework: String = "webscan",
        plan: [PlanItem] = []
    ) -> ImportedScan {
        ImportedScan(
            frameworkID: framework, frameworkVersion: "1.0.0", language: .nl,
            header: ScanHeader(organisation: organisation, respondent: respondent, date: date, context: ["leden": .number(3)]),
            answers: [AnswerChange(questionID: "plan", yaml: "deels", note: "uit bestand")], plan: plan)
    }

    @Test("A plan is kept in its order with owner, date, status and note, and a new plan replaces it", arguments: StoreKind.allCases)
    func aPlanIsKeptInOrder(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let plan = [
                Self.item("vrijwilligers", .inProgress, owner: "Yusuf", due: "2026-09-01", note: "na de zomer"),
                Self.item("financien")
            ]
            #expect(try await store.savePlan(plan, scan: scan.id, nonce: "p1") == 1)
            let stored = try await store.plan(scan: scan.id)
            #expect(stored.map(\.adviceID) == ["vrijwilligers", "financien"])
            #expect(
                stored[0].owner == "Yusuf" && stored[0].due == "2026-09-01" && stored[0].status == .inProgress
                    && stored[0].note == "na de zomer")
            #expect(stored[1].owner == nil && stored[1].status == .planned)
            _ = try await store.savePlan([Self.item("financien", .done)], scan: scan.id, nonce: "p2")
            #expect(try await store.plan(scan: scan.id).map(\.status) == [.done])
            await #expect(throws: StoreError.duplicateSubmit) { try await store.savePlan([], scan: scan.id, nonce: "p2") }
            #expect(try await store.plan(scan: scan.id).count == 1)
        }
    }

    @Test("History lists one organisation's scans of one framework, oldest date first", arguments: StoreKind.allCases)
    func historyIsOldestFirst(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let stored = try await store.importScans([
                Self.imported("Moskee Al-Amal", date: "2026-03-01"),
                Self.imported("Moskee Al-Amal", date: "2025-03-01"),
                Self.imported("Moskee Al-Amal", date: "2024-03-01", framework: "ander"),
                Self.imported("Moskee Noor", date: "2024-01-01"),
                Self.imported(nil, respondent: "Moskee Al-Amal", date: "2025-09-01")
            ])
            let history = try await store.history(of: "Moskee Al-Amal", framework: "webscan", organisation: nil)
            #expect(history.map(\.token) == [stored[1].token, stored[4].token, stored[0].token])
            #expect(history.allSatisfy { $0.answers == 1 })
        }
    }

    @Test("An import stores every scan whole with revision 1, or nothing when one fails", arguments: StoreKind.allCases)
    func anImportIsAllOrNothing(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let stored = try await store.importScans([Self.imported("Moskee Noor", date: "2026-01-05", plan: [Self.item("financien")])])
            let scan = try #require(try await store.scan(token: stored[0].token))
            #expect(scan.revision == 1 && scan.header == stored[0].header && scan.header.context == ["leden": .number(3)])
            #expect(
                try await store.answers(scan: scan.id) == [
                    StoredAnswer(questionID: "plan", yaml: "deels", note: "uit bestand", evidence: nil, revision: 1)
                ])
            #expect(try await store.plan(scan: scan.id).map(\.adviceID) == ["financien"])
            // The second scan's plan names one advice twice: the database refuses it, and the first scan goes too.
            await #expect(throws: StoreError.self) {
                try await store.importScans([
                    Self.imported("Nieuw", date: "2026-02-01"),
                    Self.imported("Nieuw", date: "2026-02-02", plan: [Self.item("a"), Self.item("a")])
                ])
            }
            #expect(try await store.scans(limit: 10, organisation: nil).count == 1)
        }
    }
}
