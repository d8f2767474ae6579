#include "KubeconfigLoader.h"

#include "Yaml11Scalar.h"
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
        if (!readList(root, "clusters",
                      [&](int item, const QString &name, int body) {
                          clusters.append(readCluster(item, name, body));
                      }) ||
            m_refused)
            return;
        if (!readList(root, "users",
                      [&](int item, const QString &name, int body) {
                          users.append(readUser(item, name, body));
                      }) ||
            m_refused)
            return;
        if (!readList(root, "contexts",
                      [&](int item, const QString &name, int body) {
                          contexts.append(readContext(item, name, body));
                      }) ||
            m_refused)
            return;
        m_owner.clear();
        const QString currentContext = str(root, "current-context");
        const int preferences = m_doc.value(root, "preferences");
        if (m_doc.kind(preferences) == YamlDocument::Kind::Mapping)
            boolean(preferences, "colors", "preferences.");
        if (m_refused)
            return;
        for (const auto &c : std::as_const(clusters))
            m_result.config.addCluster(c);
        for (const auto &u : std::as_const(users))
            m_result.config.addUser(u);
        for (const auto &c : std::as_const(contexts))
            m_result.config.addContext(c);
        m_result.config.setCurrentContextIfUnset(currentContext);
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
            m_owner = QLatin1String(key);
            const QString name = str(item, "name");
            if (m_refused)
                return false;
            m_owner = name;
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

    // Fields read as kubectl reads them: client-go's clientcmd turns the YAML
    // into JSON with go-yaml v2's types (Yaml11Scalar), then unmarshals typed
    // structs, so a string field refuses `yes` and `1` and a bool field refuses
    // "true" ("json: cannot unmarshal string into Go struct field
    // Cluster.clusters.cluster.insecure-skip-tls-verify of type bool"). The
    // first such field refuses the file, at its line and column.

    // A string field: text, or empty for null or absent.
    QString str(int map, const char *key, const char *parent = "") {
        const int value = m_doc.value(map, key);
        return checkText(value, key, parent, false) ? m_doc.text(value) : QString();
    }
    // A credential's string field set to something: checked, never copied.
    bool has(int map, const char *key) {
        const int value = m_doc.value(map, key);
        return checkText(value, key, "", true) && m_doc.kind(value) == YamlDocument::Kind::Scalar &&
               !m_doc.node(value).scalar.empty();
    }

    bool checkText(int value, const char *key, const char *parent, bool secret) {
        const YamlDocument::Kind kind = m_doc.kind(value);
        if (kind == YamlDocument::Kind::Null)
            return true;
        const QString field = fieldName(key, parent);
        if (kind != YamlDocument::Kind::Scalar) {
            refuse(value, KubeconfigLoader::tr("%1 must be text, not %2, which kubectl refuses")
                              .arg(field, describe(value)));
            return false;
        }
        const Yaml11Scalar scalar = *m_doc.scalar(value);
        if (scalar.isString())
            return true;
        refuse(value,
               secret ? KubeconfigLoader::tr("%1 must be text, but YAML reads it as %2, which "
                                             "kubectl refuses; put it in quotes")
                            .arg(field, Yaml11Scalar::describe(scalar.type()))
                      : KubeconfigLoader::tr("%1 must be text, but YAML reads %2 as %3, which "
                                             "kubectl refuses; put it in quotes")
                            .arg(field, m_doc.text(value), Yaml11Scalar::describe(scalar.type())));
        return false;
    }

    // A bool field: every spelling go-yaml v2 takes for a boolean (`true`,
    // `yes`, `on`, `Y`, ...); false for null or absent.
    bool boolean(int map, const char *key, const char *parent = "") {
        const int value = m_doc.value(map, key);
        const std::optional<Yaml11Scalar> scalar = m_doc.scalar(value);
        if (scalar && (scalar->type() == Yaml11Scalar::Type::Boolean || scalar->isNull()))
            return scalar->toBool();
        const QString field = fieldName(key, parent);
        // The bug kubectl's refusal guards against: "yes" in quotes, a string.
        const bool quotedBoolean =
            scalar && scalar->isString() && m_doc.node(value).tag == Yaml11Scalar::Tag::None &&
            Yaml11Scalar::resolve(m_doc.node(value).scalar).type() == Yaml11Scalar::Type::Boolean;
        refuse(value, quotedBoolean
                          ? KubeconfigLoader::tr("%1 must be true or false, not the quoted string "
                                                 "\"%2\", which kubectl refuses; write it "
                                                 "without quotes")
                                .arg(field, m_doc.text(value))
                          : KubeconfigLoader::tr("%1 must be true or false, not %2, which kubectl "
                                                 "refuses")
                                .arg(field, describe(value)));
        return false;
    }

    // `"server" of "prod"`, or `"current-context"` at the top.
    QString fieldName(const char *key, const char *parent) const {
        const QString name = QLatin1String(parent) + QLatin1String(key);
        if (m_owner.isEmpty())
            return QLatin1Char('"') + name + QLatin1Char('"');
        return KubeconfigLoader::tr("\"%1\" of \"%2\"").arg(name, m_owner);
    }

    QString describe(int value) const {
        switch (m_doc.kind(value)) {
        case YamlDocument::Kind::Mapping:
            return KubeconfigLoader::tr("a mapping");
        case YamlDocument::Kind::Sequence:
            return KubeconfigLoader::tr("a list");
        case YamlDocument::Kind::Null:
        case YamlDocument::Kind::Scalar:
            break;
        }
        switch (m_doc.scalar(value)->type()) {
        case Yaml11Scalar::Type::Boolean:
            return KubeconfigLoader::tr("the boolean %1").arg(m_doc.text(value));
        case Yaml11Scalar::Type::Integer:
        case Yaml11Scalar::Type::Float:
            return KubeconfigLoader::tr("the number %1").arg(m_doc.text(value));
        case Yaml11Scalar::Type::Null:
        case Yaml11Scalar::Type::String:
            break;
        }
        return KubeconfigLoader::tr("the string \"%1\"").arg(m_doc.text(value));
    }

    void refuse(int node, const QString &message) {
        if (m_refused)
            return; // kubectl names the first
        m_refused = true;
        m_result.errors.append({m_path, m_doc.node(node).line, m_doc.node(node).column, message});
    }

    // kubectl resolves file references against the defining file's directory.
    // Absolute means a leading '/', as for Go's filepath.IsAbs: QDir::isAbsolutePath
    // would also take ":name" (a Qt resource path) as absolute.
    QString resolve(const QString &path) const {
        if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
            return path;
        return QDir::cleanPath(m_dir + QLatin1Char('/') + path);
    }

    KubeCluster readCluster(int item, const QString &name, int body) {
        KubeCluster c;
        c.name = name;
        c.sourceFile = m_path;
        c.line = m_doc.node(item).line;
        c.server = str(body, "server");
        c.certificateAuthority = resolve(str(body, "certificate-authority"));
        c.hasCertificateAuthorityData = has(body, "certificate-authority-data");
        c.insecureSkipTlsVerify = boolean(body, "insecure-skip-tls-verify");
        c.tlsServerName = str(body, "tls-server-name");
        c.proxyUrl = str(body, "proxy-url");
        boolean(body, "disable-compression"); // not used, but kubectl checks it
        return c;
    }

    KubeUser readUser(int item, const QString &name, int body) {
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
            u.execCommand = str(exec, "command", "exec.");
            // A bare command is looked up in PATH; only one with a separator is a file.
            if (u.execCommand.contains(QLatin1Char('/')))
                u.execCommand = resolve(u.execCommand);
            u.execApiVersion = str(exec, "apiVersion", "exec.");
            const int args = m_doc.value(exec, "args");
            if (m_doc.kind(args) == YamlDocument::Kind::Sequence)
                for (int a : m_doc.node(args).children)
                    if (checkText(a, "args", "exec.", false))
                        u.execArgs.append(m_doc.text(a));
            // Read with the credentials (KubeUserCredentials); checked here as kubectl does.
            boolean(exec, "provideClusterInfo", "exec.");
        }
        const int provider = m_doc.value(body, "auth-provider");
        if (m_doc.kind(provider) == YamlDocument::Kind::Mapping)
            u.authProvider = str(provider, "name", "auth-provider.");

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

    KubeContext readContext(int item, const QString &name, int body) {
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
    QString m_owner;        // the entry being read, for messages
    bool m_refused = false; // a field's type refuses the file
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
