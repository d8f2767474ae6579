#include "Base64.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace Base64 {

namespace {

// EVP_EncodeBlock takes an int; larger inputs go in pieces of whole groups.
constexpr std::size_t ChunkBytes = std::size_t(3) << 20;

// -1 for a byte outside the alphabet.
constexpr std::array<signed char, 256> DecodeMap = [] {
    std::array<signed char, 256> map{};
    map.fill(-1);
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        map[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return map;
}();

bool isNewline(char c) {
    return c == '\n' || c == '\r';
}

// Go's Encoding.Decode for StdEncoding (padChar '='), one decodeQuantum per
// four characters, with the same offsets in its errors. Returns the decoded
// size, or -1 with *corruptAt set; writes to out unless it is null, so a first
// pass can size the buffer.
qsizetype decodeInto(QByteArrayView src, char *out, bool strict, qsizetype *corruptAt) {
    const qsizetype length = src.size();
    const auto corrupt = [corruptAt](qsizetype offset) {
        if (corruptAt)
            *corruptAt = offset;
        return qsizetype(-1);
    };
    qsizetype si = 0;
    qsizetype n = 0;
    while (si < length) {
        unsigned char digits[4] = {};
        int digitCount = 4;
        qsizetype trailingGarbage = -1;
        for (int j = 0; j < 4; ++j) {
            if (si == length) {
                if (j == 0)
                    return n; // only newlines after the last quantum
                return corrupt(si - j);
            }
            const char in = src[si++];
            const signed char value = DecodeMap[static_cast<unsigned char>(in)];
            if (value >= 0) {
                digits[j] = static_cast<unsigned char>(value);
                continue;
            }
            if (isNewline(in)) {
                --j;
                continue;
            }
            if (in != '=' || j < 2)
                return corrupt(si - 1);
            if (j == 2) { // "==" is expected; the first is read
                while (si < length && isNewline(src[si]))
                    ++si;
                if (si == length)
                    return corrupt(length);
                if (src[si] != '=')
                    return corrupt(si - 1);
                ++si;
            }
            while (si < length && isNewline(src[si]))
                ++si;
            if (si < length)
                trailingGarbage = si;
            digitCount = j;
            break;
        }
        const unsigned value = unsigned(digits[0]) << 18 | unsigned(digits[1]) << 12 |
                               unsigned(digits[2]) << 6 | unsigned(digits[3]);
        const unsigned char bytes[3] = {static_cast<unsigned char>(value >> 16),
                                        static_cast<unsigned char>(value >> 8),
                                        static_cast<unsigned char>(value)};
        // Strict(): the bits a short quantum leaves over are zero.
        if (strict && digitCount == 3 && bytes[2] != 0)
            return corrupt(si - 1);
        if (strict && digitCount == 2 && (bytes[1] != 0 || bytes[2] != 0))
            return corrupt(si - 2);
        if (out)
            std::memcpy(out + n, bytes, std::size_t(digitCount - 1));
        n += digitCount - 1;
        OPENSSL_cleanse(digits, sizeof digits);
        if (trailingGarbage >= 0)
            return corrupt(trailingGarbage);
    }
    return n;
}

} // namespace

void encodeInto(QByteArrayView in, char *out) {
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    auto *w = reinterpret_cast<unsigned char *>(out);
    const std::size_t n = std::size_t(in.size());
    if (n == 0)
        return;
    // EVP_EncodeBlock writes a NUL after its text. Up to the last group the
    // NUL lands where the next group goes; the last group, whose NUL would
    // fall past out, goes through a small buffer.
    const std::size_t last = (n - 1) / 3 * 3;
    for (std::size_t i = 0; i < last; i += ChunkBytes)
        EVP_EncodeBlock(w + encodedSize(i), p + i, int(std::min(ChunkBytes, last - i)));
    unsigned char tail[5];
    EVP_EncodeBlock(tail, p + last, int(n - last));
    std::memcpy(w + encodedSize(last), tail, 4);
    OPENSSL_cleanse(tail, sizeof tail);
}

void append(QByteArray &out, QByteArrayView in) {
    const qsizetype start = out.size();
    out.resize(start + qsizetype(encodedSize(std::size_t(in.size()))));
    encodeInto(in, out.data() + start);
}

SecureBuffer encode(QByteArrayView in) {
    SecureBuffer out(encodedSize(std::size_t(in.size())));
    encodeInto(in, out.data());
    return out;
}

std::optional<SecureBuffer> decode(QByteArrayView in, Check check, qsizetype *corruptAt) {
    const bool strict = check == Check::Strict;
    const qsizetype size = decodeInto(in, nullptr, strict, corruptAt);
    if (size < 0)
        return std::nullopt;
    SecureBuffer out{std::size_t(size)};
    decodeInto(in, out.data(), strict, nullptr);
    return out;
}

std::optional<QByteArray> decodePlain(QByteArrayView in, Check check, qsizetype *corruptAt) {
    const bool strict = check == Check::Strict;
    const qsizetype size = decodeInto(in, nullptr, strict, corruptAt);
    if (size < 0)
        return std::nullopt;
    QByteArray out(size, Qt::Uninitialized);
    decodeInto(in, out.data(), strict, nullptr);
    return out;
}

} // namespace Base64
