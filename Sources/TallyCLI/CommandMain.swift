import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The executables' entry point, and the one place that prints a failure and chooses the exit
/// code: a `CommandError` is printed as its lines and exits with its class's code; anything else
/// goes through ArgumentParser (usage errors 64, `--help` 0, an unexpected error 1), with its
/// messages (which echo the arguments given) passed through `printError`, so an escape sequence
/// in an argument is shown, never sent to the terminal.
public enum CommandMain {
    public static func run(_ root: any ParsableCommand.Type, _ arguments: [String]? = nil) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let failure as CommandError {
            exit(report(failure))
        } catch let failure as OutputSetError {
            exit(report(CommandError(failure)))
        } catch {
            let text = root.fullMessage(for: error)
            let code = root.exitCode(for: error)
            if !text.isEmpty {
                if code == .success { print(text) } else { printError(text) }
            }
            exit(code.rawValue)
        }
    }

    /// Prints `failure` on stderr and gives its exit code.
    static func report(_ failure: CommandError) -> Int32 {
        for line in failure.lines { printError(line) }
        return failure.exitClass.rawValue
    }
}
