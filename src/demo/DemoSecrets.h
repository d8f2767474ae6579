#pragma once

#include "SecureBuffer.h"

#include <cstddef>

// The secrets simulated clusters make up (API tokens, Consul ACL tokens,
// gossip keys), generated straight into secure memory.
namespace DemoSecrets {

SecureBuffer randomBytes(std::size_t size);
// Lower-case hex of `bytes` random bytes: API server tokens and passwords.
SecureBuffer randomHex(std::size_t bytes);
// A random (version 4) UUID, as Consul's ACL tokens are.
SecureBuffer randomUuid();
// What `consul keygen` prints: 32 random bytes, base64.
SecureBuffer gossipKey();

} // namespace DemoSecrets
