#include "KubeUserCredentials.h"

#include "KubeUser.h"
#include "KubeconfigEntry.h"

bool KubeUserCredentials::read(const KubeUser &user, KubeUserCredentials *out, QString *error) {
    *out = {};
    if (user.sourceFile.isEmpty())
        return true;
    KubeconfigEntry entry;
    if (!entry.read(user.sourceFile, "users", user.name, error))
        return false;
    const YamlDocument &doc = entry.document();
    const int body = entry.body();

    KubeUserCredentials c;
    c.token = entry.secret(body, "token");
    c.password = entry.secret(body, "password");
    if (!entry.secretBase64(body, "client-certificate-data", &c.clientCertificate, error) ||
        !entry.secretBase64(body, "client-key-data", &c.clientKey, error))
        return false;
    // client-go prefers the data fields over the files.
    if (c.clientCertificate.isEmpty() && !user.clientCertificate.isEmpty() &&
        !KubeconfigEntry::readSecretFile(user.clientCertificate, &c.clientCertificate, error))
        return false;
    if (c.clientKey.isEmpty() && !user.clientKey.isEmpty() &&
        !KubeconfigEntry::readSecretFile(user.clientKey, &c.clientKey, error))
        return false;

    const int provider = doc.value(body, "auth-provider");
    if (doc.kind(provider) == YamlDocument::Kind::Mapping)
        c.authProviderIdToken = entry.secret(doc.value(provider, "config"), "id-token");

    const int exec = doc.value(body, "exec");
    if (doc.kind(exec) == YamlDocument::Kind::Mapping) {
        const int env = doc.value(exec, "env");
        if (doc.kind(env) == YamlDocument::Kind::Sequence)
            for (int item : doc.node(env).children)
                c.execEnv.append({entry.text(item, "name"), entry.text(item, "value")});
        c.execInstallHint = entry.text(exec, "installHint");
        c.execProvideClusterInfo = doc.boolean(doc.value(exec, "provideClusterInfo"));
        c.execInteractiveMode = entry.text(exec, "interactiveMode");
    }
    *out = std::move(c);
    return true;
}

bool KubeUserCredentials::readTokenFile(const QString &path, SecureBuffer *out, QString *error) {
    SecureBuffer raw;
    if (!KubeconfigEntry::readSecretFile(path, &raw, error))
        return false;
    const QByteArrayView trimmed = raw.view().trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("the token file %1 is empty").arg(path);
        return false;
    }
    *out = SecureBuffer(trimmed.data(), size_t(trimmed.size()));
    return true;
}
