#include "KubeconfigLoader.h"

#include "YamlDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

class FileReader {
public:
    FileReader(const YamlDocument &doc, QString path, KubeconfigLoader::Result &result)
        : m_doc(doc)
        , m_path(std::move(path))
        , m_dir(QFileInfo(m_path).absolutePath())
        , m_result(result) {}

    void read() {
        const int root = m_doc.root();
        if (m_doc.kind(root) == YamlDocument::Kind::Null)
            return; // an empty file is an empty config, as for kubectl
        if (m_doc.kind(root) != YamlDocument::Kind::Mapping) {
            error(root, KubeconfigLoader::tr("a kubeconfig must be a mapping"));
            return;
        }
        // Validate the whole file before merging any of it: kubectl refuses a
        // file with an error rather than using half of it.
        QList<KubeCluster> clusters;
        QList<KubeUser> users;
        QList<KubeContext> contexts;
        if (!readList(root, "clusters", [&](int item, const QString &name, int body) {
                clusters.append(readCluster(item, name, body));
            }))
            return;
        if (!readList(root, "users", [&](int item, const QString &name, int body) {
                users.append(readUser(item, name, body));
            }))
            return;
        if (!readList(root, "contexts", [&](int item, const QString &name, int body) {
                contexts.append(readContext(item, name, body));
            }))
            return;
        for (const auto &c : std::as_const(clusters))
            m_result.config.addCluster(c);
        for (const auto &u : std::as_const(users))
            m_result.config.addUser(u);
        for (const auto &c : std::as_const(contexts))
            m_result.config.addContext(c);
        m_result.config.setCurrentContextIfUnset(m_doc.text(m_doc.value(root, "current-context")));
        m_result.loadedFiles.append(m_path);
    }

private:
    template <typename Fn> bool readList(int root, const char *key, Fn &&fn) {
        const int list = m_doc.value(root, key);
        if (m_doc.kind(list) == YamlDocument::Kind::Null)
            return true;
        if (m_doc.kind(list) != YamlDocument::Kind::Sequence) {
            error(list, KubeconfigLoader::tr("\"%1\" must be a list").arg(QLatin1String(key)));
            return false;
        }
        QSet<QString> seen;
        for (int item : m_doc.node(list).children) {
            if (m_doc.kind(item) != YamlDocument::Kind::Mapping) {
                error(item, KubeconfigLoader::tr("each entry of \"%1\" must be a mapping")
                                .arg(QLatin1String(key)));
                return false;
            }
            const QString name = m_doc.text(m_doc.value(item, "name"));
            // client-go rejects a name defined twice in one file.
            if (seen.contains(name)) {
                error(item, KubeconfigLoader::tr("duplicate name \"%1\" in \"%2\"")
                                .arg(name, QLatin1String(key)));
                return false;
            }
            seen.insert(name);
            const char *bodyKey = key == std::string_view("clusters") ? "cluster"
                                  : key == std::string_view("users")  ? "user"
                                                                      : "context";
            const int body = m_doc.value(item, bodyKey);
            if (body >= 0 && m_doc.kind(body) != YamlDocument::Kind::Mapping &&
                m_doc.kind(body) != YamlDocument::Kind::Null) {
                error(body, KubeconfigLoader::tr("\"%1\" of \"%2\" must be a mapping")
                                .arg(QLatin1String(bodyKey), name));
                return false;
            }
            fn(item, name, body);
        }
        return true;
    }

    QString str(int map, const char *key) const { return m_doc.text(m_doc.value(map, key)); }
    bool has(int map, const char *key) const {
        return m_doc.kind(m_doc.value(map, key)) == YamlDocument::Kind::Scalar &&
               !m_doc.node(m_doc.value(map, key)).scalar.empty();
    }

    // kubectl resolves file references against the defining file's directory.
    // Absolute means a leading '/', as for Go's filepath.IsAbs: QDir::isAbsolutePath
    // would also take ":name" (a Qt resource path) as absolute.
    QString resolve(const QString &path) const {
        if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
            return path;
        return QDir::cleanPath(m_dir + QLatin1Char('/') + path);
    }

    KubeCluster readCluster(int item, const QString &name, int body) const {
        KubeCluster c;
        c.name = name;
        c.sourceFile = m_path;
        c.line = m_doc.node(item).line;
        c.server = str(body, "server");
        c.certificateAuthority = resolve(str(body, "certificate-authority"));
        c.hasCertificateAuthorityData = has(body, "certificate-authority-data");
        c.insecureSkipTlsVerify = m_doc.boolean(m_doc.value(body, "insecure-skip-tls-verify"));
        c.tlsServerName = str(body, "tls-server-name");
        c.proxyUrl = str(body, "proxy-url");
        return c;
    }

