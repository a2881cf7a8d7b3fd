import Foundation

/// The parts of `~/.ssh/config` that decide where and as whom crmgit connects: libgit2 does not
/// read that file, so a `Host` alias the user's own `ssh` understands would otherwise fail.
public struct SSHConfig: Sendable {
  public struct Settings: Sendable, Equatable {
    public var hostName: String?
    public var port: Int?
    public var user: String?
    public var identityFiles: [String] = []
  }

  private var blocks: [(patterns: [String], settings: [(key: String, value: String)])] = []
  private let home: String

  public init(text: String, home: String) {
    self.home = home
    var current: (patterns: [String], settings: [(key: String, value: String)]) = (["*"], [])
    for rawLine in text.components(separatedBy: .newlines) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" })
      guard parts.count == 2 else { continue }
      let key = parts[0].lowercased()
      let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t=\""))
      if key == "host" {
        blocks.append(current)
        current = (value.split(separator: " ").map(String.init), [])
      } else {
        current.settings.append((key, value))
      }
    }
    blocks.append(current)
  }

  /// Reads `~/.ssh/config` under `home`; an absent file means no settings.
  public static func load(home: String) -> SSHConfig {
    let text = (try? String(contentsOfFile: home + "/.ssh/config", encoding: .utf8)) ?? ""
    return SSHConfig(text: text, home: home)
  }

  /// The settings for `host`: like ssh, the first value found for each key wins.
  public func settings(for host: String) -> Settings {
    var settings = Settings()
    for block in blocks where block.patterns.contains(where: { matches(host, $0) }) {
      for (key, value) in block.settings {
        switch key {
        case "hostname" where settings.hostName == nil: settings.hostName = value
        case "port" where settings.port == nil: settings.port = Int(value)
        case "user" where settings.user == nil: settings.user = value
        case "identityfile": settings.identityFiles.append(expand(value))
        default: break
        }
      }
    }
    return settings
  }

  private func expand(_ path: String) -> String {
    path.hasPrefix("~/") ? home + path.dropFirst(1) : path
  }

  /// ssh's patterns: `*` any run of characters, `?` one, `!` negates (treated as no match).
  private func matches(_ host: String, _ pattern: String) -> Bool {
    if pattern.hasPrefix("!") { return false }
    let regex = "^" + NSRegularExpression.escapedPattern(for: pattern)
      .replacingOccurrences(of: "\\*", with: ".*").replacingOccurrences(of: "\\?", with: ".") + "$"
    return host.range(of: regex, options: [.regularExpression, .caseInsensitive]) != nil
  }
}

/// A remote's address, with what `~/.ssh/config` says applied to SSH addresses.
public struct RemoteAddress: Sendable, Equatable {
  public var url: String
  /// For SSH: the user to log in as and the key files to try, from the URL and the config.
  public var user: String?
  public var identityFiles: [String]

  public var isSSH: Bool { url.hasPrefix("ssh://") || (!url.contains("://") && url.contains(":") && !url.hasPrefix("/")) }

  /// The folder of a remote on this machine (a path or `file://`); nil for a network address.
  public var localPath: String? {
    if url.hasPrefix("file://") { return String(url.dropFirst("file://".count)) }
    return url.contains("://") || isSSH ? nil : url
  }

  /// A remote on this machine whose folder does not exist, for which libgit2 only says
  /// "unsupported URL protocol". A relative path counts from the current folder, as in libgit2.
  public var missingLocalFolder: String? {
    guard let path = localPath else { return nil }
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) && isFolder.boolValue ? nil : path
  }

  /// `ssh://[user@]host[:port]/path` and scp-style `[user@]host:path` go through the config;
  /// other addresses are used as they are.
  public static func resolve(_ url: String, config: SSHConfig) -> RemoteAddress {
    var user: String?
    var host: String
    var port: Int?
    var path: String
    if url.hasPrefix("ssh://") {
      let rest = url.dropFirst("ssh://".count)
      let authority = rest.prefix { $0 != "/" }
      path = String(rest.dropFirst(authority.count))
      var hostPart = Substring(authority)
      if let at = hostPart.lastIndex(of: "@") {
        user = String(hostPart[..<at])
        hostPart = hostPart[hostPart.index(after: at)...]
      }
      if let colon = hostPart.lastIndex(of: ":"), let number = Int(hostPart[hostPart.index(after: colon)...]) {
        port = number
        hostPart = hostPart[..<colon]
      }
      host = String(hostPart)
    } else if !url.contains("://"), !url.hasPrefix("/"), let colon = url.firstIndex(of: ":") {
      var hostPart = url[..<colon]
      path = String(url[url.index(after: colon)...])
      if let at = hostPart.lastIndex(of: "@") {
        user = String(hostPart[..<at])
        hostPart = hostPart[hostPart.index(after: at)...]
      }
      host = String(hostPart)
    } else {
      return RemoteAddress(url: url, user: nil, identityFiles: [])
    }
    let settings = config.settings(for: host)
    user = user ?? settings.user
    let hostName = settings.hostName ?? host
    port = port ?? settings.port
    let userPart = user.map { $0 + "@" } ?? ""
    let resolved: String
    if url.hasPrefix("ssh://") || port != nil {
      let absolute = path.hasPrefix("/") ? path : "/~/" + path
      resolved = "ssh://" + userPart + hostName + (port.map { ":\($0)" } ?? "") + absolute
    } else {
      resolved = userPart + hostName + ":" + path
    }
    return RemoteAddress(url: resolved, user: user, identityFiles: settings.identityFiles)
  }
}
