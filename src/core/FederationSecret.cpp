#include "FederationSecret.h"

#include "SecureJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <memory>

namespace {

constexpr char Base64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64Value(char c) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Standard base64 with padding, as Go's base64.StdEncoding (the API server's
// []byte encoding): decoded straight into secure memory, so no plain copy of
// the value exists on the way.
bool decodeBase64(QByteArrayView in, SecureBuffer *out) {
    const qsizetype n = in.size();
    if (n % 4 != 0)
        return false;
    qsizetype padding = 0;
    if (n >= 1 && in[n - 1] == '=')
        ++padding;
    if (n >= 2 && in[n - 2] == '=')
        ++padding;
    SecureBuffer buffer(std::size_t(n / 4 * 3 - padding));
    std::size_t w = 0;
    for (qsizetype i = 0; i < n; i += 4) {
        const bool last = i + 4 == n;
        int v[4];
        for (int j = 0; j < 4; ++j) {
            const char c = in[i + j];
            if (c == '=' && last && j >= 4 - padding) {
                v[j] = 0;
                continue;
            }
            v[j] = base64Value(c);
            if (v[j] < 0)
                return false;
        }
        const unsigned triple =
            unsigned(v[0]) << 18 | unsigned(v[1]) << 12 | unsigned(v[2]) << 6 | unsigned(v[3]);
        const int bytes = last ? 3 - int(padding) : 3;
        // Non-canonical encodings (stray bits under the padding) are refused, as Go does.
        if ((bytes == 1 && (triple & 0xFFFF)) || (bytes == 2 && (triple & 0xFF)))
            return false;
        for (int b = 0; b < bytes; ++b)
            buffer.data()[w++] = char((triple >> (16 - 8 * b)) & 0xFF);
    }
    *out = std::move(buffer);
    return true;
}

std::size_t base64Size(std::size_t n) {
    return (n + 2) / 3 * 4;
}

void encodeBase64(QByteArrayView in, char *out) {
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const std::size_t n = std::size_t(in.size());
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const unsigned t = unsigned(p[i]) << 16 | unsigned(p[i + 1]) << 8 | p[i + 2];
        *out++ = Base64Alphabet[(t >> 18) & 63];
        *out++ = Base64Alphabet[(t >> 12) & 63];
        *out++ = Base64Alphabet[(t >> 6) & 63];
        *out++ = Base64Alphabet[t & 63];
    }
    if (n - i == 1) {
        const unsigned t = unsigned(p[i]) << 16;
        *out++ = Base64Alphabet[(t >> 18) & 63];
        *out++ = Base64Alphabet[(t >> 12) & 63];
        *out++ = '=';
        *out++ = '=';
    } else if (n - i == 2) {
        const unsigned t = unsigned(p[i]) << 16 | unsigned(p[i + 1]) << 8;
        *out++ = Base64Alphabet[(t >> 18) & 63];
        *out++ = Base64Alphabet[(t >> 12) & 63];
        *out++ = Base64Alphabet[(t >> 6) & 63];
        *out++ = '=';
    }
}

// Secret data keys as the API server allows them ([-._a-zA-Z0-9]+): they need
// no JSON escaping when the copy is written.
bool isValidDataKey(std::string_view key) {
    if (key.empty() || key.size() > 253 || key == "." || key == "..")
        return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '.' || c == '_'))
            return false;
    return true;
}

QString keyName(std::string_view key) {
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
struct PKeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

// Without this OpenSSL would prompt on the terminal for an encrypted key.
int noPassphrase(char *, int, int, void *) {
    return -1;
}

// Reads PEM from secure memory in place: a memory BIO does not copy.
std::unique_ptr<BIO, BioFree> pemBio(const SecureBuffer &pem) {
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(pem.data(), int(pem.size())));
}

} // namespace

