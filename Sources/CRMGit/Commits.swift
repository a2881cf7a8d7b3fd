internal import CLibgit2
import Foundation

/// Who made a commit, as git's config names them.
public struct Person: Sendable, Equatable {
  public var name: String
  public var email: String

  public init(name: String, email: String) {
    self.name = name
    self.email = email
  }
}

/// A commit, copied out of libgit2.
public struct CommitInfo: Sendable, Equatable {
  public var id: ObjectID
  public var parents: [ObjectID]
  public var author: Person
  public var time: Date
  public var summary: String
  public var tree: ObjectID
}

extension Repository {
  /// `user.name` and `user.email` from git's config; nil when either is missing.
  public func configuredPerson() -> Person? {
    guard let name = (try? configString("user.name")) ?? nil,
      let email = (try? configString("user.email")) ?? nil
    else { return nil }
    return Person(name: name, email: email)
  }

  /// Writes a commit and, when `reference` is given, moves that reference to it.
  public func commit(
    tree: ObjectID, parents: [ObjectID], author: Person, message: String, updating reference: String?
  ) throws(GitError) -> ObjectID {
    var signature: UnsafeMutablePointer<git_signature>?
    try check(git_signature_now(&signature, author.name, author.email), "git_signature_now")
    defer { git_signature_free(signature) }
    var treeID = tree.oid
    var treeHandle: OpaquePointer?
    try check(git_tree_lookup(&treeHandle, pointer, &treeID), "git_tree_lookup")
    defer { git_tree_free(treeHandle) }
    var parentHandles: [OpaquePointer?] = []
    defer { parentHandles.forEach { git_commit_free($0) } }
    for parent in parents {
      var id = parent.oid
      var handle: OpaquePointer?
      try check(git_commit_lookup(&handle, pointer, &id), "git_commit_lookup")
      parentHandles.append(handle)
    }
    var oid = git_oid()
    let result = parentHandles.withUnsafeMutableBufferPointer { handles in
      git_commit_create(
        &oid, pointer, reference, signature, signature, "UTF-8", message, treeHandle, parents.count,
        handles.baseAddress)
    }
    try check(result, "git_commit_create")
    return ObjectID(oid)
  }

  public func commitInfo(_ id: ObjectID) throws(GitError) -> CommitInfo {
    var oid = id.oid
    var handle: OpaquePointer?
    try check(git_commit_lookup(&handle, pointer, &oid), "git_commit_lookup")
    defer { git_commit_free(handle) }
    let author = git_commit_author(handle)
    let parents = (0..<git_commit_parentcount(handle)).compactMap { ObjectID(git_commit_parent_id(handle, $0)) }
    return CommitInfo(
      id: id, parents: parents,
      author: Person(
        name: author.map { String(cString: $0.pointee.name) } ?? "",
        email: author.map { String(cString: $0.pointee.email) } ?? ""),
      time: Date(timeIntervalSince1970: TimeInterval(git_commit_time(handle))),
      summary: git_commit_summary(handle).map { String(cString: $0) } ?? "",
      tree: ObjectID(git_commit_tree_id(handle)) ?? id)
  }

  /// The commits reachable from `tip` but not from `hidden`, newest first.
  public func commits(from tip: ObjectID, hiding hidden: ObjectID?) throws(GitError) -> [ObjectID] {
    var walk: OpaquePointer?
    try check(git_revwalk_new(&walk, pointer), "git_revwalk_new")
    defer { git_revwalk_free(walk) }
    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue)
    var start = tip.oid
    try check(git_revwalk_push(walk, &start), "git_revwalk_push")
    if let hidden {
      var hide = hidden.oid
      try check(git_revwalk_hide(walk, &hide), "git_revwalk_hide")
    }
    var ids: [ObjectID] = []
    var oid = git_oid()
    while git_revwalk_next(&oid, walk) == 0 { ids.append(ObjectID(oid)) }
    return ids
  }
}
