#pragma once

#include "SecureBuffer.h"
#include "YamlDocument.h"

#include <QCoreApplication>
#include <QString>

// One named entry of a kubeconfig file (a user or a cluster) read again from
// disk when a connection needs it. KubeconfigLoader skips credential material
// (it must never sit in a QString) and bulky fields, which keeps loading a
// 1,000-context file fast; this reads them on demand. The file's bytes are
// wiped after parsing and the parsed scalars when the entry goes.
class KubeconfigEntry {
    Q_DECLARE_TR_FUNCTIONS(KubeconfigEntry)

public:
    KubeconfigEntry() = default;
    ~KubeconfigEntry() { m_doc.wipe(); }
    KubeconfigEntry(const KubeconfigEntry &) = delete;
    KubeconfigEntry &operator=(const KubeconfigEntry &) = delete;

    // list is "users" or "clusters". False, with error, when the file cannot
    // be read or no longer defines the entry.
    bool read(const QString &file, const char *list, const QString &name, QString *error);

    const YamlDocument &document() const { return m_doc; }
    int body() const { return m_body; } // the "user:" or "cluster:" mapping
    QString text(int map, const char *key) const { return m_doc.text(m_doc.value(map, key)); }
    // A path in the entry, resolved against the file's directory as kubectl does.
    QString resolve(const QString &path) const;
    // A scalar copied into secure memory.
    SecureBuffer secret(int map, const char *key) const;
    // A base64 []byte field (client-key-data, ...) decoded into secure memory.
    bool secretBase64(int map, const char *key, SecureBuffer *out, QString *error) const;

    // Reads a whole credential file (client-key, tokenFile, ...) into secure memory.
    static bool readSecretFile(const QString &path, SecureBuffer *out, QString *error);

private:
    YamlDocument m_doc;
    int m_body = -1;
    QString m_dir;
};