std::optional<FederationSecret> FederationSecret::parse(QByteArrayView secretJson, QString *error) {
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SecureJson json;
    QString jsonError;
    if (!json.parse(secretJson, &jsonError))
        return failed(tr("the Secret object is not valid JSON: %1").arg(jsonError));
    const int root = json.root();
    if (json.kind(root) != SecureJson::Kind::Object)
        return failed(tr("the Secret object is not a JSON object"));
    const int kind = json.value(root, "kind");
    if (kind >= 0 && json.text(kind) != QLatin1String("Secret"))
        return failed(tr("the object is a %1, not a Secret").arg(json.text(kind)));

    FederationSecret secret;
    const int metadata = json.value(root, "metadata");
    secret.m_name = json.text(json.value(metadata, "name"));
    if (secret.m_name.isEmpty())
        return failed(tr("the Secret has no metadata.name"));
    secret.m_namespace = json.text(json.value(metadata, "namespace"));
    secret.m_resourceVersion = json.text(json.value(metadata, "resourceVersion"));
    const auto readMap = [&json](int object, QMap<QString, QString> *out) {
        const std::vector<std::string_view> names = json.keys(object);
        const std::vector<int> values = json.children(object);
        for (std::size_t i = 0; i < names.size(); ++i) {
            // kubectl apply stores the whole object there, data included: skip it unread.
            if (names[i] == LastAppliedAnnotation)
                continue;
            out->insert(keyName(names[i]), json.text(values[i]));
        }
    };
    readMap(json.value(metadata, "labels"), &secret.m_labels);
    readMap(json.value(metadata, "annotations"), &secret.m_annotations);

    const int type = json.value(root, "type");
    secret.m_type = type >= 0 ? json.text(type) : QStringLiteral("Opaque");
    const int immutable = json.value(root, "immutable");
    if (json.kind(immutable) == SecureJson::Kind::Boolean)
        secret.m_immutable = json.boolean(immutable);

    const int data = json.value(root, "data");
    if (data >= 0 && json.kind(data) != SecureJson::Kind::Object &&
        json.kind(data) != SecureJson::Kind::Null)
        return failed(tr("the Secret's data is not a JSON object"));
    const std::vector<std::string_view> keys = json.keys(data);
    const std::vector<int> values = json.children(data);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (!isValidDataKey(keys[i]))
            return failed(
                tr("the Secret's data key \"%1\" is not a valid key").arg(keyName(keys[i])));
        if (json.kind(values[i]) != SecureJson::Kind::String)
            return failed(
                tr("the Secret's data value of %1 is not a string").arg(keyName(keys[i])));
        SecureBuffer decoded;
        if (!decodeBase64(json.string(values[i]).view(), &decoded))
            return failed(tr("the Secret's data value of %1 is not base64").arg(keyName(keys[i])));
        secret.m_data.insert_or_assign(std::string(keys[i]), std::move(decoded));
    }
    return secret;
}

QStringList FederationSecret::keys() const {
    QStringList out;
    for (const auto &[key, value] : m_data)
        out.append(keyName(key));
    return out;
}

const SecureBuffer *FederationSecret::value(std::string_view key) const {
    const auto it = m_data.find(key);
    return it == m_data.end() ? nullptr : &it->second;
}

QStringList FederationSecret::problems(const Expectations &expectations) const {
    QStringList out;
    for (const char *key : {CaCert, CaKey, ServerConfigJson})
        if (!value(key))
            out.append(tr("it has no %1").arg(QLatin1String(key)));
        else if (value(key)->isEmpty())
            out.append(tr("its %1 is empty").arg(QLatin1String(key)));

    // The CA: consul-k8s signs every server certificate of every datacenter with it.
    std::unique_ptr<X509, X509Free> certificate;
    if (const SecureBuffer *pem = value(CaCert); pem && !pem->isEmpty()) {
        auto bio = pemBio(*pem);
        certificate.reset(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr)
                              : nullptr);
        if (!certificate) {
            out.append(tr("its caCert is not a PEM X.509 certificate"));
        } else {
            if (X509_check_ca(certificate.get()) == 0)
                out.append(tr("its caCert is not a CA certificate (it lacks basicConstraints "
                              "CA:TRUE), so it cannot sign Consul server certificates"));
            if (X509_cmp_current_time(X509_get0_notAfter(certificate.get())) < 0)
                out.append(tr("its caCert has expired"));
        }
    }
    if (const SecureBuffer *pem = value(CaKey); pem && !pem->isEmpty()) {
        auto bio = pemBio(*pem);
        const std::unique_ptr<EVP_PKEY, PKeyFree> key(
            bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
        if (!key)
            out.append(tr("its caKey is not an unencrypted PEM private key"));
        else if (certificate && X509_check_private_key(certificate.get(), key.get()) != 1)
            out.append(tr("its caKey is not the private key of its caCert"));
    }
    ERR_clear_error(); // the failures are reported above, not left for the next caller

    if (const SecureBuffer *config = value(ServerConfigJson); config && !config->isEmpty()) {
        SecureJson json;
        QString jsonError;
        if (!json.parse(config->view(), &jsonError)) {
            out.append(tr("its serverConfigJSON is not valid JSON: %1").arg(jsonError));
        } else if (json.kind(json.root()) != SecureJson::Kind::Object) {
            out.append(tr("its serverConfigJSON is not a JSON object"));
        } else {
            const int primary = json.value(json.root(), "primary_datacenter");
            if (json.kind(primary) != SecureJson::Kind::String || json.text(primary).isEmpty())
                out.append(tr("its serverConfigJSON has no primary_datacenter"));
            else if (json.text(primary) != expectations.primaryDatacenter)
                out.append(tr("its serverConfigJSON names \"%1\" as primary_datacenter, but the "
                              "plan's primary datacenter is \"%2\"")
                               .arg(json.text(primary), expectations.primaryDatacenter));
            const int gateways = json.value(json.root(), "primary_gateways");
            if (json.kind(gateways) != SecureJson::Kind::Array || json.children(gateways).empty())
                out.append(tr("its serverConfigJSON has no primary_gateways, so secondaries "
                              "would not know where to reach the primary"));
            else
                for (int g : json.children(gateways))
                    if (json.kind(g) != SecureJson::Kind::String || json.text(g).isEmpty()) {
                        out.append(tr("its serverConfigJSON's primary_gateways holds an entry "
                                      "that is not a \"host:port\" string"));
                        break;
                    }
        }
    }

    const SecureBuffer *token = value(ReplicationToken);
    if (expectations.acls && !token)
        out.append(tr("it has no replicationToken, but the plan has ACLs on"));
    else if (expectations.acls && token->isEmpty())
        out.append(tr("its replicationToken is empty"));
    else if (!expectations.acls && token)
        out.append(tr("it holds a replicationToken, but the plan has ACLs off; it comes from a "
                      "primary set up with ACLs"));

    const SecureBuffer *gossip = value(GossipEncryptionKey);
    if (expectations.gossipEncryption && !gossip) {
        out.append(tr("it has no gossipEncryptionKey, but the plan has gossip encryption on"));
    } else if (expectations.gossipEncryption) {
        SecureBuffer key;
        if (!decodeBase64(gossip->view(), &key))
            out.append(tr("its gossipEncryptionKey is not base64"));
        else if (key.size() != GossipKeySize)
            out.append(tr("its gossipEncryptionKey decodes to %1 bytes; Consul needs exactly %2")
                           .arg(key.size())
                           .arg(GossipKeySize));
    } else if (gossip) {
        out.append(tr("it holds a gossipEncryptionKey, but the plan has gossip encryption off; "
                      "it comes from a primary set up with gossip encryption"));
    }
    return out;
}

