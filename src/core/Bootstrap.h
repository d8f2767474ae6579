#pragma once

#include <QString>

// Process-wide hardening done first thing in main(), before any secret exists.
namespace Bootstrap {

enum class SecureHeap { Protected, Unprotected, Failed };

// No core dumps (they would hold secrets) and an OpenSSL secure heap for them.
SecureHeap hardenProcess();

// A sentence for the user when the secure heap is not what it should be.
QString secureHeapWarning(SecureHeap state);

} // namespace Bootstrap
