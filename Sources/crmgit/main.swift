import CRMCommandLine
import Foundation

// A closed pipe (`crmgit list | head`, a credential helper that does not read its input) is
// an error to handle where it happens, not a reason for the process to die.
signal(SIGPIPE, SIG_IGN)
exit(CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst())))
