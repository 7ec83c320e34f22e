import Kader

/// The two rules of `--hosted` at start: without it the server has no accounts, so it listens on
/// this computer only; with it, it starts only once a site admin can sign in.
extension ServerLauncher {
    /// Refuses a `--host` other than loopback without `--hosted`, before anything is opened.
    static func checkAddress(_ configuration: ServerConfiguration) throws(Failure) {
        guard !configuration.hosted, !ListenAddress.isLoopback(configuration.host) else { return }
        throw Failure(
            message: Message(
                nl: "zonder --hosted luistert kader serve alleen op deze computer (127.0.0.1), niet op \(configuration.host): "
                    + "iedereen die de server bereikt, kan dan elke scan openen",
                en: "without --hosted, kader serve listens on this computer only (127.0.0.1), not on \(configuration.host): "
                    + "anyone who reaches the server could open every scan"),
            fix: Message(
                nl: "laat --host weg, of start een gehoste installatie met accounts: kader serve admin add-site-admin, "
                    + "dan kader serve --hosted --host \(configuration.host) (docs/serve.md, Hosting)",
                en: "leave out --host, or start a hosted installation with accounts: kader serve admin add-site-admin, "
                    + "then kader serve --hosted --host \(configuration.host) (docs/serve.md, Hosting)"))
    }

    /// Refuses `--hosted` on a database without a site admin: nobody could add an organisation.
    static func requireSiteAdmin(_ store: any ServerStore) async throws(Failure) {
        let admins: [Account]
        do {
            admins = try await store.accounts(organisation: nil)
        } catch {
            try? await store.close()
            throw Failure(message: AccountSetup.storeFailure(error).message)
        }
        guard admins.isEmpty else { return }
        try? await store.close()
        throw Failure(
            message: Message(
                nl: "een gehoste installatie (--hosted) heeft een sitebeheerder nodig, en deze database heeft er geen",
                en: "a hosted installation (--hosted) needs a site admin, and this database has none"),
            fix: Message(
                nl: "maak er een met kader serve admin add-site-admin E-MAIL --name NAAM (met dezelfde --data of --database)",
                en: "add one with kader serve admin add-site-admin EMAIL --name NAME (with the same --data or --database)"))
    }
}
