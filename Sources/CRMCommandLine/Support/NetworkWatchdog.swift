import CRMCore
import Dispatch
import Foundation
import Synchronization

/// Stops crmgit when a remote accepts the connection and then says nothing: libgit2 1.5 has
/// no timeout of its own and would wait forever. Armed while a fetch or push runs, fed by
/// every sign of progress; after `CRMGIT_NETWORK_TIMEOUT` seconds (default 60) of silence it
/// says so and exits. Ending the process there is safe: the kill tests show that a sync cut
/// off at any point loses nothing and the next one finishes the work.
final class NetworkWatchdog: Sendable {
  private struct State {
    var armed = false
    var lastActivity = Date()
  }

  private let state = Mutex(State())
  private let timeout: TimeInterval
  private let message: String
  /// Set up in `init` and cancelled in `deinit`, never touched in between.
  private nonisolated(unsafe) let timer: DispatchSourceTimer

  init(environment: [String: String], language: Language, remote: String) {
    timeout = environment["CRMGIT_NETWORK_TIMEOUT"].flatMap(TimeInterval.init) ?? 60
    message = "crmgit: " + SyncText.noAnswer(remote: remote, seconds: Int(timeout)).text(in: language) + "\n"
    timer = DispatchSource.makeTimerSource(queue: .global())
    timer.schedule(deadline: .now() + 1, repeating: 1)
    timer.setEventHandler { [weak self] in self?.stopIfSilent() }
    timer.resume()
  }

  private func stopIfSilent() {
    let silent = state.withLock { $0.armed && Date().timeIntervalSince($0.lastActivity) > timeout }
    guard silent else { return }
    try? FileHandle.standardError.write(contentsOf: Data(message.utf8))
    exit(ExitCode.findings)
  }

  deinit {
    timer.cancel()
  }

  func arm() { state.withLock { $0 = State(armed: true, lastActivity: Date()) } }

  func disarm() { state.withLock { $0.armed = false } }

  func activity() { state.withLock { $0.lastActivity = Date() } }
}
