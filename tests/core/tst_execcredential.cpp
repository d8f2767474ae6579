// ExecCredential: what exec plugins print (client.authentication.k8s.io/v1 and v1beta1) parsed
// into secure memory, the errors for output that is not a credential, RFC 3339 expiry, and the
// KUBERNETES_EXEC_INFO handed to a plugin.
//
// No raw string literals: moc (6.4) misreads them and then finds no test class.

#include "Bootstrap.h"
#include "ExecCredential.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace {

const QString v1 = u"client.authentication.k8s.io/v1"_s;
const QString v1beta1 = u"client.authentication.k8s.io/v1beta1"_s;

QByteArray credential(const char *apiVersion, const char *status) {
    return QByteArray("{\"kind\":\"ExecCredential\",\"apiVersion\":\"") + apiVersion +
           "\",\"spec\":{},\"status\":" + status + "}";
}

} // namespace

class TestExecCredential : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed); }

    void tokenV1() {
        QString error;
        const auto c = ExecCredential::parse(
            credential(
                "client.authentication.k8s.io/v1",
                "{\"token\":\"eyJhbGciOi.abc\",\"expirationTimestamp\":\"2031-02-03T04:05:06Z\"}"),
            v1, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->hasToken());
        QVERIFY(!c->hasClientCertificate());
        QCOMPARE(c->token().view(), QByteArrayView("eyJhbGciOi.abc"));
        // The token lives in OpenSSL's secure heap, not in ordinary memory.
        QVERIFY(CRYPTO_secure_allocated(c->token().data()));
        QCOMPARE(c->expirationTimestamp(),
                 QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6), QTimeZone::utc()));
        QVERIFY(!c->isExpired(QDateTime(QDate(2031, 2, 3), QTime(4, 5, 5), QTimeZone::utc())));
        QVERIFY(c->isExpired(QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6), QTimeZone::utc())));
    }

    void clientCertificateV1beta1() {
        QString error;
        const auto c = ExecCredential::parse(
            credential("client.authentication.k8s.io/v1beta1",
                       "{\"clientCertificateData\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END "
                       "CERTIFICATE-----\\n\","
                       "\"clientKeyData\":\"-----BEGIN EC PRIVATE KEY-----\\nMHcC\\n-----END EC "
                       "PRIVATE KEY-----\\n\"}"),
            v1beta1, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!c->hasToken());
        QVERIFY(c->hasClientCertificate());
        // JSON escapes are decoded: the PEM has real newlines.
        QCOMPARE(c->clientCertificateData().view(),
                 QByteArrayView("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"));
        QVERIFY(c->clientKeyData().view().startsWith("-----BEGIN EC PRIVATE KEY-----\nMHcC"));
        QVERIFY(!c->expirationTimestamp().isValid());
        QVERIFY(!c->isExpired(QDateTime::currentDateTimeUtc().addYears(50)));
    }

    void escapesAndUnicodeInToken() {
        QString error;
        const auto c =
            ExecCredential::parse(credential("client.authentication.k8s.io/v1",
                                             "{\"token\":\"a\\/b\\u00e9\\ud83d\\ude00\\\"q\"}"),
                                  v1, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->token().view(), QByteArrayView("a/b\xc3\xa9\xf0\x9f\x98\x80\"q"));
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QByteArray("  \n") << v1 << u"printed nothing"_s;
        QTest::newRow("garbage") << QByteArray("Please log in with: aws sso login\n") << v1
                                 << u"output is not JSON"_s;
        QTest::newRow("truncated") << QByteArray("{\"kind\":\"ExecCredential\",\"apiVer") << v1
                                   << u"output is not JSON (a string is not closed at line 1"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << v1 << u"not a JSON object"_s;
        QTest::newRow("trailing text")
            << credential("client.authentication.k8s.io/v1", "{\"token\":\"t\"}") + " extra" << v1
            << u"unexpected text after the JSON value"_s;
        QTest::newRow("wrong kind")
            << QByteArray(
                   "{\"kind\":\"Secret\",\"apiVersion\":\"v1\",\"status\":{\"token\":\"t\"}}")
            << v1 << u"kind \"Secret\"; expected \"ExecCredential\""_s;
        QTest::newRow("no kind") << QByteArray("{\"status\":{\"token\":\"t\"}}") << v1
                                 << u"has no \"kind\""_s;
        QTest::newRow("wrong apiVersion")
            << credential("client.authentication.k8s.io/v1beta1", "{\"token\":\"t\"}") << v1
            << u"asks for apiVersion \"client.authentication.k8s.io/v1\" but the plugin returned "
               u"\"client.authentication.k8s.io/v1beta1\""_s;
        QTest::newRow("no status") << QByteArray("{\"kind\":\"ExecCredential\",\"apiVersion\":"
                                                 "\"client.authentication.k8s.io/v1\"}")
                                   << v1 << u"has no \"status\""_s;
        QTest::newRow("empty status") << credential("client.authentication.k8s.io/v1", "{}") << v1
                                      << u"neither a token nor clientCertificateData"_s;
        QTest::newRow("empty token")
            << credential("client.authentication.k8s.io/v1", "{\"token\":\"\"}") << v1
            << u"neither a token nor clientCertificateData"_s;
        QTest::newRow("certificate without key")
            << credential("client.authentication.k8s.io/v1", "{\"clientCertificateData\":\"x\"}")
            << v1 << u"clientCertificateData without status.clientKeyData"_s;
        QTest::newRow("key without certificate")
            << credential("client.authentication.k8s.io/v1", "{\"clientKeyData\":\"x\"}") << v1
            << u"clientKeyData without status.clientCertificateData"_s;
        QTest::newRow("token not a string")
            << credential("client.authentication.k8s.io/v1", "{\"token\":42}") << v1
            << u"status.token in the plugin's output must be a string"_s;
        QTest::newRow("bad expiry")
            << credential("client.authentication.k8s.io/v1",
                          "{\"token\":\"t\",\"expirationTimestamp\":\"tomorrow\"}")
            << v1 << u"\"tomorrow\" is not an RFC 3339 time"_s;
        QTest::newRow("expiry not a string")
            << credential("client.authentication.k8s.io/v1",
                          "{\"token\":\"t\",\"expirationTimestamp\":1700000000}")
            << v1 << u"expirationTimestamp must be a string"_s;
        QTest::newRow("too deep") << QByteArray(100, '[') << v1 << u"nesting deeper than 64"_s;
    }

    void errors() {
        QFETCH(QByteArray, output);
        QFETCH(QString, apiVersion);
        QFETCH(QString, expected);
        QString error;
        const auto c = ExecCredential::parse(output, apiVersion, &error);
        QVERIFY(!c);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void outputOverOneMebibyteRefused() {
        QByteArray big = credential("client.authentication.k8s.io/v1", "{\"token\":\"t\"}");
        big.append(QByteArray(ExecCredential::MaximumOutputSize, ' '));
        QString error;
        QVERIFY(!ExecCredential::parse(big, v1, &error));
        QVERIFY2(error.contains(u"more than 1 MiB is refused"_s), qPrintable(error));
        // Just under the limit is fine: trailing whitespace is allowed.
        big.truncate(ExecCredential::MaximumOutputSize);
        QVERIFY2(ExecCredential::parse(big, v1, &error), qPrintable(error));
    }

    void rfc3339_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2024, 5, 1), QTime(10, 0, 0), QTimeZone::utc());
        QTest::newRow("Z") << u"2024-05-01T10:00:00Z"_s << base;
        QTest::newRow("lower case") << u"2024-05-01t10:00:00z"_s << base;
        QTest::newRow("nanoseconds") << u"2024-05-01T10:00:00.123456789Z"_s << base.addMSecs(123);
        QTest::newRow("offset") << u"2024-05-01T12:30:00+02:30"_s << base;
        QTest::newRow("negative offset") << u"2024-05-01T05:00:00-05:00"_s << base;
        QTest::newRow("no zone") << u"2024-05-01T10:00:00"_s << QDateTime();
        QTest::newRow("date only") << u"2024-05-01"_s << QDateTime();
        QTest::newRow("month 13") << u"2024-13-01T10:00:00Z"_s << QDateTime();
        QTest::newRow("space") << u"2024-05-01 10:00:00Z"_s << QDateTime();
    }

    void rfc3339() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(ExecCredential::parseRfc3339(text), expected);
    }

    void supportedApiVersions() {
        QVERIFY(ExecCredential::isSupportedApiVersion(v1));
        QVERIFY(ExecCredential::isSupportedApiVersion(v1beta1));
        QVERIFY(!ExecCredential::isSupportedApiVersion(u"client.authentication.k8s.io/v1alpha1"_s));
        QVERIFY(!ExecCredential::isSupportedApiVersion(QString()));
    }

    void execInfoWithoutCluster() {
        const QJsonObject info =
            QJsonDocument::fromJson(ExecCredential::execInfo(v1beta1, nullptr)).object();
        QCOMPARE(info.value(u"kind"_s).toString(), u"ExecCredential"_s);
        QCOMPARE(info.value(u"apiVersion"_s).toString(), v1beta1);
        const QJsonObject spec = info.value(u"spec"_s).toObject();
        QVERIFY(spec.contains(u"interactive"_s));
        QCOMPARE(spec.value(u"interactive"_s).toBool(true), false);
        QVERIFY(!spec.contains(u"cluster"_s));
    }

    void execInfoWithCluster() {
        ExecCredential::ClusterInfo cluster;
        cluster.server = u"https://10.0.0.1:6443"_s;
        cluster.tlsServerName = u"kubernetes.default"_s;
        cluster.insecureSkipTlsVerify = true;
        cluster.certificateAuthorityData = "-----BEGIN CERTIFICATE-----\nCA\n";
        cluster.proxyUrl = u"socks5://127.0.0.1:1080"_s;
        cluster.config = QJsonObject{{u"audience"_s, u"sts.amazonaws.com"_s}};
        const QJsonObject info =
            QJsonDocument::fromJson(ExecCredential::execInfo(v1, &cluster)).object();
        QCOMPARE(info.value(u"apiVersion"_s).toString(), v1);
        const QJsonObject spec = info.value(u"spec"_s).toObject();
        QCOMPARE(spec.value(u"interactive"_s).toBool(true), false);
        const QJsonObject c = spec.value(u"cluster"_s).toObject();
        QCOMPARE(c.value(u"server"_s).toString(), u"https://10.0.0.1:6443"_s);
        QCOMPARE(c.value(u"tls-server-name"_s).toString(), u"kubernetes.default"_s);
        QCOMPARE(c.value(u"insecure-skip-tls-verify"_s).toBool(), true);
        // []byte fields travel base64-encoded, as in Go.
        QCOMPARE(
            QByteArray::fromBase64(c.value(u"certificate-authority-data"_s).toString().toLatin1()),
            cluster.certificateAuthorityData);
        QCOMPARE(c.value(u"proxy-url"_s).toString(), u"socks5://127.0.0.1:1080"_s);
        QCOMPARE(c.value(u"config"_s).toObject().value(u"audience"_s).toString(),
                 u"sts.amazonaws.com"_s);

        // omitempty: unset fields are absent, not empty.
        ExecCredential::ClusterInfo bare;
        bare.server = u"https://a"_s;
        const QJsonObject b = QJsonDocument::fromJson(ExecCredential::execInfo(v1, &bare))
                                  .object()
                                  .value(u"spec"_s)
                                  .toObject()
                                  .value(u"cluster"_s)
                                  .toObject();
        QCOMPARE(b.keys(), QStringList{u"server"_s});
    }
};

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
