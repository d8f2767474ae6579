// KubeUserCredentials and KubeClusterDetails: credential material and connection details read
// back from a kubeconfig on demand (the loader keeps none), into secure memory; data fields
// before files, relative paths against the kubeconfig's directory, exec plugin settings, the
// cluster's exec extension, token files, and an entry that vanished from the file. The exec
// extension's JSON is compared with what the real kubectl makes of the same file (`kubectl
// config view --raw -o json`), value types, merge keys, map keys and refusals included.

#include "Bootstrap.h"
#include "KubeClusterDetails.h"
#include "KubeUserCredentials.h"
#include "KubeconfigLoader.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
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

// A kubeconfig whose cluster "c" has the exec extension `extension` (YAML lines, indented
// under `extension:`), on line 10 onwards.
QByteArray withExecExtension(const QByteArrayList &extension) {
    QByteArray out = lines({"apiVersion: v1", "kind: Config", "clusters:", "- name: c",
                            "  cluster:", "    server: https://c.example:6443", "    extensions:",
                            "    - name: client.authentication.k8s.io/exec", "      extension:"});
    for (const QByteArray &line : extension)
        out += "        " + line + '\n';
    return out + lines({"contexts: []", "users: []"});
}

struct Kubectl {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `kubectl config view --raw -o json` on kubeconfig alone (HOME is the file's directory).
Kubectl kubectlView(const QString &kubectl, const QString &kubeconfig) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KUBECONFIG"_s, kubeconfig);
    env.insert(u"HOME"_s, QFileInfo(kubeconfig).absolutePath());
    process.setProcessEnvironment(env);
    process.start(kubectl, {u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s, u"json"_s});
    Kubectl result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The exec extension of the first cluster in kubectl's view.
QJsonValue kubectlExecConfig(const QByteArray &view) {
    const QJsonArray extensions = QJsonDocument::fromJson(view)
                                      .object()
                                      .value(u"clusters"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"cluster"_s)
                                      .toObject()
                                      .value(u"extensions"_s)
                                      .toArray();
    for (const QJsonValue &e : extensions)
        if (e.toObject().value(u"name"_s) == u"client.authentication.k8s.io/exec"_s)
            return e.toObject().value(u"extension"_s);
    return {};
}

} // namespace

class TestKubeUserCredentials : public QObject {
    Q_OBJECT

    static QString findKubectl() {
        const QString found = QStandardPaths::findExecutable(u"kubectl"_s);
        if (found.isEmpty() && QFileInfo(u"/usr/bin/kubectl"_s).isExecutable())
            return u"/usr/bin/kubectl"_s;
        return found;
    }

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

