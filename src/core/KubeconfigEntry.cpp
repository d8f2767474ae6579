#include "KubeconfigEntry.h"

#include "KubeconfigLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool KubeconfigEntry::readSecretFile(const QString &path, SecureBuffer *out, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // Credential files are small; a huge one is a mistake (or /dev/zero).
    constexpr qint64 limit = 1024 * 1024;
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        SecureBuffer::wipe(bytes);
        *error = tr("%1 is larger than 1 MiB; that is not a credential file").arg(path);
        return false;
    }
    *out = SecureBuffer::takeFrom(bytes);
    return true;
}

bool KubeconfigEntry::read(const QString &file, const char *list, const QString &name,
                           QString *error) {
    m_doc.wipe();
    m_body = -1;
    m_dir = QFileInfo(file).absolutePath();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the kubeconfig %1: %2").arg(file, f.errorString());
        return false;
    }
    if (f.size() > KubeconfigLoader::MaximumFileSize) {
        *error = tr("the kubeconfig %1 has grown over %2 MiB")
                     .arg(file)
                     .arg(KubeconfigLoader::MaximumFileSize / (1024 * 1024));
        return false;
    }
    QByteArray bytes = f.readAll();
    YamlDocument::ParseError parseError;
    const bool parsed = m_doc.parse(bytes, &parseError);
    SecureBuffer::wipe(bytes);
    if (!parsed) {
        *error = tr("the kubeconfig %1 is no longer valid YAML (line %2: %3)")
                     .arg(file)
                     .arg(parseError.line)
                     .arg(parseError.message);
        return false;
    }
    const int entries = m_doc.value(m_doc.root(), list);
    const bool isUser = std::string_view(list) == "users";
    if (m_doc.kind(entries) == YamlDocument::Kind::Sequence) {
        for (int item : m_doc.node(entries).children) {
            if (m_doc.text(m_doc.value(item, "name")) != name)
                continue;
            m_body = m_doc.value(item, isUser ? "user" : "cluster");
            return true;
        }
    }
    *error =
        isUser
            ? tr("the kubeconfig %1 no longer defines user \"%2\"; reload it").arg(file, name)
            : tr("the kubeconfig %1 no longer defines cluster \"%2\"; reload it").arg(file, name);
    return false;
}

QString KubeconfigEntry::resolve(const QString &path) const {
    // As KubeconfigLoader: absolute means a leading '/', as Go's filepath.IsAbs.
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return path;
    return QDir::cleanPath(m_dir + QLatin1Char('/') + path);
}

SecureBuffer KubeconfigEntry::secret(int map, const char *key) const {
    const int node = m_doc.value(map, key);
    if (m_doc.kind(node) != YamlDocument::Kind::Scalar)
        return {};
    const std::string &s = m_doc.node(node).scalar;
    return SecureBuffer(s.data(), s.size());
}

bool KubeconfigEntry::secretBase64(int map, const char *key, SecureBuffer *out,
                                   QString *error) const {
    const int node = m_doc.value(map, key);
    if (m_doc.kind(node) != YamlDocument::Kind::Scalar || m_doc.node(node).scalar.empty()) {
        *out = {};
        return true;
    }
    const std::string &s = m_doc.node(node).scalar;
    // Go's encoding/json skips newlines inside base64 ([]byte fields); so do we.
    QByteArray encoded;
    encoded.reserve(qsizetype(s.size()));
    for (char c : s)
        if (c != '\n' && c != '\r' && c != ' ')
            encoded.append(c);
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    SecureBuffer::wipe(encoded);
    if (!decoded) {
        *error = tr("\"%1\" is not valid base64").arg(QLatin1String(key));
        return false;
    }
    *out = SecureBuffer::takeFrom(*decoded);
    return true;
}
