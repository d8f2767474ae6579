// FederationSecret: parsing a Secret object as the API server returns it, validation against
// the plan with a CA made here with OpenSSL (every corruption refused with a message naming the
// key, and never a value), the copy's metadata rules, and the SHA-256 of the data.

#include "Bootstrap.h"
#include "FederationSecret.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// A key and a self-signed certificate, PEM. ca: basicConstraints CA:TRUE, else CA:FALSE.
struct Pem {
    QByteArray certificate;
    QByteArray key;
};

QByteArray bioText(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

Pem makeCertificate(const char *commonName, bool ca, long validSeconds = 86400) {
    Pem out;
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 4242);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), validSeconds);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    for (const auto &[nid, value] :
         {std::pair{NID_basic_constraints, ca ? "critical,CA:TRUE" : "critical,CA:FALSE"},
          std::pair{NID_key_usage, ca ? "critical,keyCertSign,cRLSign,digitalSignature"
                                      : "critical,digitalSignature"}}) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(cert, key, EVP_sha256());
    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, cert);
    out.certificate = bioText(certBio);
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    out.key = bioText(keyBio);
    BIO_free(certBio);
    BIO_free(keyBio);
    X509_free(cert);
    EVP_PKEY_free(key);
    return out;
}

QByteArray serverConfig(const QString &primary, const QJsonArray &gateways) {
    return QJsonDocument(
               QJsonObject{{u"primary_datacenter"_s, primary}, {u"primary_gateways"_s, gateways}})
        .toJson(QJsonDocument::Compact);
}

using Data = std::map<QString, QByteArray>;

// A Secret object as kube-apiserver returns it, with all the metadata a copy must drop.
QByteArray secretJson(const Data &data, const QJsonObject &extraMetadata = {}) {
    QJsonObject encoded;
    for (const auto &[key, value] : data)
        encoded.insert(key, QString::fromLatin1(value.toBase64()));
    QJsonObject metadata{
        {u"name"_s, u"consul-federation"_s},
        {u"namespace"_s, u"consul"_s},
        {u"uid"_s, u"8d4e1a4b-5e0a-4c0e-9d1b-0d3c2f8a7b61"_s},
        {u"resourceVersion"_s, u"1234"_s},
        {u"creationTimestamp"_s, u"2024-05-01T10:00:00Z"_s},
        {u"selfLink"_s, u"/api/v1/namespaces/consul/secrets/consul-federation"_s},
        {u"generation"_s, 1},
        {u"labels"_s, QJsonObject{{u"managed-by"_s, u"consul-k8s"_s}}},
        {u"annotations"_s,
         QJsonObject{
             {u"kubectl.kubernetes.io/last-applied-configuration"_s,
              QString::fromLatin1(
                  QJsonDocument(QJsonObject{{u"data"_s, encoded}}).toJson(QJsonDocument::Compact))},
             {u"example.com/owner"_s, u"platform-team"_s}}},
        {u"ownerReferences"_s,
         QJsonArray{QJsonObject{{u"apiVersion"_s, u"batch/v1"_s},
                                {u"kind"_s, u"Job"_s},
                                {u"name"_s, u"consul-create-federation-secret"_s},
                                {u"uid"_s, u"0b6e4c44-8d7a-4b36-8f3e-1c2d3e4f5a6b"_s}}}},
        {u"managedFields"_s, QJsonArray{QJsonObject{{u"manager"_s, u"consul-k8s-control-plane"_s},
                                                    {u"operation"_s, u"Update"_s},
                                                    {u"fieldsType"_s, u"FieldsV1"_s}}}}};
    for (auto it = extraMetadata.begin(); it != extraMetadata.end(); ++it)
        metadata.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                     {u"kind"_s, u"Secret"_s},
                                     {u"metadata"_s, metadata},
                                     {u"type"_s, u"Opaque"_s},
                                     {u"data"_s, encoded}})
        .toJson(QJsonDocument::Compact);
}

QSet<QString> keySet(const QJsonObject &object) {
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QByteArray view(const SecureBuffer *b) {
    return b ? b->view().toByteArray() : QByteArray("(absent)");
}

// The digest as documented: keys sorted, each key and value preceded by its 64-bit length.
QByteArray expectedDigest(const Data &data) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto length = [&hash](qsizetype n) {
        QByteArray be(8, '\0');
        for (int i = 0; i < 8; ++i)
            be[i] = char(quint64(n) >> (56 - 8 * i));
        hash.addData(be);
    };
    for (const auto &[key, value] : data) {
        const QByteArray k = key.toUtf8();
        length(k.size());
        hash.addData(k);
        length(value.size());
        hash.addData(value);
    }
    return hash.result();
}

} // namespace

