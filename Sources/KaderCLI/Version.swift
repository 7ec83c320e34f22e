/// The version of Kader: the one place it is written.
///
/// `kader --version` prints it, and `scripts/release.sh` names the archive after what the built
/// binary prints, so the two cannot disagree.
enum KaderVersion {
    /// The release number (semantic versioning).
    static let number = "0.3.0"

    /// What `kader --version` prints: the number, and the commit when the build knows it
    /// (`0.3.0 (commit 1a2b3c4d5e6f)`).
    static var string: String {
        guard let commit = BuildCommit.value else { return number }
        return "\(number) (commit \(commit))"
    }
}
