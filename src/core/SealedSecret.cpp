#include "SealedSecret.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cstring>
#include <memory>

namespace {

constexpr char Magic[] = "CFSEALED";
constexpr qsizetype MagicSize = 8;
constexpr unsigned char Version = 1;
constexpr unsigned char KdfScrypt = 1;
constexpr qsizetype SaltSize = 16;
constexpr qsizetype NonceSize = 12;
constexpr qsizetype CheckSize = 16;
constexpr qsizetype TagSize = 16;
constexpr qsizetype DigestSize = SHA256_DIGEST_LENGTH;
constexpr qsizetype SaltOffset = 13;
constexpr qsizetype NonceOffset = SaltOffset + SaltSize;
constexpr qsizetype CheckOffset = NonceOffset + NonceSize;
constexpr qsizetype HeaderSize = CheckOffset + CheckSize;
constexpr qsizetype KeySize = 32;
// A changed header must not make unseal allocate gigabytes: the costs a
// sealed file may ask for (2^20 x 8 x 128 bytes = 1 GiB is the ceiling).
constexpr int MinimumLog2N = 10;
constexpr int MaximumLog2N = 20;
constexpr int MaximumR = 16;
constexpr int MaximumP = 4;
constexpr quint64 MaximumScryptMemory = quint64(1) << 30;

struct CipherFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

quint64 scryptMemory(int log2N, int r, int p) {
    // What EVP_PBE_scrypt needs: 128 r (N + p + 1) bytes, and a margin.
    return 128ULL * quint64(r) * ((quint64(1) << log2N) + quint64(p) + 2);
}

bool costAllowed(int log2N, int r, int p) {
    return log2N >= MinimumLog2N && log2N <= MaximumLog2N && r >= 1 && r <= MaximumR && p >= 1 &&
           p <= MaximumP && scryptMemory(log2N, r, p) <= MaximumScryptMemory;
}

// 64 bytes: the AES key, then the passphrase check's key. The check covers
// what makes the key (magic, version, costs, salt) and nothing else, so that
// a changed nonce reads as a changed file, not as a wrong passphrase.
std::optional<SecureBuffer> deriveKeys(const SecureBuffer &passphrase, QByteArrayView salt,
                                       int log2N, int r, int p) {
    SecureBuffer keys(2 * KeySize);
    if (keys.size() != 2 * KeySize)
        return std::nullopt;
    const quint64 maxMemory = scryptMemory(log2N, r, p) + (quint64(1) << 20);
    if (EVP_PBE_scrypt(passphrase.data(), passphrase.size(),
                       reinterpret_cast<const unsigned char *>(salt.data()), size_t(salt.size()),
                       quint64(1) << log2N, quint64(r), quint64(p), maxMemory,
                       reinterpret_cast<unsigned char *>(keys.data()), keys.size()) != 1)
        return std::nullopt;
    return keys;
}

QByteArray passphraseCheck(const SecureBuffer &keys, QByteArrayView header) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), keys.data() + KeySize, KeySize,
              reinterpret_cast<const unsigned char *>(header.data()), size_t(header.size()), mac,
              &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), CheckSize);
}

QByteArray sha256(QByteArrayView bytes) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH);
}

bool equalBytes(QByteArrayView a, QByteArrayView b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace

bool SealedSecret::looksSealed(QByteArrayView bytes) {
    return bytes.size() >= MagicSize && bytes.first(MagicSize) == QByteArrayView(Magic, MagicSize);
}

std::optional<QByteArray> SealedSecret::seal(const SecureBuffer &plaintext,
                                             const SecureBuffer &passphrase, QString *error,
                                             const Cost &cost) {
    const auto failed = [error](const QString &message) -> std::optional<QByteArray> {
        *error = message;
        return std::nullopt;
    };
    if (plaintext.isEmpty() || qsizetype(plaintext.size()) > MaximumPlaintext)
        return failed(tr("the secret is empty or larger than %1 bytes").arg(MaximumPlaintext));
    if (qsizetype(passphrase.size()) < MinimumPassphrase)
        return failed(
            tr("the passphrase is too short: use at least %1 characters").arg(MinimumPassphrase));
    if (!costAllowed(cost.log2N, cost.r, cost.p))
        return failed(tr("the scrypt cost is out of range"));

    QByteArray out(HeaderSize, '\0');
    std::memcpy(out.data(), Magic, MagicSize);
    out[8] = char(Version);
    out[9] = char(KdfScrypt);
    out[10] = char(cost.log2N);
    out[11] = char(cost.r);
    out[12] = char(cost.p);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data() + SaltOffset),
                   int(SaltSize + NonceSize)) != 1)
        return failed(tr("no random bytes for the salt and nonce"));
    const std::optional<SecureBuffer> keys = deriveKeys(
        passphrase, QByteArrayView(out).sliced(SaltOffset, SaltSize), cost.log2N, cost.r, cost.p);
    if (!keys)
        return failed(tr("scrypt failed (out of memory?)"));
    const QByteArray check = passphraseCheck(*keys, QByteArrayView(out).first(NonceOffset));
    if (check.size() != CheckSize)
        return failed(tr("HMAC-SHA-256 failed"));
    std::memcpy(out.data() + CheckOffset, check.constData(), CheckSize);

    const std::unique_ptr<EVP_CIPHER_CTX, CipherFree> ctx(EVP_CIPHER_CTX_new());
    const auto *key = reinterpret_cast<const unsigned char *>(keys->data());
    const auto *nonce = reinterpret_cast<const unsigned char *>(out.constData() + NonceOffset);
    int length = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key, nonce) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(out.constData()),
                          int(HeaderSize)) != 1)
        return failed(tr("AES-256-GCM failed"));
    out.resize(HeaderSize + qsizetype(plaintext.size()) + TagSize);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data() + HeaderSize);
    int written = 0;
    if (EVP_EncryptUpdate(ctx.get(), cipher, &written,
                          reinterpret_cast<const unsigned char *>(plaintext.data()),
                          int(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), cipher + written, &length) != 1 ||
        written + length != int(plaintext.size()) ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize),
                            out.data() + HeaderSize + plaintext.size()) != 1)
        return failed(tr("AES-256-GCM failed"));
    out += sha256(out);
    return out;
}