    KubeUser readUser(int item, const QString &name, int body) const {
        KubeUser u;
        u.name = name;
        u.sourceFile = m_path;
        u.line = m_doc.node(item).line;
        u.clientCertificate = resolve(str(body, "client-certificate"));
        u.clientKey = resolve(str(body, "client-key"));
        u.tokenFile = resolve(str(body, "tokenFile"));
        u.hasClientCertificateData = has(body, "client-certificate-data");
        u.hasClientKeyData = has(body, "client-key-data");
        u.hasToken = has(body, "token");
        u.hasPassword = has(body, "password");
        u.username = str(body, "username");
        const int exec = m_doc.value(body, "exec");
        if (m_doc.kind(exec) == YamlDocument::Kind::Mapping) {
            u.execCommand = str(exec, "command");
            // A bare command is looked up in PATH; only one with a separator is a file.
            if (u.execCommand.contains(QLatin1Char('/')))
                u.execCommand = resolve(u.execCommand);
            u.execApiVersion = str(exec, "apiVersion");
            const int args = m_doc.value(exec, "args");
            if (m_doc.kind(args) == YamlDocument::Kind::Sequence)
                for (int a : m_doc.node(args).children)
                    u.execArgs.append(m_doc.text(a));
        }
        const int provider = m_doc.value(body, "auth-provider");
        if (m_doc.kind(provider) == YamlDocument::Kind::Mapping)
            u.authProvider = str(provider, "name");

        if (!u.execCommand.isEmpty())
            u.credentialKind = CredentialKind::ExecPlugin;
        else if (!u.authProvider.isEmpty())
            u.credentialKind = CredentialKind::AuthProvider;
        else if (u.hasToken)
            u.credentialKind = CredentialKind::Token;
        else if (!u.tokenFile.isEmpty())
            u.credentialKind = CredentialKind::TokenFile;
        else if (!u.username.isEmpty() || u.hasPassword)
            u.credentialKind = CredentialKind::BasicAuth;
        else if (u.hasClientCertificateData || !u.clientCertificate.isEmpty())
            u.credentialKind = CredentialKind::ClientCertificate;
        return u;
    }

    KubeContext readContext(int item, const QString &name, int body) const {
        KubeContext c;
        c.name = name;
        c.sourceFile = m_path;
        c.line = m_doc.node(item).line;
        c.cluster = str(body, "cluster");
        c.user = str(body, "user");
        c.ns = str(body, "namespace");
        return c;
    }

    void error(int node, const QString &message) {
        const int line = node >= 0 ? m_doc.node(node).line : 0;
        m_result.errors.append({m_path, line, 0, message});
    }

    const YamlDocument &m_doc;
    const QString m_path;
    const QString m_dir;
    KubeconfigLoader::Result &m_result;
};

} // namespace

QStringList KubeconfigLoader::splitPathList(const QString &pathList) {
    QStringList files;
    for (const QString &p : pathList.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        if (!files.contains(p))
            files.append(p);
    return files;
}

QStringList KubeconfigLoader::defaultFiles() {
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return splitPathList(env);
    return {QDir::homePath() + QLatin1String("/.kube/config")};
}

KubeconfigLoader::Result KubeconfigLoader::load(const QStringList &files) {
    Result result;
    result.files = files;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.exists())
            continue; // kubectl skips missing files in the list
        if (QFileInfo(path).isDir()) {
            result.errors.append({path, 0, 0, tr("is a directory, not a kubeconfig file")});
            continue;
        }
        if (file.size() > MaximumFileSize) {
            result.errors.append({path, 0, 0,
                                  tr("is %1 MiB; kubeconfig files over %2 MiB are refused")
                                      .arg(file.size() / (1024 * 1024))
                                      .arg(MaximumFileSize / (1024 * 1024))});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append({path, 0, 0, tr("cannot be read: %1").arg(file.errorString())});
            continue;
        }
        // The size said nothing for a device or pipe (/dev/zero, <(cmd)): read
        // at most one byte past the limit.
        QByteArray contents = file.read(MaximumFileSize + 1);
        if (contents.size() > MaximumFileSize) {
            result.errors.append({path, 0, 0,
                                  tr("is larger than %1 MiB; kubeconfig files over %1 MiB are "
                                     "refused")
                                      .arg(MaximumFileSize / (1024 * 1024))});
            continue;
        }
        mergeFile(path, contents, result);
    }
    result.config.finish();
    return result;
}

KubeconfigLoader::Result KubeconfigLoader::loadData(const QString &name,
                                                    const QByteArray &contents) {
    Result result;
    result.files = {name};
    mergeFile(name, contents, result);
    result.config.finish();
    return result;
}

void KubeconfigLoader::mergeFile(const QString &path, const QByteArray &contents, Result &result) {
    YamlDocument doc;
    YamlDocument::ParseError parseError;
    if (!doc.parse(contents, &parseError)) {
        result.errors.append({path, parseError.line, parseError.column,
                              tr("not valid YAML: %1").arg(parseError.message)});
        return;
    }
    FileReader(doc, path, result).read();
}
