#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <optional>

// Standard base64 with padding (RFC 4648), as Kubernetes carries Secret data
// and kubeconfig *-data fields: Go's base64.StdEncoding. Secrets are encoded
// and decoded straight into secure memory, with no plain copy on the way.
namespace Base64 {

constexpr std::size_t encodedSize(std::size_t bytes) {
    return (bytes + 2) / 3 * 4;
}

// Writes the encodedSize(in.size()) characters to out and nothing after them
// (no NUL), so out can be exactly that big. OpenSSL's EVP_EncodeBlock.
void encodeInto(QByteArrayView in, char *out);
// Appends to out in place. Where out holds secrets, reserve the room first:
// a reallocation would leave an unwiped copy behind.
void append(QByteArray &out, QByteArrayView in);
// Into secure memory, for secrets.
SecureBuffer encode(QByteArrayView in);

enum class Check {
    Std,    // base64.StdEncoding
    Strict, // base64.StdEncoding.Strict(): the bits under the padding are zero
};

// Decodes as Go's Encoding.Decode does (encoding/base64, decodeQuantum):
// padding is required, '\r' and '\n' are skipped anywhere, every other byte
// outside the alphabet is refused. nullopt for corrupt input, with corruptAt
// set to the offset Go's CorruptInputError names ("illegal base64 data at
// input byte N"). Into secure memory, for secrets.
std::optional<SecureBuffer> decode(QByteArrayView in, Check check = Check::Std,
                                   qsizetype *corruptAt = nullptr);
// The same for bytes that are not secret, which may be larger than the
// secure heap (a Helm release).
std::optional<QByteArray> decodePlain(QByteArrayView in, Check check = Check::Std,
                                      qsizetype *corruptAt = nullptr);

} // namespace Base64