class TestFederationSecret : public QObject {
    Q_OBJECT

    Pem m_ca;
    Pem m_otherCa;
    Pem m_leaf;
    Data m_valid;
    FederationSecret::Expectations m_expected;

    static FederationSecret parsed(const QByteArray &json) {
        QString error;
        std::optional<FederationSecret> secret = FederationSecret::parse(json, &error);
        if (!secret)
            qFatal("parse: %s", qPrintable(error));
        return std::move(*secret);
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        m_ca = makeCertificate("Consul Agent CA 1", true);
        m_otherCa = makeCertificate("Consul Agent CA 2", true);
        m_leaf = makeCertificate("server.dc1.consul", false);
        QVERIFY(m_ca.certificate.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(m_ca.key.startsWith("-----BEGIN PRIVATE KEY-----"));
        m_valid = {
            {u"caCert"_s, m_ca.certificate},
            {u"caKey"_s, m_ca.key},
            {u"serverConfigJSON"_s, serverConfig(u"dc1"_s, {u"192.0.2.1:443"_s})},
            {u"replicationToken"_s, "6a3b0d4e-1c2f-4a5b-8c9d-0e1f2a3b4c5d"},
            {u"gossipEncryptionKey"_s, QByteArray(32, '\x5a').toBase64()},
        };
        m_expected.primaryDatacenter = u"dc1"_s;
    }

    void validSecret() {
        const FederationSecret secret = parsed(secretJson(m_valid));
        QCOMPARE(secret.problems(m_expected), QStringList());
        QCOMPARE(secret.name(), u"consul-federation"_s);
        QCOMPARE(secret.ns(), u"consul"_s);
        QCOMPARE(secret.resourceVersion(), u"1234"_s);
        QCOMPARE(secret.type(), u"Opaque"_s);
        QCOMPARE(secret.keys(), QStringList({u"caCert"_s, u"caKey"_s, u"gossipEncryptionKey"_s,
                                             u"replicationToken"_s, u"serverConfigJSON"_s}));
        for (const auto &[key, value] : m_valid)
            QCOMPARE(view(secret.value(key.toStdString())), value);
        QCOMPARE(secret.primaryGateways(), QStringList{u"192.0.2.1:443"_s});
        QCOMPARE(secret.labels().value(u"managed-by"_s), u"consul-k8s"_s);
        // kubectl's last-applied annotation holds the data again: never read.
        QVERIFY(
            !secret.annotations().contains(QLatin1String(FederationSecret::LastAppliedAnnotation)));
        QCOMPARE(secret.annotations().value(u"example.com/owner"_s), u"platform-team"_s);
    }

    void withoutAclsOrGossip() {
        Data data = m_valid;
        data.erase(u"replicationToken"_s);
        data.erase(u"gossipEncryptionKey"_s);
        FederationSecret::Expectations expected = m_expected;
        expected.acls = false;
        expected.gossipEncryption = false;
        QCOMPARE(parsed(secretJson(data)).problems(expected), QStringList());
        // The full secret does not fit such a plan either: "exactly when".
        const QStringList problems = parsed(secretJson(m_valid)).problems(expected);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(u'\n').contains(u"replicationToken"_s));
        QVERIFY(problems.join(u'\n').contains(u"gossipEncryptionKey"_s));
    }