    void execConfigTypedAsKubectl() {
        // Issue 15: toJson had a rule of its own (true and false only, a quoted "true" a
        // boolean, `yes` a string); kubectl reads the file with go-yaml v2 (sigs.k8s.io/yaml).
        const QString kubectl = findKubectl();
        if (kubectl.isEmpty())
            QFAIL("kubectl was not found; this test compares with `kubectl config view`");
        const QString file = m_dir.filePath(u"exec-types.yaml"_s);
        QVERIFY(
            writeFile(file, withExecExtension({
                                "plainYes: yes",
                                "quotedTrue: \"true\"",
                                "plainOff: Off",
                                "single: 'on'",
                                "caps: tRUE",
                                "octal: 0644",
                                "hex: 0x1F",
                                "underscored: 1_000",
                                "notOctal: 08",
                                "float: 1e3",
                                "half: .5",
                                "version: 1.10",
                                "dotted: 1.2.3",
                                "exact: 9007199254740993",
                                "uint64: 18446744073709551615",
                                "huge: 12345678901234567890123",
                                "tilde: ~",
                                "empty:",
                                "nullWord: Null",
                                "quotedNull: 'null'",
                                "date: 2001-12-14",
                                "tagged: !!str 5",
                                "taggedInt: !!int \"3\"",
                                "list: [yes, \"no\", 1, \"2\", ~]",
                                "folded: >-",
                                "  a",
                                "  b",
                                "y: shadowed", // y and yes are both true: one key, the later value
                                "yes: a boolean key",
                                "1: an integer key",
                                "0x10: a hex key",
                                "1e3: a float key",
                                "1e6: x",
                                "0.00001: x",
                                "123456789.123: x",
                                "100000.5: x",
                                "-0.0: x",
                                "1.5e300: x",
                                "-.inf: x",
                                "12345678901234567890123: beyond uint64, a float",
                                "'2': a quoted key",
                                "replaced: 1",
                                "<<: {replaced: 2, merged: 1}",
                                "<<: [{first: 1}, {first: 2, second: 2}]",
                                "kept: 1",
                                "'<<': not a merge",
                            })));
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({file});
        QVERIFY(loaded.ok());
        KubeClusterDetails d;
        QString error;
        QVERIFY2(KubeClusterDetails::read(*loaded.config.cluster(u"c"_s), &d, &error),
                 qPrintable(error));
        const QJsonObject ours = d.execConfig.toObject();

        // The cases spelled out, so that a failure says which rule broke.
        QCOMPARE(ours.value(u"plainYes"_s), QJsonValue(true));
        QCOMPARE(ours.value(u"quotedTrue"_s), QJsonValue(u"true"_s));
        QCOMPARE(ours.value(u"plainOff"_s), QJsonValue(false));
        QCOMPARE(ours.value(u"single"_s), QJsonValue(u"on"_s));
        QCOMPARE(ours.value(u"caps"_s), QJsonValue(u"tRUE"_s));
        QCOMPARE(ours.value(u"octal"_s), QJsonValue(420));
        QCOMPARE(ours.value(u"hex"_s), QJsonValue(31));
        QCOMPARE(ours.value(u"notOctal"_s), QJsonValue(8));
        QCOMPARE(ours.value(u"float"_s), QJsonValue(1000));
        QCOMPARE(ours.value(u"version"_s), QJsonValue(1.1));
        QCOMPARE(ours.value(u"dotted"_s), QJsonValue(u"1.2.3"_s));
        QCOMPARE(ours.value(u"exact"_s), QJsonValue(qint64(9007199254740993)));
        QCOMPARE(ours.value(u"tilde"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(ours.value(u"empty"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(ours.value(u"quotedNull"_s), QJsonValue(u"null"_s));
        QCOMPARE(ours.value(u"date"_s), QJsonValue(u"2001-12-14"_s));
        QCOMPARE(ours.value(u"tagged"_s), QJsonValue(u"5"_s));
        QCOMPARE(ours.value(u"taggedInt"_s), QJsonValue(3));
        QCOMPARE(ours.value(u"folded"_s), QJsonValue(u"a b"_s));
        QCOMPARE(ours.value(u"true"_s), QJsonValue(u"a boolean key"_s));
        QCOMPARE(ours.value(u"16"_s), QJsonValue(u"a hex key"_s));
        QCOMPARE(ours.value(u"1000"_s), QJsonValue(u"a float key"_s));
        QVERIFY(ours.contains(u"1e+06"_s));
        QVERIFY(ours.contains(u"1e-05"_s));
        QVERIFY(ours.contains(u"1.2345679e+08"_s));
        QVERIFY(ours.contains(u"100000.5"_s));
        QVERIFY(ours.contains(u"-0"_s));
        QVERIFY(ours.contains(u".inf"_s));
        QVERIFY(ours.contains(u"-.inf"_s));
        QCOMPARE(ours.value(u"1.2345679e+22"_s), QJsonValue(u"beyond uint64, a float"_s));
        QCOMPARE(ours.value(u"replaced"_s), QJsonValue(2)); // the merge comes later
        QCOMPARE(ours.value(u"merged"_s), QJsonValue(1));
        QCOMPARE(ours.value(u"first"_s), QJsonValue(1)); // earlier mappings win
        QCOMPARE(ours.value(u"second"_s), QJsonValue(2));
        QCOMPARE(ours.value(u"<<"_s), QJsonValue(u"not a merge"_s));
        QVERIFY(!ours.contains(u"y"_s));
        QCOMPARE(ours.value(u"2"_s), QJsonValue(u"a quoted key"_s));

        // And all of it as kubectl has it.
        const Kubectl view = kubectlView(kubectl, file);
        QVERIFY2(view.exitCode == 0, view.err.constData());
        const QJsonValue theirs = kubectlExecConfig(view.out);
        QVERIFY2(theirs.isObject(), view.out.constData());
        QCOMPARE(QStringList(ours.keys()), QStringList(theirs.toObject().keys()));
        for (const QString &key : ours.keys())
            QVERIFY2(
                ours.value(key) == theirs.toObject().value(key),
                qPrintable(
                    key + u": ours "_s +
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray{ours.value(key)}).toJson(QJsonDocument::Compact)) +
                    u", kubectl's "_s +
                    QString::fromUtf8(QJsonDocument(QJsonArray{theirs.toObject().value(key)})
                                          .toJson(QJsonDocument::Compact))));
    }

    void execConfigRefusedAsKubectl_data() {
        QTest::addColumn<QByteArrayList>("extension");
        QTest::addColumn<QString>("message"); // %1 the file
        // encoding/json has no number for them: "json: unsupported value: +Inf".
        QTest::newRow("infinite value")
            << QByteArrayList{"ok: 1", "limit: .inf"}
            << u"the exec plugin configuration in %1, line 11, has the value .inf, which JSON "
               "has no number for (kubectl refuses the file)"_s;
        QTest::newRow("NaN in a list")
            << QByteArrayList{"values: [1, .NaN]"}
            << u"the exec plugin configuration in %1, line 10, has the value .NaN, which JSON "
               "has no number for (kubectl refuses the file)"_s;
        // sigs.k8s.io/yaml: "unsupported map key of type: %!s(<nil>)", "...: uint64".
        QTest::newRow("null key")
            << QByteArrayList{"~: x"}
            << u"the exec plugin configuration in %1, line 10, has a key that is null, a list, "
               "a mapping or an integer from 2^63 to 2^64-1, which kubectl refuses"_s;
        QTest::newRow("uint64 key")
            << QByteArrayList{"nested:", "  12345678901234567890: x"}
            << u"the exec plugin configuration in %1, line 11, has a key that is null, a list, "
               "a mapping or an integer from 2^63 to 2^64-1, which kubectl refuses"_s;
        // go-yaml: "invalid map key: []interface {}{1, 2}".
        QTest::newRow("list key")
            << QByteArrayList{"? [1, 2]", ": x"}
            << u"the exec plugin configuration in %1, line 10, has a key that is null, a list, "
               "a mapping or an integer from 2^63 to 2^64-1, which kubectl refuses"_s;
        // go-yaml: "map merge requires map or sequence of maps as the value".
        QTest::newRow("merge of a scalar")
            << QByteArrayList{"<<: 1"}
            << u"the exec plugin configuration in %1, line 10, merges (<<) something other "
               "than a mapping or a list of mappings, which kubectl refuses"_s;
        QTest::newRow("merge of a list of scalars")
            << QByteArrayList{"a: 1", "<<: [{b: 2}, 3]"}
            << u"the exec plugin configuration in %1, line 11, merges (<<) something other "
               "than a mapping or a list of mappings, which kubectl refuses"_s;
    }

    void execConfigRefusedAsKubectl() {
        QFETCH(QByteArrayList, extension);
        QFETCH(QString, message);
        const QString kubectl = findKubectl();
        if (kubectl.isEmpty())
            QFAIL("kubectl was not found; this test compares with `kubectl config view`");
        const QString file = m_dir.filePath(u"exec-refused.yaml"_s);
        QVERIFY(writeFile(file, withExecExtension(extension)));
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({file});
        QVERIFY(loaded.ok());
        KubeClusterDetails d;
        QString error;
        QVERIFY(!KubeClusterDetails::read(*loaded.config.cluster(u"c"_s), &d, &error));
        QCOMPARE(error, message.arg(file));
        QCOMPARE(d.execConfig, QJsonValue());

        const Kubectl view = kubectlView(kubectl, file);
        QVERIFY2(view.exitCode == 1, view.out.constData());
        QVERIFY2(view.err.contains("error loading config file"), view.err.constData());
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
