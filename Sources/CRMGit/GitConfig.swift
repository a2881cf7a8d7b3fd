internal import CLibgit2

/// The user's git settings outside any repository (global and system config).
public enum GitConfig {
  public static func globalString(_ name: String) -> String? {
    Libgit2.ensureInitialized()
    var config: OpaquePointer?
    guard git_config_open_default(&config) == 0 else { return nil }
    defer { git_config_free(config) }
    var snapshot: OpaquePointer?
    guard git_config_snapshot(&snapshot, config) == 0 else { return nil }
    defer { git_config_free(snapshot) }
    var value: UnsafePointer<CChar>?
    guard git_config_get_string(&value, snapshot, name) == 0, let value else { return nil }
    return String(cString: value)
  }
}
