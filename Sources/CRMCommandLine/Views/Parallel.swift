import Dispatch
import Synchronization

/// Work spread over every core, results kept in input order. Reading and parsing 10,000
/// records is where the views spend their time, as `crmgit check` does.
enum Parallel {
  /// `body(0)`, `body(1)`… `body(count - 1)`, run concurrently. The first error (in input
  /// order) is thrown once all are done.
  static func map<T: Sendable>(
    _ count: Int, _ body: @Sendable (Int) throws(CLIError) -> T
  ) throws(CLIError) -> [T] {
    let slots = Mutex([Result<T, CLIError>?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result: Result<T, CLIError>
      do throws(CLIError) {
        result = .success(try body(index))
      } catch {
        result = .failure(error)
      }
      slots.withLock { $0[index] = result }
    }
    var values: [T] = []
    values.reserveCapacity(count)
    for slot in slots.withLock({ $0 }) {
      // Every slot is filled: concurrentPerform returns when every iteration has run.
      guard let slot else { continue }
      values.append(try slot.get())
    }
    return values
  }
}
