#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A secret encrypted under a passphrase, for carrying the federation secret
// where no pipe between clusters exists (an air-gapped network). AES-256-GCM
// with a key from scrypt; the plaintext and the key stay in secure memory.
//
// Layout (version 1), integers big-endian:
//   0  magic "CFSEALED"                       8 bytes
//   8  version 1, KDF 1 (scrypt)              2 bytes
//   10 scrypt log2(N), r, p                   3 bytes
//   13 salt (random)                         16 bytes
//   29 GCM nonce (random)                    12 bytes
//   41 passphrase check                      16 bytes
//   57 ciphertext                             n bytes
//   .. GCM tag over bytes 0..56 (as AAD) and the ciphertext   16 bytes
//   .. SHA-256 of everything before it                        32 bytes
// scrypt derives 64 bytes: the AES key, then a key for the passphrase check
// (HMAC-SHA-256 of bytes 0..28, what the key is made from, truncated). The check and the checksum
// let unseal tell a wrong passphrase from a changed file; neither helps guess the passphrase more
// than the tag already does, and only the tag, keyed by the passphrase, proves that the contents
// are what was sealed.
class SealedSecret {
    Q_DECLARE_TR_FUNCTIONS(SealedSecret)

public:
    struct Cost {
        // OWASP's scrypt minimum is 2^17, r 8, p 1: 128 MiB and about half a
        // second, once per seal or unseal.
        int log2N = 17;
        int r = 8;
        int p = 1;
    };

    enum class Failure {
        None,
        NotSealed,       // no magic, too short, or too big
        Unsupported,     // a later version or another KDF
        Changed,         // the checksum or the tag does not match, or absurd costs
        WrongPassphrase, // the passphrase check does not match
        Crypto,          // OpenSSL failed (out of memory)
    };

    static constexpr qsizetype MaximumPlaintext = 1024 * 1024;
    static constexpr qsizetype MaximumSize = MaximumPlaintext + 256;
    // Passphrases shorter than this are refused for sealing.
    static constexpr qsizetype MinimumPassphrase = 12;

    // nullopt, with *error, when OpenSSL fails or the input is out of bounds.
    static std::optional<QByteArray> seal(const SecureBuffer &plaintext,
                                          const SecureBuffer &passphrase, QString *error,
                                          const Cost &cost);
    static std::optional<QByteArray> seal(const SecureBuffer &plaintext,
                                          const SecureBuffer &passphrase, QString *error) {
        return seal(plaintext, passphrase, error, Cost());
    }
    // The plaintext; nullopt with *failure and a sentence in *error.
    static std::optional<SecureBuffer> unseal(QByteArrayView sealed, const SecureBuffer &passphrase,
                                              Failure *failure, QString *error);

    // True when bytes start as a sealed secret does.
    static bool looksSealed(QByteArrayView bytes);
};
