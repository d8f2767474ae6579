#include "DemoSecrets.h"

#include "Base64.h"

#include <QByteArray>
#include <QUuid>

#include <openssl/rand.h>

#include <stdexcept>

namespace DemoSecrets {

SecureBuffer randomBytes(std::size_t size) {
    SecureBuffer bytes(size);
    if (size > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(size)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return bytes;
}

SecureBuffer randomHex(std::size_t bytes) {
    const SecureBuffer raw = randomBytes(bytes);
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer hex(bytes * 2);
    for (std::size_t i = 0; i < bytes; ++i) {
        const auto byte = static_cast<unsigned char>(raw.data()[i]);
        hex.data()[2 * i] = digits[byte >> 4];
        hex.data()[2 * i + 1] = digits[byte & 0xf];
    }
    return hex;
}

SecureBuffer randomUuid() {
    QByteArray text = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return SecureBuffer::takeFrom(text);
}

SecureBuffer gossipKey() {
    const SecureBuffer raw = randomBytes(32);
    return Base64::encode(raw.view());
}

} // namespace DemoSecrets
