#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

// Bytes that must not outlive their use: federation secrets, ACL tokens,
// kubeconfig credentials. They live in OpenSSL's secure heap (locked into RAM,
// no core dumps; see Bootstrap) and are wiped when the buffer goes. Move-only,
// and deliberately without conversions to QString.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const char *data, std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // Copies bytes in, then wipes the source, which must not be shared.
    static SecureBuffer takeFrom(QByteArray &bytes);

    char *data() { return m_data; }
    const char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, qsizetype(m_size)}; }
    // Constant time for equal sizes.
    bool equals(QByteArrayView other) const;
    SecureBuffer clone() const { return {m_data, m_size}; }

    // Wipes transient copies elsewhere (QByteArray, std::string buffers).
    static void wipe(void *data, std::size_t size);
    static void wipe(QByteArray &bytes);

private:
    void release();

    char *m_data = nullptr;
    std::size_t m_size = 0;
};
