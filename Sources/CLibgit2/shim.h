#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option we use. */
static inline int crmgit_set_config_search_path(int level, const char *path) {
  return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path);
}

/* libgit2 re-hashes every object it reads, which git does not; a history walk spends most of
   its time there. */
static inline int crmgit_set_strict_hash_verification(int enabled) {
  return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}