    void corruptions_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value"); // empty: the key is removed
        QTest::addColumn<QStringList>("mustSay");
        auto row = [](const char *name, const QString &key, const QByteArray &value,
                      const QStringList &mustSay) {
            QTest::newRow(name) << key << value << mustSay;
        };
        row("wrong CA key", u"caKey"_s, makeCertificate("x", true).key,
            {u"caKey"_s, u"not the private key of its caCert"_s});
        row("CA key is garbage", u"caKey"_s, "-----BEGIN PRIVATE KEY-----\nAAAA\n",
            {u"caKey"_s, u"not an unencrypted PEM private key"_s});
        row("non-CA certificate", u"caCert"_s, QByteArray(),
            {u"caCert"_s, u"not a CA certificate"_s}); // filled in below
        row("caCert not PEM", u"caCert"_s, "hello", {u"caCert"_s, u"not a PEM X.509"_s});
        row("expired CA", u"caCert"_s, QByteArray(), {u"caCert"_s, u"expired"_s});
        row("bad JSON", u"serverConfigJSON"_s, "{\"primary_datacenter\": \"dc1\",",
            {u"serverConfigJSON"_s, u"not valid JSON"_s});
        row("JSON not an object", u"serverConfigJSON"_s, "[]",
            {u"serverConfigJSON"_s, u"not a JSON object"_s});
        row("wrong primary", u"serverConfigJSON"_s, serverConfig(u"dc9"_s, {u"192.0.2.1:443"_s}),
            {u"primary_datacenter"_s, u"\"dc9\""_s, u"\"dc1\""_s});
        row("no primary", u"serverConfigJSON"_s, "{\"primary_gateways\":[\"192.0.2.1:443\"]}",
            {u"serverConfigJSON has no primary_datacenter"_s});
        row("empty primary_gateways", u"serverConfigJSON"_s, serverConfig(u"dc1"_s, {}),
            {u"primary_gateways"_s});
        row("gateway not a string", u"serverConfigJSON"_s, serverConfig(u"dc1"_s, {443}),
            {u"primary_gateways"_s, u"host:port"_s});
        row("missing caCert", u"caCert"_s, {}, {u"no caCert"_s});
        row("missing caKey", u"caKey"_s, {}, {u"no caKey"_s});
        row("missing serverConfigJSON", u"serverConfigJSON"_s, {}, {u"no serverConfigJSON"_s});
        row("missing replicationToken", u"replicationToken"_s, {},
            {u"no replicationToken"_s, u"ACLs"_s});
        row("missing gossip key", u"gossipEncryptionKey"_s, {},
            {u"no gossipEncryptionKey"_s, u"gossip encryption"_s});
        row("short gossip key", u"gossipEncryptionKey"_s, QByteArray(16, '\x11').toBase64(),
            {u"gossipEncryptionKey"_s, u"16 bytes"_s, u"exactly 32"_s});
        row("long gossip key", u"gossipEncryptionKey"_s, QByteArray(33, '\x11').toBase64(),
            {u"gossipEncryptionKey"_s, u"33 bytes"_s});
        row("gossip key not base64", u"gossipEncryptionKey"_s, "not*base64*at*all*",
            {u"gossipEncryptionKey"_s, u"not base64"_s});
    }

    void corruptions() {
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QStringList, mustSay);
        Data data = m_valid;
        if (QByteArrayView(QTest::currentDataTag()) == "non-CA certificate") {
            data[u"caCert"_s] = m_leaf.certificate;
            data[u"caKey"_s] = m_leaf.key; // a matching key: only the CA flag is wrong
        } else if (QByteArrayView(QTest::currentDataTag()) == "expired CA") {
            const Pem expired = makeCertificate("Consul Agent CA old", true, -60);
            data[u"caCert"_s] = expired.certificate;
            data[u"caKey"_s] = expired.key;
        } else if (value.isEmpty()) {
            data.erase(key);
        } else {
            data[key] = value;
        }
        const QStringList problems = parsed(secretJson(data)).problems(m_expected);
        QCOMPARE(problems.size(), 1);
        for (const QString &words : mustSay)
            QVERIFY2(problems.first().contains(words),
                     qPrintable(u"\"%1\" does not say \"%2\""_s.arg(problems.first(), words)));
        // No message repeats a secret value, in any encoding.
        for (const auto &[k, v] : data)
            for (const QByteArray &form : {v, v.toBase64()})
                if (form.size() >= 8)
                    QVERIFY2(!problems.first().toUtf8().contains(form), qPrintable(k));
    }

    void unreadableObjects_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("not JSON") << QByteArray("{\"kind\": \"Secret\",") << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << u"not a JSON object"_s;
        QTest::newRow("a ConfigMap")
            << QByteArray("{\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"}}")
            << u"ConfigMap"_s;
        QTest::newRow("no name") << QByteArray("{\"kind\":\"Secret\",\"metadata\":{}}")
                                 << u"metadata.name"_s;
        QTest::newRow("data not base64")
            << QByteArray("{\"kind\":\"Secret\",\"metadata\":{\"name\":\"x\"},\"data\":{\"caKey\":"
                          "\"@@@@\"}}")
            << u"caKey is not base64"_s;
        QTest::newRow("padding bits set")
            << QByteArray("{\"kind\":\"Secret\",\"metadata\":{\"name\":\"x\"},\"data\":{\"caKey\":"
                          "\"QR==\"}}")
            << u"caKey is not base64"_s;
        QTest::newRow("bad data key") << QByteArray("{\"kind\":\"Secret\",\"metadata\":{\"name\":"
                                                    "\"x\"},\"data\":{\"a/b\":\"QQ==\"}}")
                                      << u"\"a/b\""_s;
    }

    void unreadableObjects() {
        QFETCH(QByteArray, json);
        QFETCH(QString, mustSay);
        QString error;
        QVERIFY(!FederationSecret::parse(json, &error));
        QVERIFY2(error.contains(mustSay), qPrintable(error));
    }

    void copyMetadataRules() {
        const FederationSecret secret = parsed(secretJson(m_valid));
        const SecureBuffer copy = secret.copyJson(u"consul-secondary"_s);
        QJsonParseError parseError;
        const QJsonObject object =
            QJsonDocument::fromJson(copy.view().toByteArray(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"apiVersion"_s).toString(), u"v1"_s);
        QCOMPARE(object.value(u"kind"_s).toString(), u"Secret"_s);
        QCOMPARE(object.value(u"type"_s).toString(), u"Opaque"_s);
        const QJsonObject metadata = object.value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"name"_s).toString(), u"consul-federation"_s);
        QCOMPARE(metadata.value(u"namespace"_s).toString(), u"consul-secondary"_s);
        QCOMPARE(metadata.value(u"labels"_s).toObject(),
                 QJsonObject({{u"managed-by"_s, u"consul-k8s"_s}}));
        QCOMPARE(metadata.value(u"annotations"_s).toObject(),
                 QJsonObject({{u"example.com/owner"_s, u"platform-team"_s}}));
        QCOMPARE(keySet(metadata),
                 QSet<QString>({u"name"_s, u"namespace"_s, u"labels"_s, u"annotations"_s}));
        QCOMPARE(keySet(object),
                 QSet<QString>({u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"type"_s, u"data"_s}));
        const QJsonObject data = object.value(u"data"_s).toObject();
        QCOMPARE(data.size(), qsizetype(m_valid.size()));
        for (const auto &[key, value] : m_valid)
            QCOMPARE(QByteArray::fromBase64(data.value(key).toString().toLatin1()), value);

        // A replacement names the version it replaces, and nothing else changes.
        const SecureBuffer replacement = secret.copyJson(u"consul"_s, u"77"_s);
        const QJsonObject replaced =
            QJsonDocument::fromJson(replacement.view().toByteArray()).object();
        QCOMPARE(replaced.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString(),
                 u"77"_s);
        QCOMPARE(replaced.value(u"data"_s).toObject(), data);

        // The copy parses back to the same data.
        const FederationSecret again = parsed(copy.view().toByteArray());
        QCOMPARE(again.dataDigest(), secret.dataDigest());
        QCOMPARE(again.problems(m_expected), QStringList());
    }

    void copyKeepsTypeAndImmutable() {
        QByteArray json = secretJson({{u"a"_s, "1"}});
        json.replace("\"type\":\"Opaque\"",
                     "\"type\":\"example.com/federation\",\"immutable\":true");
        const QJsonObject copy =
            QJsonDocument::fromJson(parsed(json).copyJson(u"x"_s).view().toByteArray()).object();
        QCOMPARE(copy.value(u"type"_s).toString(), u"example.com/federation"_s);
        QCOMPARE(copy.value(u"immutable"_s), QJsonValue(true));
        // Empty data still makes a valid object.
        const QJsonObject empty =
            QJsonDocument::fromJson(parsed(secretJson({})).copyJson(u"x"_s).view().toByteArray())
                .object();
        QCOMPARE(empty.value(u"data"_s).toObject(), QJsonObject());
    }

    void digest() {
        const QByteArray digest = parsed(secretJson(m_valid)).dataDigest();
        QCOMPARE(digest.size(), 32);
        QCOMPARE(digest, expectedDigest(m_valid));
        // Order of the keys in the JSON does not matter; any changed byte does.
        QByteArray reordered = secretJson(m_valid);
        QJsonObject object = QJsonDocument::fromJson(reordered).object();
        QCOMPARE(parsed(QJsonDocument(object).toJson()).dataDigest(), digest);
        Data changed = m_valid;
        changed[u"replicationToken"_s][0] = 'x';
        QVERIFY(parsed(secretJson(changed)).dataDigest() != digest);
        // Moving a byte from a value into its key changes it too (lengths are framed).
        QVERIFY(parsed(secretJson({{u"ab"_s, "c"}})).dataDigest() !=
                parsed(secretJson({{u"a"_s, "bc"}})).dataDigest());
    }
};

QTEST_GUILESS_MAIN(TestFederationSecret)
#include "tst_federationsecret.moc"
