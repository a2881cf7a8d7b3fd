internal import CLibgit2

/// How libgit2 reads objects in this process.
public enum ObjectReading {
  /// Stops libgit2 from hashing every object it reads to compare with its id, which git itself
  /// does not do either. With the check, the SHA-1 of each tree read is two thirds of the time
  /// of a 5,000-commit history walk. It holds for the whole process, so only commands that
  /// just read history turn it off.
  public static func skipHashVerification() throws(GitError) {
    Libgit2.ensureInitialized()
    try check(crmgit_set_strict_hash_verification(0), "git_libgit2_opts")
  }
}
