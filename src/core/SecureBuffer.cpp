#include "SecureBuffer.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

SecureBuffer::SecureBuffer(std::size_t size)
    : m_size(size) {
    if (size == 0)
        return;
    // OpenSSL falls back to its ordinary heap when no secure heap was set up.
    m_data = static_cast<char *>(OPENSSL_secure_zalloc(size));
    if (!m_data)
        throw std::bad_alloc();
}

SecureBuffer::SecureBuffer(const char *data, std::size_t size)
    : SecureBuffer(size) {
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBuffer::~SecureBuffer() {
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray &bytes) {
    SecureBuffer out(bytes.constData(), std::size_t(bytes.size()));
    wipe(bytes);
    return out;
}

bool SecureBuffer::equals(QByteArrayView other) const {
    if (std::size_t(other.size()) != m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.data(), m_size) == 0;
}

void SecureBuffer::wipe(void *data, std::size_t size) {
    if (data && size)
        OPENSSL_cleanse(data, size);
}

void SecureBuffer::wipe(QByteArray &bytes) {
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never scribble on another owner's copy
    wipe(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void SecureBuffer::release() {
    if (m_data)
        OPENSSL_secure_clear_free(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}
