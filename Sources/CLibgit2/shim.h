#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option we use. */

/* libgit2 re-hashes every object it reads, which git does not; a history walk spends most of
   its time there. */
static inline int crmgit_set_strict_hash_verification(int enabled) {
  return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/* The certificate authorities TLS connections trust, as git's GIT_SSL_CAINFO and
   GIT_SSL_CAPATH name them. */
static inline int crmgit_set_ssl_cert_locations(const char *file, const char *path) {
  return git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, path);
}
