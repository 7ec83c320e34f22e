/// The server's own script and stylesheet, compiled into the binary so that the released program
/// is one file. The script only improves the pages (autosave, live score, questions appearing);
/// every page works without it.
enum Assets {
    static let script = autosaveScript + "\n" + roomScript
    static let stylesheet = pageStylesheet + "\n" + roomStylesheet + togetherStylesheet
}