QStringList FederationSecret::primaryGateways() const {
    QStringList out;
    const SecureBuffer *config = value(ServerConfigJson);
    SecureJson json;
    if (!config || !json.parse(config->view(), nullptr))
        return out;
    for (int g : json.children(json.value(json.root(), "primary_gateways")))
        if (json.kind(g) == SecureJson::Kind::String)
            out.append(json.text(g));
    return out;
}

SecureBuffer FederationSecret::copyJson(const QString &ns, const QString &resourceVersion) const {
    // Metadata is not secret and goes through QJsonDocument; the data is
    // written base64-encoded straight into the secure buffer after it.
    QJsonObject metadata{{QStringLiteral("name"), m_name}, {QStringLiteral("namespace"), ns}};
    if (!resourceVersion.isEmpty())
        metadata.insert(QStringLiteral("resourceVersion"), resourceVersion);
    const auto toObject = [](const QMap<QString, QString> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    if (!m_labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), toObject(m_labels));
    if (!m_annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), toObject(m_annotations));
    QJsonObject head{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                     {QStringLiteral("kind"), QStringLiteral("Secret")},
                     {QStringLiteral("metadata"), metadata},
                     {QStringLiteral("type"), m_type}};
    if (m_immutable)
        head.insert(QStringLiteral("immutable"), *m_immutable);
    QByteArray prefix = QJsonDocument(head).toJson(QJsonDocument::Compact);
    prefix.chop(1); // the closing brace; the data follows
    static constexpr std::string_view dataOpen = ",\"data\":{";
    static constexpr std::string_view close = "}}";

    std::size_t size = std::size_t(prefix.size()) + dataOpen.size() + close.size();
    for (const auto &[key, value] : m_data)
        size += key.size() + 5 + base64Size(value.size()); // "key":"..."
    if (m_data.size() > 1)
        size += m_data.size() - 1; // commas
    SecureBuffer out(size);
    char *w = out.data();
    const auto put = [&w](std::string_view s) {
        std::memcpy(w, s.data(), s.size());
        w += s.size();
    };
    put({prefix.constData(), std::size_t(prefix.size())});
    put(dataOpen);
    bool first = true;
    for (const auto &[key, value] : m_data) {
        if (!first)
            put(",");
        first = false;
        put("\"");
        put(key);
        put("\":\"");
        encodeBase64(value.view(), w);
        w += base64Size(value.size());
        put("\"");
    }
    put(close);
    Q_ASSERT(std::size_t(w - out.data()) == out.size());
    return out;
}

QByteArray FederationSecret::dataDigest() const {
    const std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    const auto length = [&ctx](std::size_t n) {
        unsigned char be[8];
        for (int i = 0; i < 8; ++i)
            be[i] = static_cast<unsigned char>(quint64(n) >> (56 - 8 * i));
        EVP_DigestUpdate(ctx.get(), be, sizeof be);
    };
    for (const auto &[key, value] : m_data) {
        length(key.size());
        EVP_DigestUpdate(ctx.get(), key.data(), key.size());
        length(value.size());
        if (value.size())
            EVP_DigestUpdate(ctx.get(), value.data(), value.size());
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(digest.data()), &size) != 1)
        return {};
    digest.resize(size);
    return digest;
}
