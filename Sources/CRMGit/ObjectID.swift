internal import CLibgit2

/// A git object id, copied out of libgit2 so it can travel as a plain value.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
  let bytes: [UInt8]

  init(_ oid: git_oid) {
    bytes = withUnsafeBytes(of: oid.id) { Array($0) }
  }

  init?(_ pointer: UnsafePointer<git_oid>?) {
    guard let pointer else { return nil }
    self.init(pointer.pointee)
  }

  public init?(hex: String) {
    var oid = git_oid()
    guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
    self.init(oid)
  }

  var oid: git_oid {
    var oid = git_oid()
    withUnsafeMutableBytes(of: &oid.id) { $0.copyBytes(from: bytes) }
    return oid
  }

  public var description: String {
    bytes.map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
  }

  public var short: String { String(description.prefix(7)) }
}