std::optional<SecureBuffer> SealedSecret::unseal(QByteArrayView sealed,
                                                 const SecureBuffer &passphrase, Failure *failure,
                                                 QString *error) {
    const auto failed = [failure, error](Failure kind,
                                         const QString &message) -> std::optional<SecureBuffer> {
        *failure = kind;
        *error = message;
        return std::nullopt;
    };
    if (!looksSealed(sealed) || sealed.size() < HeaderSize + TagSize + DigestSize + 1 ||
        sealed.size() > MaximumSize)
        return failed(Failure::NotSealed,
                      tr("this is not a sealed secret (of consul-federator's export "
                         "--seal-secret)"));
    const QByteArrayView body = sealed.first(sealed.size() - DigestSize);
    if (!equalBytes(sha256(body), sealed.last(DigestSize)))
        return failed(Failure::Changed, tr("the sealed file was changed or damaged: its "
                                           "checksum does not match its contents"));
    if (quint8(sealed[8]) != Version || quint8(sealed[9]) != KdfScrypt)
        return failed(Failure::Unsupported,
                      tr("the sealed file has format version %1 (key derivation %2); this "
                         "version of consul-federator reads version %3 with scrypt")
                          .arg(quint8(sealed[8]))
                          .arg(quint8(sealed[9]))
                          .arg(Version));
    const int log2N = quint8(sealed[10]);
    const int r = quint8(sealed[11]);
    const int p = quint8(sealed[12]);
    if (!costAllowed(log2N, r, p))
        return failed(Failure::Changed,
                      tr("the sealed file was changed: its scrypt cost (N 2^%1, r %2, p %3) is "
                         "beyond what consul-federator ever writes")
                          .arg(log2N)
                          .arg(r)
                          .arg(p));

    const std::optional<SecureBuffer> keys =
        deriveKeys(passphrase, sealed.sliced(SaltOffset, SaltSize), log2N, r, p);
    if (!keys)
        return failed(Failure::Crypto, tr("scrypt failed (out of memory?)"));
    if (!equalBytes(passphraseCheck(*keys, sealed.first(NonceOffset)),
                    sealed.sliced(CheckOffset, CheckSize)))
        return failed(Failure::WrongPassphrase, tr("wrong passphrase"));

    const qsizetype cipherSize = body.size() - HeaderSize - TagSize;
    SecureBuffer plain(std::size_t(cipherSize) + 16); // room for EVP's final block
    const std::unique_ptr<EVP_CIPHER_CTX, CipherFree> ctx(EVP_CIPHER_CTX_new());
    const auto *key = reinterpret_cast<const unsigned char *>(keys->data());
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.data() + NonceOffset);
    QByteArray tag = body.last(TagSize).toByteArray();
    int length = 0;
    int written = 0;
    if (!ctx || plain.size() != std::size_t(cipherSize) + 16 ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key, nonce) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(sealed.data()),
                          int(HeaderSize)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &written,
                          reinterpret_cast<const unsigned char *>(body.data() + HeaderSize),
                          int(cipherSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), tag.data()) != 1)
        return failed(Failure::Crypto, tr("AES-256-GCM failed"));
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + written,
                            &length) != 1)
        // The passphrase is right (its check matched) and the checksum too:
        // someone changed the file and computed its checksum again.
        return failed(Failure::Changed, tr("the sealed file was changed: its contents do not "
                                           "authenticate under the passphrase's key"));
    SecureBuffer out(plain.data(), std::size_t(written + length));
    *failure = Failure::None;
    return out;
}
