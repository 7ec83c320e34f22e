import Kader
import PostgresNIO
import _ConnectionPoolModule

/// PostgreSQL's and postgres-nio's errors as ``StoreError``s: a database that cannot be reached
/// (refused, gone, the pool's circuit breaker) is ``StoreError/unreachable(_:)``, anything the
/// server refused is ``StoreError/notWritten(_:)`` with the server's own words. postgres-nio
/// hides its details from `description` on purpose; the fields read here carry no data.
enum PostgresFailure {
    static func storeError(_ error: any Error) -> any Error {
        switch error {
        case let error as StoreError: return error
        // What a store decides itself (a room the trainer closed) is not a database failure.
        case let error as RoomStoreError: return error
        case let error as AccountStoreError: return error
        case let error as OwnerStoreError: return error
        case let error as PostgresTransactionError:
            if let inner = error.closureError ?? error.beginError ?? error.commitError { return storeError(inner) }
            return StoreError.notWritten("the transaction failed")
        case let error as PSQLError where unreachable(error):
            return StoreError.unreachable(reason(error))
        case let error as PSQLError:
            return StoreError.notWritten(reason(error))
        case is ConnectionPoolError:
            return StoreError.unreachable(reason(error))
        case is CancellationError:
            return error
        default:
            return StoreError.notWritten(reason(error))
        }
    }

    /// The connection broke or was never made, or the server is shutting down or out of connections.
    private static func unreachable(_ error: PSQLError) -> Bool {
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed, .sslUnsupported,
            .failedToAddSSLHandler:
            return true
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            // 08: connection exceptions; 57P: the server shuts down; 53300: too many connections.
            return state.hasPrefix("08") || state.hasPrefix("57P") || state == "53300"
        default:
            return false
        }
    }

    /// Why, in words a person running the server understands: the server's own message (a wrong
    /// password, an unknown database) or what happened to the connection.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as StoreError:
            switch error {
            case .unreachable(let reason), .notWritten(let reason): return reason
            default: return String(describing: error)
            }
        case let error as PostgresTransactionError:
            return (error.closureError ?? error.beginError ?? error.commitError).map(reason) ?? "the transaction failed"
        case let error as PSQLError:
            if let message = error.serverInfo?[.message] {
                return message + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
            }
            if let underlying = error.underlying { return reason(underlying) }
            return switch error.code {
            case .connectionError: "could not connect"
            case .serverClosedConnection, .uncleanShutdown: "the server closed the connection"
            case .sslUnsupported: "the server does not support TLS (use ?sslmode=disable on a trusted network)"
            case .authMechanismRequiresPassword: "the server asks for a password and none was given (in the URL or PGPASSWORD)"
            case .unsupportedAuthMechanism: "the server asks for a way of signing in that is not supported"
            default: "\(error.code)"
            }
        case let error as ConnectionPoolError where error == .connectionCreationCircuitBreakerTripped:
            return "no connection could be made for a while"
        case let error as ConnectionPoolError:
            return "\(error)"
        case let error as any CustomStringConvertible:
            return error.description
        default:
            return String(describing: error)
        }
    }
}
