// KubeUserCredentials and KubeClusterDetails: credential material and connection details read
// back from a kubeconfig on demand (the loader keeps none), into secure memory; data fields
// before files, relative paths against the kubeconfig's directory, exec plugin settings, the
// cluster's exec extension, token files, and an entry that vanished from the file.

#include "Bootstrap.h"
#include "KubeClusterDetails.h"
#include "KubeUserCredentials.h"
#include "KubeconfigLoader.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <openssl/crypto.h>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

QByteArray lines(std::initializer_list<QByteArray> list) {
    QByteArray out;
    for (const QByteArray &line : list)
        out += line + '\n';
    return out;
}

bool writeFile(const QString &path, const QByteArray &contents) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(contents) == contents.size();
}

QByteArray b64(const char *text) {
    return QByteArray(text).toBase64();
}

} // namespace

class TestKubeUserCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;
    KubeconfigLoader::Result m_loaded;

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"certs"_s));
        QVERIFY(writeFile(m_dir.filePath(u"certs/user.crt"_s), "CERT FROM FILE\n"));
        QVERIFY(writeFile(m_dir.filePath(u"certs/user.key"_s), "KEY FROM FILE\n"));
        QVERIFY(writeFile(m_dir.filePath(u"certs/ca.crt"_s), "CA FROM FILE\n"));
        QVERIFY(writeFile(m_dir.filePath(u"token"_s), "  file-token-123 \n\n"));
        QVERIFY(writeFile(m_dir.filePath(u"empty-token"_s), " \n"));
        m_config = m_dir.filePath(u"config"_s);
        const QByteArray yaml = lines({"apiVersion: v1",
                                       "kind: Config",
                                       "clusters:",
                                       "- name: with-data",
                                       "  cluster:",
                                       "    server: https://a.example:6443",
                                       "    certificate-authority-data: " + b64("CA FROM DATA\n"),
                                       "    extensions:",
                                       "    - name: other",
                                       "      extension: {x: 1}",
                                       "    - name: client.authentication.k8s.io/exec",
                                       "      extension:",
                                       "        audience: sts.amazonaws.com",
                                       "        retries: 3",
                                       "        debug: true",
                                       "        regions: [eu-west-1, us-east-1]",
                                       "- name: with-file",
                                       "  cluster:",
                                       "    server: https://b.example:6443",
                                       "    certificate-authority: certs/ca.crt",
                                       "- name: system",
                                       "  cluster:",
                                       "    server: https://c.example",
                                       "- name: bad-ca",
                                       "  cluster:",
                                       "    server: https://d.example",
                                       "    certificate-authority-data: '%%% not base64'",
                                       "users:",
                                       "- name: token",
                                       "  user:",
                                       "    token: static-token-abc",
                                       "- name: cert-data",
                                       "  user:",
                                       "    client-certificate-data: " + b64("CERT FROM DATA\n"),
                                       "    client-key-data: " + b64("KEY FROM DATA\n"),
                                       "    client-certificate: certs/user.crt",
                                       "- name: cert-file",
                                       "  user:",
                                       "    client-certificate: certs/user.crt",
                                       "    client-key: certs/user.key",
                                       "- name: basic",
                                       "  user:",
                                       "    username: admin",
                                       "    password: \"s3cr3t: yes\"",
                                       "- name: oidc",
                                       "  user:",
                                       "    auth-provider:",
                                       "      name: oidc",
                                       "      config:",
                                       "        client-id: kubernetes",
                                       "        id-token: eyJ.oidc.token",
                                       "        idp-issuer-url: https://issuer.example",
                                       "- name: exec",
                                       "  user:",
                                       "    exec:",
                                       "      apiVersion: client.authentication.k8s.io/v1",
                                       "      command: aws",
                                       "      args: [eks, get-token]",
                                       "      env:",
                                       "      - name: AWS_PROFILE",
                                       "        value: prod",
                                       "      - name: EMPTY",
                                       "        value: ''",
                                       "      installHint: Install the AWS CLI",
                                       "      provideClusterInfo: true",
                                       "      interactiveMode: Never",
                                       "- name: bad-key",
                                       "  user:",
                                       "    client-key-data: '!!!'",
                                       "- name: missing-file",
                                       "  user:",
                                       "    client-key: certs/nope.key",
                                       "contexts: []"});
        QVERIFY(writeFile(m_config, yaml));
        m_loaded = KubeconfigLoader::load({m_config});
        QVERIFY(m_loaded.ok());
    }

    void token() {
        KubeUserCredentials c;
        QString error;
        QVERIFY2(KubeUserCredentials::read(*m_loaded.config.user(u"token"_s), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.token.view(), QByteArrayView("static-token-abc"));
        QVERIFY(CRYPTO_secure_allocated(c.token.data()));
        QVERIFY(c.clientKey.isEmpty());
        QVERIFY(c.password.isEmpty());
    }

    void clientCertificateDataBeforeFile() {
        KubeUserCredentials c;
        QString error;
        QVERIFY2(KubeUserCredentials::read(*m_loaded.config.user(u"cert-data"_s), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.clientCertificate.view(), QByteArrayView("CERT FROM DATA\n"));
        QCOMPARE(c.clientKey.view(), QByteArrayView("KEY FROM DATA\n"));
        QVERIFY(CRYPTO_secure_allocated(c.clientKey.data()));
    }

    void clientCertificateFilesRelativeToKubeconfig() {
        KubeUserCredentials c;
        QString error;
        QVERIFY2(KubeUserCredentials::read(*m_loaded.config.user(u"cert-file"_s), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.clientCertificate.view(), QByteArrayView("CERT FROM FILE\n"));
        QCOMPARE(c.clientKey.view(), QByteArrayView("KEY FROM FILE\n"));
    }

    void basicAuth() {
        KubeUserCredentials c;
        QString error;
        QVERIFY2(KubeUserCredentials::read(*m_loaded.config.user(u"basic"_s), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.password.view(), QByteArrayView("s3cr3t: yes"));
        QCOMPARE(m_loaded.config.user(u"basic"_s)->username, u"admin"_s);
    }

    void oidcIdToken() {
        KubeUserCredentials c;
        QString error;
        QVERIFY2(KubeUserCredentials::read(*m_loaded.config.user(u"oidc"_s), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.authProviderIdToken.view(), QByteArrayView("eyJ.oidc.token"));
    }

    void execSettings() {
        KubeUserCredentials c;
        QString error;
        QVERIFY2(KubeUserCredentials::read(*m_loaded.config.user(u"exec"_s), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.execEnv.size(), 2);
        QCOMPARE(c.execEnv.at(0).name, u"AWS_PROFILE"_s);
        QCOMPARE(c.execEnv.at(0).value, u"prod"_s);
        QCOMPARE(c.execEnv.at(1).name, u"EMPTY"_s);
        QCOMPARE(c.execEnv.at(1).value, QString());
        QCOMPARE(c.execInstallHint, u"Install the AWS CLI"_s);
        QVERIFY(c.execProvideClusterInfo);
        QCOMPARE(c.execInteractiveMode, u"Never"_s);
        QVERIFY(c.token.isEmpty());
    }

    void badBase64() {
        KubeUserCredentials c;
        QString error;
        QVERIFY(!KubeUserCredentials::read(*m_loaded.config.user(u"bad-key"_s), &c, &error));
        QCOMPARE(error, u"\"client-key-data\" is not valid base64"_s);
    }

    void missingKeyFile() {
        KubeUserCredentials c;
        QString error;
        QVERIFY(!KubeUserCredentials::read(*m_loaded.config.user(u"missing-file"_s), &c, &error));
        QVERIFY2(error.contains(m_dir.filePath(u"certs/nope.key"_s)), qPrintable(error));
    }

    void userRemovedFromFile() {
        KubeUser gone = *m_loaded.config.user(u"token"_s);
        gone.name = u"deleted-meanwhile"_s;
        KubeUserCredentials c;
        QString error;
        QVERIFY(!KubeUserCredentials::read(gone, &c, &error));
        QVERIFY2(error.contains(u"no longer defines user \"deleted-meanwhile\""_s),
                 qPrintable(error));
    }

    void inMemoryUserReadsNothing() {
        KubeUser user;
        user.name = u"simulated"_s;
        KubeUserCredentials c;
        QString error;
        QVERIFY(KubeUserCredentials::read(user, &c, &error));
        QVERIFY(c.token.isEmpty());
    }

    void tokenFileTrimmedAndReReadEachTime() {
        const QString path = m_dir.filePath(u"token"_s);
        SecureBuffer token;
        QString error;
        QVERIFY2(KubeUserCredentials::readTokenFile(path, &token, &error), qPrintable(error));
        QCOMPARE(token.view(), QByteArrayView("file-token-123"));
        QVERIFY(writeFile(path, "rotated-token\n"));
        QVERIFY(KubeUserCredentials::readTokenFile(path, &token, &error));
        QCOMPARE(token.view(), QByteArrayView("rotated-token"));

        QVERIFY(
            !KubeUserCredentials::readTokenFile(m_dir.filePath(u"empty-token"_s), &token, &error));
        QVERIFY2(error.contains(u"is empty"_s), qPrintable(error));
        QVERIFY(!KubeUserCredentials::readTokenFile(m_dir.filePath(u"no-such"_s), &token, &error));
        QVERIFY2(error.contains(u"cannot read"_s), qPrintable(error));
    }

    void clusterCertificateAuthorityDataAndExecConfig() {
        KubeClusterDetails d;
        QString error;
        QVERIFY2(KubeClusterDetails::read(*m_loaded.config.cluster(u"with-data"_s), &d, &error),
                 qPrintable(error));
        QCOMPARE(d.certificateAuthority, QByteArray("CA FROM DATA\n"));
        const QJsonObject config = d.execConfig.toObject();
        QCOMPARE(config.value(u"audience"_s).toString(), u"sts.amazonaws.com"_s);
        QCOMPARE(config.value(u"retries"_s).toInt(), 3);
        QCOMPARE(config.value(u"debug"_s).toBool(), true);
        QCOMPARE(config.value(u"regions"_s).toArray().at(1).toString(), u"us-east-1"_s);
    }

    void clusterCertificateAuthorityFile() {
        KubeClusterDetails d;
        QString error;
        QVERIFY2(KubeClusterDetails::read(*m_loaded.config.cluster(u"with-file"_s), &d, &error),
                 qPrintable(error));
        QCOMPARE(d.certificateAuthority, QByteArray("CA FROM FILE\n"));
        QCOMPARE(d.execConfig, QJsonValue());

        QVERIFY(KubeClusterDetails::read(*m_loaded.config.cluster(u"system"_s), &d, &error));
        QVERIFY(d.certificateAuthority.isEmpty());

        QVERIFY(!KubeClusterDetails::read(*m_loaded.config.cluster(u"bad-ca"_s), &d, &error));
        QCOMPARE(error, u"\"certificate-authority-data\" is not valid base64"_s);
    }
};

QTEST_GUILESS_MAIN(TestKubeUserCredentials)
#include "tst_kubeusercredentials.moc"
