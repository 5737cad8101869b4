import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The executables' entry point: ArgumentParser's `main()`, except that its messages (which echo
/// the arguments given, such as an unknown option or an invalid value) go through `printError`,
/// so an escape sequence in an argument is shown, never sent to the terminal; and an
/// `OutputSetError` that reaches the top is printed and exits with its own code.
public enum CommandMain {
    public static func run(_ root: any ParsableCommand.Type, _ arguments: [String]? = nil) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let failure as OutputSetError {
            exit(failure.reported().rawValue)
        } catch {
            let text = root.fullMessage(for: error)
            let code = root.exitCode(for: error)
            if !text.isEmpty {
                if code == .success { print(text) } else { printError(text) }
            }
            exit(code.rawValue)
        }
    }
}
