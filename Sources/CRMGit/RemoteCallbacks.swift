internal import CLibgit2
import Foundation

/// Progress of a long fetch or push, for the command line to show.
public struct TransferProgress: Sendable {
  public var receivedObjects: Int
  public var totalObjects: Int
  public var receivedBytes: Int
}

/// What libgit2's callbacks learn during one fetch or push. A class, because C callbacks reach
/// it through an unretained pointer; it lives exactly as long as the operation.
final class CallbackState {
  var plan: CredentialPlan
  let url: String
  let environment: [String: String]
  var nextMethod = 0
  var tried: [String] = []
  var exhausted = false
  /// A server whose identity could not be verified; nil fingerprint and `isTLS` for a TLS
  /// certificate.
  var unverifiedHost: (host: String, fingerprint: String?, isTLS: Bool)?
  var serverOutput: [String] = []
  var rejections: [(reference: String, message: String)] = []
  let progress: (@Sendable (TransferProgress) -> Void)?

  init(plan: CredentialPlan, url: String, environment: [String: String], progress: (@Sendable (TransferProgress) -> Void)?) {
    self.plan = plan
    self.url = url
    self.environment = environment
    self.progress = progress
  }

  /// Fills `callbacks` so that every libgit2 callback reports to this state.
  func install(into callbacks: inout git_remote_callbacks) {
    callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
    callbacks.credentials = { out, _, urlUser, allowed, payload in
      guard let out, let payload else { return -1 }
      return CallbackState.from(payload).credential(out, urlUser: urlUser.map { String(cString: $0) }, allowed: allowed)
    }
    callbacks.certificate_check = { certificate, valid, host, payload in
      guard let payload else { return -1 }
      return CallbackState.from(payload).checkCertificate(certificate, valid: valid, host: host.map { String(cString: $0) } ?? "")
    }
    callbacks.sideband_progress = { text, length, payload in
      guard let text, let payload, length > 0 else { return 0 }
      let data = Data(bytes: text, count: Int(length))
      let lines = String(decoding: data, as: UTF8.self).components(separatedBy: CharacterSet(charactersIn: "\r\n"))
      CallbackState.from(payload).serverOutput += lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return 0
    }
    callbacks.push_update_reference = { reference, status, payload in
      if let reference, let status, let payload {
        CallbackState.from(payload).rejections.append((String(cString: reference), String(cString: status)))
      }
      return 0
    }
    callbacks.transfer_progress = { stats, payload in
      guard let stats, let payload else { return 0 }
      let state = CallbackState.from(payload)
      state.progress?(TransferProgress(
        receivedObjects: Int(stats.pointee.received_objects), totalObjects: Int(stats.pointee.total_objects),
        receivedBytes: Int(stats.pointee.received_bytes)))
      return 0
    }
  }

  static func from(_ payload: UnsafeMutableRawPointer) -> CallbackState {
    Unmanaged<CallbackState>.fromOpaque(payload).takeUnretainedValue()
  }

  /// Hands libgit2 the next way to log in, or gives up when each has been tried once.
  private func credential(
    _ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, urlUser: String?, allowed: UInt32
  ) -> Int32 {
    let user = urlUser ?? plan.sshUser
    if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0, allowed & GIT_CREDENTIAL_SSH_KEY.rawValue == 0 {
      return git_credential_username_new(out, user)
    }
    while nextMethod < plan.methods.count {
      let method = plan.methods[nextMethod]
      nextMethod += 1
      tried.append(method.description)
      switch method {
      case .sshAgent where allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0:
        return git_credential_ssh_key_from_agent(out, user)
      case .sshKey(_, let key) where allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0:
        let publicKey = FileManager.default.fileExists(atPath: key + ".pub") ? key + ".pub" : nil
        return git_credential_ssh_key_new(out, user, publicKey, key, nil)
      case .token(let tokenUser, let token) where allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0:
        return git_credential_userpass_plaintext_new(out, tokenUser, token)
      case .helper(let command) where allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0:
        guard let filled = CredentialHelper.fill(command: command, url: url, environment: environment) else { continue }
        return git_credential_userpass_plaintext_new(out, filled.user, filled.password)
      default:
        tried.removeLast()
      }
    }
    exhausted = true
    return GIT_EAUTH.rawValue
  }

  /// Accepts what libgit2 verified (the SSH host key against known_hosts, the TLS chain) and
  /// nothing else: an unknown or changed key is never accepted silently.
  private func checkCertificate(_ certificate: UnsafeMutablePointer<git_cert>?, valid: Int32, host: String) -> Int32 {
    if valid != 0 { return 0 }
    var fingerprint: String?
    let isSSH = certificate?.pointee.cert_type == GIT_CERT_HOSTKEY_LIBSSH2
    if let certificate, isSSH {
      let hostKey = UnsafeRawPointer(certificate).assumingMemoryBound(to: git_cert_hostkey.self).pointee
      if hostKey.type.rawValue & GIT_CERT_SSH_SHA256.rawValue != 0 {
        let digest = withUnsafeBytes(of: hostKey.hash_sha256) { Data($0) }
        fingerprint = "SHA256:" + digest.base64EncodedString().replacingOccurrences(of: "=", with: "")
      }
    }
    unverifiedHost = (host, fingerprint, !isSSH)
    return GIT_ECERTIFICATE.rawValue
  }
}
