import TallyPrimitives

/// Prints `message` on stderr with every control character from data (an ESC sequence in a
/// label, a file name or an argument) shown as a visible escape such as `\u{1B}`; line breaks
/// between the lines of a message are kept. For warnings and progress; failures are thrown as
/// `CommandError` and printed by `CommandMain`.
public func printError(_ message: String) {
    var stderr = StandardError()
    print(TerminalText.visible(message, keepingLineBreaks: true), to: &stderr)
}

/// Standard error as a `TextOutputStream`, written unbuffered.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.stderr(string)
    }
}
