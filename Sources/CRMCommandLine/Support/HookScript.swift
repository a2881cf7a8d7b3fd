import Foundation

/// The pre-commit hook crmgit installs. `hooks/pre-commit` in the repository is the same text
/// (a test keeps them equal), for anyone who wants to read it before installing.
enum HookScript {
  static let marker = "crmgit pre-commit hook"
  static let placeholder = "@CRMGIT@"

  static let template = """
#!/bin/sh
# crmgit pre-commit hook: checks the records being committed, exactly as they are staged.
# 'crmgit hooks install' copies this file into the repository's hooks folder and writes the
# absolute path of crmgit below, so that the hook also runs from graphical git clients that
# start hooks without the user's PATH. Without crmgit it stops the commit: it never passes
# silently.
CRMGIT='@CRMGIT@'
if [ ! -x "$CRMGIT" ]; then
  echo "crmgit-kroken: hittar inte crmgit på $CRMGIT. Kör 'crmgit hooks install' igen." >&2
  echo "crmgit hook: crmgit is not at $CRMGIT. Run 'crmgit hooks install' again." >&2
  exit 1
fi
exec "$CRMGIT" check --staged

"""

  /// The hook calling crmgit at `executablePath`, quoted for the shell.
  static func text(calling executablePath: String) -> String {
    let quoted = executablePath.replacingOccurrences(of: "'", with: "'\\''")
    return template.replacingOccurrences(of: placeholder, with: quoted)
  }
}
