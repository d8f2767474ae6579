// SPDX-License-Identifier: GPL-3.0-or-later
//
// ValuesCheck and ChartValues: every rule broken on its own, starting from the procedure's
// own pair of values files (seed/wan-federation-kubernetes.md, dc1 primary and dc2 secondary,
// indented as the chart nests them), each case asserting the key path, severity, file and line
// of the problem and how many problems there are in all; the correct pair and its documented
// variations yielding none; and ChartValues against the real chart values file in shared/.

#include "ChartValues.h"
#include "HostReachability.h"
#include "ValuesCheck.h"
#include "ValuesProblem.h"

#include <QtCore/QByteArray>
#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtTest/QTest>

#include <optional>

#ifndef FEDERATOR_SHARED_DIR
#error "FEDERATOR_SHARED_DIR must name the shared reference directory"
#endif

using namespace Qt::StringLiterals;
using Severity = ValuesProblem::Severity;

Q_DECLARE_METATYPE(ValuesProblem::Severity)

namespace {

const QString ChartFile =
    QStringLiteral(FEDERATOR_SHARED_DIR "/reference/consul-k8s-chart-values.yaml");

// The procedure's primary values (First Time Installation).
const QByteArray Primary = "global:\n"                          // 1
                           "  name: consul\n"                   // 2
                           "  datacenter: dc1\n"                // 3
                           "  tls:\n"                           // 4
                           "    enabled: true\n"                // 5
                           "  federation:\n"                    // 6
                           "    enabled: true\n"                // 7
                           "    createFederationSecret: true\n" // 8
                           "  acls:\n"                          // 9
                           "    manageSystemACLs: true\n"       // 10
                           "    createReplicationToken: true\n" // 11
                           "  gossipEncryption:\n"              // 12
                           "    autoGenerate: true\n"           // 13
                           "connectInject:\n"                   // 14
                           "  enabled: true\n"                  // 15
                           "meshGateway:\n"                     // 16
                           "  enabled: true\n";                 // 17

// The procedure's secondary values (config-cluster2.yaml), with the API server URL filled in.
const QByteArray Secondary =
    "global:\n"                                                             // 1
    "  name: consul\n"                                                      // 2
    "  datacenter: dc2\n"                                                   // 3
    "  tls:\n"                                                              // 4
    "    enabled: true\n"                                                   // 5
    "    caCert:\n"                                                         // 6
    "      secretName: consul-federation\n"                                 // 7
    "      secretKey: caCert\n"                                             // 8
    "    caKey:\n"                                                          // 9
    "      secretName: consul-federation\n"                                 // 10
    "      secretKey: caKey\n"                                              // 11
    "  acls:\n"                                                             // 12
    "    manageSystemACLs: true\n"                                          // 13
    "    replicationToken:\n"                                               // 14
    "      secretName: consul-federation\n"                                 // 15
    "      secretKey: replicationToken\n"                                   // 16
    "  federation:\n"                                                       // 17
    "    enabled: true\n"                                                   // 18
    "    k8sAuthMethodHost: https://4F3A.gr7.eu-west-1.eks.amazonaws.com\n" // 19
    "    primaryDatacenter: dc1\n"                                          // 20
    "  gossipEncryption:\n"                                                 // 21
    "    secretName: consul-federation\n"                                   // 22
    "    secretKey: gossipEncryptionKey\n"                                  // 23
    "connectInject:\n"                                                      // 24
    "  enabled: true\n"                                                     // 25
    "meshGateway:\n"                                                        // 26
    "  enabled: true\n"                                                     // 27
    "server:\n"                                                             // 28
    "  extraVolumes:\n"                                                     // 29
    "    - type: secret\n"                                                  // 30
    "      name: consul-federation\n"                                       // 31
    "      items:\n"                                                        // 32
    "        - key: serverConfigJSON\n"                                     // 33
    "          path: config.json\n"                                         // 34
    "      load: true\n";                                                   // 35

// base with `before` (which must occur exactly once) replaced; a null array otherwise, which
// the test functions refuse, so a fixture typo cannot pass silently.
QByteArray edited(const QByteArray &base, const QByteArray &before, const QByteArray &after) {
    if (base.count(before) != 1)
        return {};
    QByteArray text = base;
    return text.replace(before, after);
}

QByteArray secondaryNamed(const QByteArray &name) {
    return edited(Secondary, "  datacenter: dc2\n", "  datacenter: " + name + "\n");
}

QList<ValuesProblem> check(const QList<QByteArray> &texts, const ChartValues *chart = nullptr,
                           Severity unknownKeys = Severity::Error) {
    QList<ValuesCheck::Values> values;
    for (qsizetype i = 0; i < texts.size(); ++i)
        values.append({u"dc%1.yaml"_s.arg(i + 1), texts.at(i)});
    return ValuesCheck::check(values, chart, unknownKeys);
}

QString describe(const QList<ValuesProblem> &problems) {
    QStringList lines;
    for (const ValuesProblem &p : problems)
        lines.append(u"%1:%2:%3: %4: %5: %6"_s.arg(p.file).arg(p.line).arg(p.column).arg(
            p.severity == Severity::Error ? u"error"_s : u"warning"_s, p.key, p.message));
    return lines.join(u'\n');
}

} // namespace

class TestValuesCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void procedurePairHasNoProblems();
    void correctVariations_data();
    void correctVariations();
    void rules_data();
    void rules();
    void problemFields();
    void problemsInFileAndLineOrder();
    void unknownKeysWithChart();
    void misspeltFederationIsAnError();
    void chartDefaultsFillIn();
    void unreachableHosts_data();
    void unreachableHosts();
    void unreachableHostSpellings_data();
    void unreachableHostSpellings();
    void badInputNeverCrashes_data();
    void badInputNeverCrashes();

    void chartKnownKeys_data();
    void chartKnownKeys();
    void chartSuggestions_data();
    void chartSuggestions();
    void chartDefaults();
    void chartLoadErrors();
    void splitKeyPath();
    void editDistance_data();
    void editDistance();

private:
    ChartValues m_chart;
};

void TestValuesCheck::initTestCase() {
    QString error;
    QVERIFY2(m_chart.load(ChartFile, &error), qPrintable(error));
}

void TestValuesCheck::procedurePairHasNoProblems() {
    const QList<ValuesProblem> without = check({Primary, Secondary});
    QVERIFY2(without.isEmpty(), qPrintable(describe(without)));
    const QList<ValuesProblem> with = check({Primary, Secondary}, &m_chart);
    QVERIFY2(with.isEmpty(), qPrintable(describe(with)));
}

void TestValuesCheck::correctVariations_data() {
    QTest::addColumn<QList<QByteArray>>("texts");

    QTest::newRow("secondary first") << QList<QByteArray>{Secondary, Primary};
    QTest::newRow("three datacenters")
        << QList<QByteArray>{Primary, Secondary, secondaryNamed("dc3")};
    QTest::newRow("primary alone") << QList<QByteArray>{Primary};
    QTest::newRow("secondary alone") << QList<QByteArray>{Secondary};

    // Helm reads YAML 1.1 booleans.
    QByteArray yes = Primary;
    QByteArray on = Secondary;
    QTest::newRow("yes, True and on") << QList<QByteArray>{
        yes.replace("true", "yes"), edited(on.replace("true", "on"), "  enabled: on\n    caCert",
                                           "  enabled: True\n    caCert")};

    // ACLs off everywhere, as the procedure shows it: then no replication token and no
    // k8sAuthMethodHost are needed.
    const QByteArray primaryNoAcls =
        edited(Primary, "    manageSystemACLs: true\n    createReplicationToken: true\n",
               "    manageSystemACLs: false\n    createReplicationToken: false\n");
    const QByteArray secondaryNoAcls =
        edited(edited(Secondary,
                      "    manageSystemACLs: true\n    replicationToken:\n"
                      "      secretName: consul-federation\n      secretKey: replicationToken\n",
                      "    manageSystemACLs: false\n"),
               "    k8sAuthMethodHost: https://4F3A.gr7.eu-west-1.eks.amazonaws.com\n", "");
    QTest::newRow("ACLs off") << QList<QByteArray>{primaryNoAcls, secondaryNoAcls};

    // Gossip encryption off everywhere, as the procedure shows it.
    QTest::newRow("gossip off") << QList<QByteArray>{
        edited(Primary, "  gossipEncryption:\n    autoGenerate: true\n",
               "  # gossipEncryption:\n  #   autoGenerate: true\n"),
        edited(Secondary,
               "  gossipEncryption:\n    secretName: consul-federation\n"
               "    secretKey: gossipEncryptionKey\n",
               "  # gossipEncryption:\n")};

    QTest::newRow("NodePort and Static WAN address") << QList<QByteArray>{
        Primary + "  service:\n    type: NodePort\n    nodePort: 30443\n"
                  "  wanAddress:\n    source: Static\n    static: gw.dc1.example.com\n",
        Secondary};

    // primaryGateways instead of the federation secret's serverConfigJSON.
    QTest::newRow("primaryGateways")
        << QList<QByteArray>{Primary, edited(Secondary, "      load: true\n", "      load: false\n")
                                          .replace("    primaryDatacenter: dc1\n",
                                                   "    primaryDatacenter: dc1\n"
                                                   "    primaryGateways: [\"203.0.113.7:443\"]\n")};

    QTest::newRow("primary names itself")
        << QList<QByteArray>{edited(Primary, "    createFederationSecret: true\n",
                                    "    createFederationSecret: true\n"
                                    "    primaryDatacenter: dc1\n"),
                             Secondary};

    QTest::newRow("JSON values") << QList<QByteArray>{QByteArray(
        R"({"global": {"datacenter": "dc1", "tls": {"enabled": true},
            "federation": {"enabled": true, "createFederationSecret": true}},
            "connectInject": {"enabled": true}, "meshGateway": {"enabled": true}})")};
}

void TestValuesCheck::correctVariations() {
    QFETCH(QList<QByteArray>, texts);
    for (const QByteArray &text : std::as_const(texts))
        QVERIFY2(!text.isNull(), "a fixture edit did not apply");
    const QList<ValuesProblem> without = check(texts);
    QVERIFY2(without.isEmpty(), qPrintable(describe(without)));
    const QList<ValuesProblem> with = check(texts, &m_chart);
    QVERIFY2(with.isEmpty(), qPrintable(describe(with)));
}

void TestValuesCheck::rules_data() {
    QTest::addColumn<QList<QByteArray>>("texts");
    QTest::addColumn<int>("file"); // index into texts
    QTest::addColumn<QString>("key");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("count");       // problems in all; -1 when other rules fire as well
    QTest::addColumn<QString>("message"); // a part of the message

    auto pair = [](const QByteArray &primary, const QByteArray &secondary) {
        return QList<QByteArray>{primary, secondary};
    };
    const Severity E = Severity::Error;
    const Severity W = Severity::Warning;

    // --- YAML that does not parse (or is no mapping)
    QTest::newRow("syntax error") << pair(Primary, edited(Secondary, "  datacenter: dc2\n",
                                                          "  datacenter: dc2: x\n"))
                                  << 1 << QString() << E << 3 << 1 << u"not valid YAML"_s;
    QTest::newRow("tab indentation")
        << pair(edited(Primary, "  name: consul\n", "\tname: consul\n"), Secondary) << 0
        << QString() << E << 2 << -1 << u"not valid YAML"_s;
    QTest::newRow("a list, not a mapping") << pair(Primary, "- global\n- datacenter\n") << 1
                                           << QString() << E << 1 << 1 << u"mapping"_s;
    QTest::newRow("key set twice")
        << pair(edited(Primary, "  name: consul\n", "  name: consul\n  name: other\n"), Secondary)
        << 0 << u"global.name"_s << W << 3 << 1 << u"line 2"_s;

    // --- settings federation needs
    QTest::newRow("tls off") << pair(edited(Primary, "  tls:\n    enabled: true\n",
                                            "  tls:\n    enabled: false\n"),
                                     Secondary)
                             << 0 << u"global.tls.enabled"_s << E << 5 << 1 << u"must be true"_s;
    QTest::newRow("tls not a boolean")
        << pair(edited(Primary, "  tls:\n    enabled: true\n", "  tls:\n    enabled: maybe\n"),
                Secondary)
        << 0 << u"global.tls.enabled"_s << E << 5 << 1 << u"\"maybe\""_s;
    QTest::newRow("tls null") << pair(Primary, edited(Secondary, "  tls:\n    enabled: true\n",
                                                      "  tls:\n    enabled:\n"))
                              << 1 << u"global.tls.enabled"_s << E << 5 << 1 << u"must be true"_s;
    QTest::newRow("tls missing") << pair(edited(Primary, "  tls:\n    enabled: true\n", ""),
                                         Secondary)
                                 << 0 << u"global.tls.enabled"_s << E << 1 << 1 << u"not set"_s;
    QTest::newRow("federation off")
        << pair(Primary, edited(Secondary, "  federation:\n    enabled: true\n",
                                "  federation:\n    enabled: false\n"))
        << 1 << u"global.federation.enabled"_s << E << 18 << 1 << u"must be true"_s;
    QTest::newRow("connectInject off")
        << pair(edited(Primary, "connectInject:\n  enabled: true\n",
                       "connectInject:\n  enabled: false\n"),
                Secondary)
        << 0 << u"connectInject.enabled"_s << E << 15 << 1 << u"must be true"_s;
    QTest::newRow("connectInject left to an unknown chart's default")
        << pair(edited(Primary, "connectInject:\n  enabled: true\n", ""), Secondary) << 0
        << u"connectInject.enabled"_s << W << 0 << 1 << u"older charts"_s;
    QTest::newRow("meshGateway off (YAML 1.1 off)")
        << pair(Primary, edited(Secondary, "meshGateway:\n  enabled: true\n",
                                "meshGateway:\n  enabled: off\n"))
        << 1 << u"meshGateway.enabled"_s << E << 27 << 1 << u"must be true"_s;
    QTest::newRow("meshGateway missing")
        << pair(edited(Primary, "meshGateway:\n  enabled: true\n", ""), Secondary) << 0
        << u"meshGateway.enabled"_s << E << 0 << 1 << u"not set"_s;

    // --- one primary, creating the federation secret
    QTest::newRow("secondary creates the federation secret too")
        << pair(Primary, edited(Secondary, "    enabled: true\n    k8sAuthMethodHost",
                                "    enabled: true\n    createFederationSecret: true\n"
                                "    k8sAuthMethodHost"))
        << 1 << u"global.federation.createFederationSecret"_s << E << 19 << 1
        << u"only the primary"_s;
    QTest::newRow("two primaries")
        << pair(Primary, edited(Primary, "  datacenter: dc1\n", "  datacenter: dc2\n")) << 1
        << u"global.federation.createFederationSecret"_s << E << 8 << -1 << u"only the primary"_s;
    QTest::newRow("primary without createFederationSecret")
        << pair(edited(Primary, "    createFederationSecret: true\n",
                       "    createFederationSecret: false\n"),
                Secondary)
        << 0 << u"global.federation.createFederationSecret"_s << E << 8 << 1
        << u"must create the federation secret"_s;
    QTest::newRow("no primary at all")
        << QList<QByteArray>{edited(Secondary, "    primaryDatacenter: dc1\n", "")} << 0
        << u"global.federation.createFederationSecret"_s << E << 17 << 1 << u"no datacenter"_s;
    QTest::newRow("primary names another primary")
        << pair(edited(Primary, "    createFederationSecret: true\n",
                       "    createFederationSecret: true\n    primaryDatacenter: dc2\n"),
                Secondary)
        << 0 << u"global.federation.primaryDatacenter"_s << E << 9 << 1 << u"\"dc2\""_s;

    // --- secondaries name the primary
    QTest::newRow("secondary names the wrong primary")
        << pair(Primary,
                edited(Secondary, "    primaryDatacenter: dc1\n", "    primaryDatacenter: dc9\n"))
        << 1 << u"global.federation.primaryDatacenter"_s << E << 20 << 1 << u"\"dc9\""_s;
    QTest::newRow("secondary names no primary")
        << pair(Primary, edited(Secondary, "    primaryDatacenter: dc1\n", "")) << 1
        << u"global.federation.primaryDatacenter"_s << E << 17 << 1 << u"\"dc1\""_s;

    // --- ACLs: replication token
    QTest::newRow("primary without replication token")
        << pair(edited(Primary, "    createReplicationToken: true\n",
                       "    createReplicationToken: false\n"),
                Secondary)
        << 0 << u"global.acls.createReplicationToken"_s << E << 11 << 1 << u"replication"_s;
    QTest::newRow("secondary without replication token")
        << pair(Primary, edited(Secondary,
                                "    replicationToken:\n      secretName: consul-federation\n"
                                "      secretKey: replicationToken\n",
                                ""))
        << 1 << u"global.acls.replicationToken"_s << E << 12 << 1 << u"secretName"_s;
    QTest::newRow("secondary replication token without its key")
        << pair(Primary,
                edited(Secondary, "      secretKey: replicationToken\n", "      secretKey: \"\"\n"))
        << 1 << u"global.acls.replicationToken.secretKey"_s << E << 16 << 1 << u"key"_s;

    // --- ACLs and gossip encryption agree
    QTest::newRow("ACLs off in a secondary only")
        << pair(Primary,
                edited(Secondary, "    manageSystemACLs: true\n", "    manageSystemACLs: false\n"))
        << 1 << u"global.acls.manageSystemACLs"_s << E << 13 << 1 << u"off here but on in dc1"_s;
    QTest::newRow("ACLs off in the primary only")
        << pair(edited(Primary, "    manageSystemACLs: true\n    createReplicationToken: true\n",
                       "    manageSystemACLs: false\n"),
                Secondary)
        << 1 << u"global.acls.manageSystemACLs"_s << E << 13 << 1 << u"on here but off in dc1"_s;
    QTest::newRow("gossip off in a secondary only")
        << pair(Primary, edited(Secondary,
                                "  gossipEncryption:\n    secretName: consul-federation\n"
                                "    secretKey: gossipEncryptionKey\n",
                                ""))
        << 1 << u"global.gossipEncryption"_s << E << 1 << 1 << u"gossip encryption is off here"_s;
    QTest::newRow("gossip secret without its key")
        << pair(Primary,
                edited(Secondary, "    secretKey: gossipEncryptionKey\n", "    secretKey: \"\"\n"))
        << 1 << u"global.gossipEncryption.secretKey"_s << E << 23 << 1 << u"gossip"_s;
    QTest::newRow("secondary generates its own gossip key")
        << pair(Primary, edited(Secondary,
                                "    secretName: consul-federation\n"
                                "    secretKey: gossipEncryptionKey\n",
                                "    autoGenerate: true\n"))
        << 1 << u"global.gossipEncryption.autoGenerate"_s << E << 22 << 1 << u"gossip key"_s;

    // --- datacenter names
    QTest::newRow("same name twice") << pair(Primary, secondaryNamed("dc1")) << 1
                                     << u"global.datacenter"_s << E << 3 << 1 << u"dc1.yaml"_s;
    QTest::newRow("both names left to the chart default")
        << pair(edited(Primary, "  datacenter: dc1\n", ""),
                edited(Secondary, "  datacenter: dc2\n", ""))
        << 1 << u"global.datacenter"_s << E << 1 << 1 << u"default"_s;
    QTest::newRow("invalid name") << pair(Primary, secondaryNamed("DC_2")) << 1
                                  << u"global.datacenter"_s << E << 3 << 1 << u"DC_2"_s;
    QTest::newRow("name too long") << pair(Primary, secondaryNamed(QByteArray(64, 'd'))) << 1
                                   << u"global.datacenter"_s << E << 3 << 1 << u"63"_s;

    // --- k8sAuthMethodHost
    const QByteArray host = "    k8sAuthMethodHost: https://4F3A.gr7.eu-west-1.eks.amazonaws.com\n";
    auto withHost = [&](const QByteArray &url) {
        return pair(Primary, edited(Secondary, host, "    k8sAuthMethodHost: " + url + "\n"));
    };
    QTest::newRow("k8sAuthMethodHost missing with ACLs")
        << pair(Primary, edited(Secondary, host, "")) << 1
        << u"global.federation.k8sAuthMethodHost"_s << E << 17 << 1 << u"https"_s;
    QTest::newRow("k8sAuthMethodHost http")
        << withHost("http://api.dc2.example.com:6443") << 1
        << u"global.federation.k8sAuthMethodHost"_s << E << 19 << 1 << u"https://"_s;
    QTest::newRow("k8sAuthMethodHost placeholder")
        << withHost("<kubernetes-api-url-of-secondary>") << 1
        << u"global.federation.k8sAuthMethodHost"_s << E << 19 << 1 << u"https://"_s;
    QTest::newRow("k8sAuthMethodHost without host")
        << withHost("https://") << 1 << u"global.federation.k8sAuthMethodHost"_s << E << 19 << 1
        << u"https://"_s;
    QTest::newRow("k8sAuthMethodHost of a kind cluster")
        << withHost("https://127.0.0.1:39211") << 1 << u"global.federation.k8sAuthMethodHost"_s << W
        << 19 << 1 << u"loopback"_s;
    QTest::newRow("k8sAuthMethodHost localhost")
        << withHost("https://localhost:6443") << 1 << u"global.federation.k8sAuthMethodHost"_s << W
        << 19 << 1 << u"loopback"_s;
    QTest::newRow("k8sAuthMethodHost ::1")
        << withHost("https://[::1]:6443") << 1 << u"global.federation.k8sAuthMethodHost"_s << W
        << 19 << 1 << u"loopback"_s;
    QTest::newRow("k8sAuthMethodHost 0.0.0.0")
        << withHost("https://0.0.0.0:6443") << 1 << u"global.federation.k8sAuthMethodHost"_s << W
        << 19 << 1 << u"unspecified"_s;
    QTest::newRow("k8sAuthMethodHost in-cluster name")
        << withHost("https://kubernetes.default.svc") << 1
        << u"global.federation.k8sAuthMethodHost"_s << W << 19 << 1 << u"cluster-internal"_s;

    // --- mesh gateway service and WAN address
    QTest::newRow("NodePort without nodePort")
        << pair(Primary + "  service:\n"          // 18
                          "    type: NodePort\n", // 19
                Secondary)
        << 0 << u"meshGateway.service.nodePort"_s << E << 18 << 1 << u"node port"_s;
    QTest::newRow("NodePort with a null nodePort")
        << pair(Primary + "  service:\n    type: NodePort\n    nodePort: null\n", Secondary) << 0
        << u"meshGateway.service.nodePort"_s << E << 20 << 1 << u"node port"_s;
    QTest::newRow("NodePort not a number")
        << pair(Primary + "  service:\n    type: NodePort\n    nodePort: https\n", Secondary) << 0
        << u"meshGateway.service.nodePort"_s << E << 20 << 1 << u"\"https\""_s;
    QTest::newRow("NodePort outside the node port range")
        << pair(Primary + "  service:\n    type: NodePort\n    nodePort: 443\n", Secondary) << 0
        << u"meshGateway.service.nodePort"_s << W << 20 << 1 << u"30000-32767"_s;
    QTest::newRow("Static WAN address without address")
        << pair(Primary + "  wanAddress:\n    source: Static\n", Secondary) << 0
        << u"meshGateway.wanAddress.static"_s << E << 18 << 1 << u"Static"_s;
    QTest::newRow("Static WAN address empty")
        << pair(Primary + "  wanAddress:\n    source: Static\n    static: \"\"\n", Secondary) << 0
        << u"meshGateway.wanAddress.static"_s << E << 20 << 1 << u"Static"_s;

    // --- admin partitions
    QTest::newRow("admin partitions")
        << pair(edited(Primary, "global:\n", "global:\n  adminPartitions:\n    enabled: true\n"),
                Secondary)
        << 0 << u"global.adminPartitions.enabled"_s << E << 3 << 1 << u"admin partitions"_s;
    // Quoted, "false" is a string, which a Go template's `if` takes for true: the chart turns
    // admin partitions on though the rules read false. Plain false or no is no problem.
    QTest::newRow("admin partitions \"false\"")
        << pair(edited(Primary, "global:\n",
                       "global:\n  adminPartitions:\n    enabled: \"false\"\n"),
                Secondary)
        << 0 << u"global.adminPartitions.enabled"_s << W << 3 << 1
        << u"is the string \"false\", which the chart takes for true"_s;
    QTest::newRow("gossip autoGenerate 'no' in a secondary")
        << pair(Primary, edited(Secondary, "    secretKey: gossipEncryptionKey\n",
                                "    secretKey: gossipEncryptionKey\n    autoGenerate: 'no'\n"))
        << 1 << u"global.gossipEncryption.autoGenerate"_s << W << 24 << 1
        << u"is the string \"no\""_s;

    // --- what a secondary takes from the federation secret
    QTest::newRow("secondary without the primary's CA key")
        << pair(Primary, edited(Secondary,
                                "    caKey:\n      secretName: consul-federation\n"
                                "      secretKey: caKey\n",
                                ""))
        << 1 << u"global.tls.caKey"_s << E << 4 << 1 << u"CA"_s;
    QTest::newRow("secondary does not load serverConfigJSON")
        << pair(Primary, edited(Secondary, "      load: true\n", "      load: false\n")) << 1
        << u"server.extraVolumes"_s << E << 29 << 1 << u"serverConfigJSON"_s;
}

void TestValuesCheck::rules() {
    QFETCH(QList<QByteArray>, texts);
    QFETCH(int, file);
    QFETCH(QString, key);
    QFETCH(Severity, severity);
    QFETCH(int, line);
    QFETCH(int, count);
    QFETCH(QString, message);
    for (const QByteArray &text : std::as_const(texts))
        QVERIFY2(!text.isNull(), "a fixture edit did not apply");

    const QList<ValuesProblem> problems = check(texts);
    const QString all = describe(problems);
    if (count >= 0)
        QVERIFY2(problems.size() == count, qPrintable(all));
    const QString fileName = u"dc%1.yaml"_s.arg(file + 1);
    bool found = false;
    for (const ValuesProblem &p : problems) {
        if (p.file == fileName && p.key == key && p.severity == severity && p.line == line &&
            p.message.contains(message)) {
            found = true;
            QVERIFY(!p.message.isEmpty());
        }
    }
    QVERIFY2(found, qPrintable(u"expected %1:%2 %3 (%4) among:\n%5"_s.arg(fileName).arg(line).arg(
                        key, message, all)));
}

void TestValuesCheck::problemFields() {
    const QList<ValuesProblem> problems = check(
        {Primary, edited(Secondary, "    manageSystemACLs: true\n", "    manageSystemACLs: no\n")});
    QCOMPARE(problems.size(), 1);
    const ValuesProblem &p = problems.constFirst();
    QCOMPARE(p.severity, Severity::Error);
    QCOMPARE(p.file, u"dc2.yaml"_s);
    QCOMPARE(p.datacenter, u"dc2"_s);
    QCOMPARE(p.key, u"global.acls.manageSystemACLs"_s);
    QCOMPARE(p.line, 13);
    QCOMPARE(p.column, 5);
    QVERIFY(p.message.contains(u"dc1.yaml"_s));

    // A syntax error names no key and no datacenter, but where it is.
    const QList<ValuesProblem> syntax = check({"global:\n  datacenter: [dc1\n"});
    QCOMPARE(syntax.size(), 1);
    QCOMPARE(syntax.constFirst().key, QString());
    QCOMPARE(syntax.constFirst().datacenter, QString());
    QVERIFY(syntax.constFirst().line >= 2);
    QVERIFY(syntax.constFirst().column > 0);
}

void TestValuesCheck::problemsInFileAndLineOrder() {
    QByteArray primary =
        edited(Primary, "    enabled: true\n  federation", "    enabled: false\n  federation");
    primary =
        edited(primary, "connectInject:\n  enabled: true\n", "connectInject:\n  enabled: false\n");
    QByteArray secondary =
        edited(Secondary, "meshGateway:\n  enabled: true\n", "meshGateway:\n  enabled: false\n");
    secondary = edited(secondary, "  datacenter: dc2\n", "  datacenter: Dc2\n");
    const QList<ValuesProblem> problems = check({secondary, primary});
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.at(0).file, u"dc1.yaml"_s);
    QCOMPARE(problems.at(0).line, 3);
    QCOMPARE(problems.at(1).file, u"dc1.yaml"_s);
    QCOMPARE(problems.at(1).line, 27);
    QCOMPARE(problems.at(2).file, u"dc2.yaml"_s);
    QCOMPARE(problems.at(2).line, 5);
    QCOMPARE(problems.at(3).file, u"dc2.yaml"_s);
    QCOMPARE(problems.at(3).line, 15);
}

void TestValuesCheck::unknownKeysWithChart() {
    const QByteArray primary = edited(Primary, "connectInject:\n", "conectInject:\n") +
                               "  annotations:\n" // 18
                               "    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
                               "  resources:\n"                 // 20
                               "    requests:\n"                // 21
                               "      ephemeral-storage: 1Gi\n" // 22
                               "  nodeSelector:\n"              // 23
                               "    pool: gateways\n"           // 24
                               "  wanAddress:\n"                // 25
                               "    sorce: Service\n";          // 26
    const QByteArray secondary = Secondary + "    - type: configMap\n"
                                             "      name: extra\n"
                                             "      items:\n"
                                             "        - key: anything\n"
                                             "          mode: 0644\n"
                                             "          whatever: 1\n";
    const QList<ValuesProblem> problems = check({primary, secondary}, &m_chart);
    QCOMPARE(problems.size(), 2);
    // conectInject: a typo at the top level; connectInject.enabled then is the chart's
    // default, true, so nothing else is reported. Helm would ignore the key: an error.
    QCOMPARE(problems.at(0).key, u"conectInject"_s);
    QCOMPARE(problems.at(0).severity, Severity::Error);
    QCOMPARE(problems.at(0).file, u"dc1.yaml"_s);
    QCOMPARE(problems.at(0).datacenter, u"dc1"_s);
    QCOMPARE(problems.at(0).line, 14);
    QCOMPARE(problems.at(0).column, 1);
    QCOMPARE(problems.at(0).message,
             u"the chart has no key \"conectInject\" here; did you mean \"connectInject\"?"_s);
    // The suggestion is the whole key path, as the problem's key is.
    QCOMPARE(problems.at(1).key, u"meshGateway.wanAddress.sorce"_s);
    QCOMPARE(problems.at(1).severity, Severity::Error);
    QCOMPARE(problems.at(1).line, 26);
    QCOMPARE(problems.at(1).column, 5);
    QCOMPARE(problems.at(1).message, u"the chart has no key \"sorce\" here; did you mean "
                                     "\"meshGateway.wanAddress.source\"?"_s);

    // --unknown-keys=warn: the same problems, as warnings.
    const QList<ValuesProblem> warned = check({primary, secondary}, &m_chart, Severity::Warning);
    QCOMPARE(warned.size(), 2);
    for (qsizetype i = 0; i < warned.size(); ++i) {
        ValuesProblem expected = problems.at(i);
        expected.severity = Severity::Warning;
        QCOMPARE(warned.at(i), expected);
    }

    // Without a chart no key is unknown (and connectInject.enabled is missing).
    const QList<ValuesProblem> withoutChart = check({primary, secondary});
    for (const ValuesProblem &p : withoutChart)
        QVERIFY2(!p.message.contains(u"no key"_s), qPrintable(describe(withoutChart)));

    // Far from any key: no suggestion.
    const QList<ValuesProblem> far = check({Primary + "  frobnicate: 1\n"}, &m_chart);
    QCOMPARE(far.size(), 1);
    QCOMPARE(far.constFirst().key, u"meshGateway.frobnicate"_s);
    QCOMPARE(far.constFirst().severity, Severity::Error);
    QCOMPARE(far.constFirst().line, 18);
    QCOMPARE(far.constFirst().message, u"the chart has no key \"frobnicate\" here"_s);
}

void TestValuesCheck::misspeltFederationIsAnError() {
    // Issue 15: `global.federaton` passed with a warning, though Helm then renders the chart
    // with federation off (the chart's default), and the rules that need it say so too.
    const QByteArray primary = edited(Primary, "  federation:\n", "  federaton:\n");
    const QList<ValuesProblem> problems = check({primary, Secondary}, &m_chart);
    QCOMPARE(describe(problems).split(u'\n'),
             QStringList({
                 u"dc1.yaml:1:1: error: global.federation.enabled: must be true: WAN federation "
                 "through mesh gateways needs it (not set)"_s,
                 u"dc1.yaml:1:1: error: global.federation.createFederationSecret: the primary "
                 "(the datacenter the secondaries name) must create the federation secret that "
                 "the secondaries import"_s,
                 u"dc1.yaml:6:3: error: global.federaton: the chart has no key \"federaton\" "
                 "here; did you mean \"global.federation\"?"_s,
             }));
    QCOMPARE(problems.at(2).datacenter, u"dc1"_s);
}

void TestValuesCheck::chartDefaultsFillIn() {
    // A chart whose connectInject is off by default (as before consul-k8s 1.0).
    ChartValues oldChart;
    QString error;
    QVERIFY2(oldChart.parse("global:\n  datacenter: dc1\n  tls:\n    enabled: false\n"
                            "connectInject:\n  enabled: false\nmeshGateway:\n  enabled: false\n",
                            &error),
             qPrintable(error));
    const QByteArray primary = edited(Primary, "connectInject:\n  enabled: true\n", "");
    QVERIFY(!primary.isNull());
    // (It knows few keys: the unknown ones are made warnings here.)
    const QList<ValuesProblem> old = check({primary}, &oldChart, Severity::Warning);
    qsizetype errors = 0;
    for (const ValuesProblem &p : old) {
        if (p.severity == Severity::Error) {
            ++errors;
            QCOMPARE(p.key, u"connectInject.enabled"_s);
            QVERIFY2(p.message.contains(u"not set"_s), qPrintable(p.message));
        }
    }
    QCOMPARE(errors, 1);

    // The real chart turns it on by default: nothing to report.
    const QList<ValuesProblem> current = check({primary}, &m_chart);
    QVERIFY2(current.isEmpty(), qPrintable(describe(current)));
}

void TestValuesCheck::unreachableHosts_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("unreachable");
    QTest::newRow("kind") << u"https://127.0.0.1:39211"_s << true;
    QTest::newRow("127.1 shorthand") << u"https://127.1:6443"_s << true;
    QTest::newRow("127.255.0.9") << u"https://127.255.0.9"_s << true;
    QTest::newRow("localhost") << u"https://localhost:6443"_s << true;
    QTest::newRow("LOCALHOST.") << u"https://LOCALHOST.:6443"_s << true;
    QTest::newRow("api.localhost") << u"https://api.localhost"_s << true;
    QTest::newRow("::1") << u"https://[::1]:6443"_s << true;
    QTest::newRow("::1 long form") << u"https://[0:0:0:0:0:0:0:1]"_s << true;
    QTest::newRow("mapped 127.0.0.1") << u"https://[::ffff:127.0.0.1]"_s << true;
    QTest::newRow("0.0.0.0") << u"https://0.0.0.0:6443"_s << true;
    QTest::newRow("::") << u"https://[::]:6443"_s << true;
    QTest::newRow("link-local") << u"https://169.254.1.1"_s << true;
    QTest::newRow("fe80::") << u"https://[fe80::1]"_s << true;
    QTest::newRow("docker desktop") << u"https://kubernetes.docker.internal:6443"_s << true;
    QTest::newRow("in-cluster") << u"https://kubernetes.default.svc.cluster.local"_s << true;
    QTest::newRow("EKS") << u"https://4F3A.gr7.eu-west-1.eks.amazonaws.com"_s << false;
    QTest::newRow("private address") << u"https://10.0.0.1:6443"_s << false;
    QTest::newRow("128.0.0.1") << u"https://128.0.0.1"_s << false;
    QTest::newRow("public IPv6") << u"https://[2001:db8::1]:6443"_s << false;
    QTest::newRow("localhost-like name") << u"https://localhost.example.com"_s << false;
}

void TestValuesCheck::unreachableHosts() {
    QFETCH(QString, url);
    QFETCH(bool, unreachable);
    const QUrl parsed(url, QUrl::StrictMode);
    QVERIFY(parsed.isValid());
    QCOMPARE(!HostReachability::unreachableReason(parsed.host()).isEmpty(), unreachable);
}

void TestValuesCheck::unreachableHostSpellings_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("reasonPart"); // empty: reachable
    // Host text as a kubeconfig or a hand-written URL may give it, not through QUrl's
    // normalisation: every spelling inet_pton reads is the same address.
    QTest::newRow("::1 long form") << u"0:0:0:0:0:0:0:1"_s << u"loopback"_s;
    QTest::newRow("::1 zero-padded")
        << u"0000:0000:0000:0000:0000:0000:0000:0001"_s << u"loopback"_s;
    QTest::newRow("::1 bracketed") << u"[::1]"_s << u"loopback"_s;
    QTest::newRow("mapped loopback in hex") << u"::ffff:7f00:1"_s << u"loopback"_s;
    QTest::newRow("mapped loopback, upper case") << u"::FFFF:7F00:0001"_s << u"loopback"_s;
    QTest::newRow("mapped loopback, long form") << u"0:0:0:0:0:ffff:127.0.0.1"_s << u"loopback"_s;
    QTest::newRow("mapped 127.9.9.9") << u"::ffff:127.9.9.9"_s << u"loopback"_s;
    QTest::newRow("mapped unspecified") << u"::ffff:0.0.0.0"_s << u"unspecified"_s;
    QTest::newRow("mapped link-local") << u"::ffff:a9fe:101"_s << u"link-local"_s;
    QTest::newRow("unspecified long form") << u"0:0:0:0:0:0:0:0"_s << u"unspecified"_s;
    QTest::newRow("link-local febf") << u"febf::1"_s << u"link-local"_s;
    QTest::newRow("link-local with zone") << u"fe80::1%eth0"_s << u"link-local"_s;
    QTest::newRow("localhost.") << u"localhost."_s << u"loopback"_s;
    // Reachable: a mapped public address, fec0:: (beyond fe80::/10), ::2, a near miss of ::1.
    QTest::newRow("mapped public") << u"::ffff:10.0.0.1"_s << QString();
    QTest::newRow("mapped 128.0.0.1") << u"::ffff:8000:1"_s << QString();
    QTest::newRow("fec0::1") << u"fec0::1"_s << QString();
    QTest::newRow("::2") << u"::2"_s << QString();
    QTest::newRow("1::") << u"1::"_s << QString();
    QTest::newRow("not an address") << u"::ffff:7f00:1:2:3:4:5"_s << QString();
    QTest::newRow("IPv4 public") << u"192.0.2.1"_s << QString();
}

void TestValuesCheck::unreachableHostSpellings() {
    QFETCH(QString, host);
    QFETCH(QString, reasonPart);
    const QString reason = HostReachability::unreachableReason(host);
    if (reasonPart.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(reasonPart), qPrintable(host + u": "_s + reason));
}

void TestValuesCheck::badInputNeverCrashes_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("syntaxError");
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("comment only") << QByteArray("# nothing\n") << false;
    QTest::newRow("scalar") << QByteArray("42\n") << true;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 11) << true;
    QTest::newRow("global a scalar") << QByteArray("global: 5\nmeshGateway: [1, 2]\n") << false;
    QTest::newRow("lists for maps")
        << QByteArray("global:\n  tls: [enabled]\n  federation:\n    - enabled\n") << false;
    QTest::newRow("maps for scalars")
        << QByteArray("global:\n  datacenter: {a: b}\n  federation:\n    k8sAuthMethodHost: [x]\n"
                      "    primaryDatacenter: {x: 1}\n")
        << false;
    QTest::newRow("extraVolumes odd") << QByteArray("server:\n  extraVolumes: [1, [2], {load: "
                                                    "true, items: 3}]\n")
                                      << false;
    QTest::newRow("aliases") << QByteArray("a: &x {b: &y [1, 2]}\nc: *x\nd: *y\nglobal: *x\n")
                             << false;
    QTest::newRow("complex keys") << QByteArray("? [a, b]\n: c\n? {d: e}\n: f\n") << false;
    QTest::newRow("deep") << QByteArray(300, '[') << true;
    QTest::newRow("unterminated quote") << QByteArray("global: \"dc1\n") << true;
}

void TestValuesCheck::badInputNeverCrashes() {
    QFETCH(QByteArray, text);
    QFETCH(bool, syntaxError);
    const ChartValues *const charts[] = {nullptr, &m_chart};
    for (const ChartValues *chart : charts) {
        const QList<ValuesProblem> problems = check({text, Secondary}, chart);
        QVERIFY(!problems.isEmpty());
        bool sawSyntaxError = false;
        for (const ValuesProblem &p : problems)
            if (p.file == u"dc1.yaml"_s && p.key.isEmpty() && p.severity == Severity::Error)
                sawSyntaxError = true;
        QCOMPARE(sawSyntaxError, syntaxError);
    }
}

// --- ChartValues against the real chart

void TestValuesCheck::chartKnownKeys_data() {
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<bool>("known");
    // Keys the chart declares.
    QTest::newRow("global.tls.enabled") << u"global.tls.enabled"_s << true;
    QTest::newRow("createFederationSecret")
        << u"global.federation.createFederationSecret"_s << true;
    QTest::newRow("k8sAuthMethodHost") << u"global.federation.k8sAuthMethodHost"_s << true;
    QTest::newRow("replicationToken.secretKey")
        << u"global.acls.replicationToken.secretKey"_s << true;
    QTest::newRow("adminPartitions") << u"global.adminPartitions.enabled"_s << true;
    QTest::newRow("meshGateway.wanAddress.static") << u"meshGateway.wanAddress.static"_s << true;
    QTest::newRow("meshGateway.service.nodePort") << u"meshGateway.service.nodePort"_s << true;
    QTest::newRow("a top-level map") << u"connectInject"_s << true;
    // Lists: their items are the user's.
    QTest::newRow("extraVolumes item") << u"server.extraVolumes[0].items[0].key"_s << true;
    QTest::newRow("extraVolumes load") << u"server.extraVolumes[0].load"_s << true;
    QTest::newRow("gateways item") << u"ingressGateways.gateways[0].anything"_s << true;
    // Free-form: null, {} or a string by default.
    QTest::newRow("annotations (null)") << u"server.annotations.example.com/x"_s << true;
    QTest::newRow("extraLabels ({})") << u"global.extraLabels.team"_s << true;
    QTest::newRow("nodeSelector (null)") << u"meshGateway.nodeSelector.pool"_s << true;
    QTest::newRow("extraConfig (string)") << u"server.extraConfig.log_level"_s << true;
    QTest::newRow("tolerations (string)") << u"server.tolerations.key"_s << true;
    QTest::newRow("vault agentAnnotations")
        << u"global.secretsBackend.vault.agentAnnotations.a"_s << true;
    // Free-form: Kubernetes objects with a non-empty default.
    QTest::newRow("resources (@recurse: false)")
        << u"server.resources.requests.ephemeral-storage"_s << true;
    QTest::newRow("resources (no annotation)")
        << u"connectInject.resources.limits.hugepages-2Mi"_s << true;
    QTest::newRow("securityContext") << u"server.securityContext.seLinuxOptions.level"_s << true;
    QTest::newRow("nodeMeta") << u"client.nodeMeta.rack"_s << true;
    QTest::newRow("initServiceInitContainer (@recurse: false)")
        << u"meshGateway.initServiceInitContainer.env"_s << true;
    QTest::newRow("containerSecurityContext.server (null)")
        << u"server.containerSecurityContext.server.readOnlyRootFilesystem"_s << true;
    // Unknown.
    QTest::newRow("conectInject") << u"conectInject"_s << false;
    QTest::newRow("global.tls.enabeld") << u"global.tls.enabeld"_s << false;
    QTest::newRow("below a structured map") << u"server.disruptionBudget.minAvailable"_s << false;
    QTest::newRow("secret reference") << u"global.acls.bootstrapToken.secretNam"_s << false;
    QTest::newRow("containerSecurityContext (@recurse: true)")
        << u"server.containerSecurityContext.srever"_s << false;
    QTest::newRow("wanAddress") << u"meshGateway.wanAddress.staticAddress"_s << false;
}

void TestValuesCheck::chartKnownKeys() {
    QFETCH(QString, keyPath);
    QFETCH(bool, known);
    QCOMPARE(m_chart.isKnown(keyPath), known);
    // An empty ChartValues knows everything.
    QVERIFY(ChartValues().isKnown(keyPath));
}

void TestValuesCheck::chartSuggestions_data() {
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("conectInject") << u"conectInject"_s << u"connectInject"_s;
    QTest::newRow("meshgateway (case)") << u"meshgateway"_s << u"meshGateway"_s;
    QTest::newRow("enabeld (transposition)") << u"global.tls.enabeld"_s << u"enabled"_s;
    QTest::newRow("primaryDatacentre")
        << u"global.federation.primaryDatacentre"_s << u"primaryDatacenter"_s;
    QTest::newRow("nodeport") << u"meshGateway.service.nodeport"_s << u"nodePort"_s;
    QTest::newRow("manageSystemACL") << u"global.acls.manageSystemACL"_s << u"manageSystemACLs"_s;
    QTest::newRow("far") << u"global.frobnicate"_s << QString();
    QTest::newRow("short keys need closer matches") << u"global.tx"_s << QString();
    QTest::newRow("unknown parent") << u"nope.enabld"_s << QString();
}

void TestValuesCheck::chartSuggestions() {
    QFETCH(QString, keyPath);
    QFETCH(QString, suggestion);
    QVERIFY(!m_chart.isKnown(keyPath));
    QCOMPARE(m_chart.suggestion(ChartValues::splitKeyPath(keyPath)), suggestion);
}

void TestValuesCheck::chartDefaults() {
    auto at = [this](const QString &path) {
        return m_chart.defaultText(ChartValues::splitKeyPath(path)).value_or(u"<none>"_s);
    };
    QCOMPARE(at(u"global.datacenter"_s), u"dc1"_s);
    QCOMPARE(at(u"connectInject.enabled"_s), u"true"_s);
    QCOMPARE(at(u"meshGateway.service.type"_s), u"LoadBalancer"_s);
    QCOMPARE(at(u"meshGateway.wanAddress.source"_s), u"Service"_s);
    QCOMPARE(at(u"global.federation.createFederationSecret"_s), u"false"_s);
    QCOMPARE(at(u"global.gossipEncryption.secretName"_s), QString());    // ""
    QCOMPARE(at(u"global.federation.primaryDatacenter"_s), u"<none>"_s); // null
    QCOMPARE(at(u"global.tls"_s), u"<none>"_s);                          // a map
    QCOMPARE(at(u"global.nope"_s), u"<none>"_s);
}

void TestValuesCheck::chartLoadErrors() {
    ChartValues chart;
    QString error;
    QVERIFY(!chart.load(u"/nonexistent/values.yaml"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/values.yaml"_s), qPrintable(error));
    QVERIFY(chart.isEmpty());
    QVERIFY(!chart.load(QStringLiteral(FEDERATOR_SHARED_DIR), &error));
    QVERIFY(!chart.parse("- a list\n", &error));
    QVERIFY(chart.isEmpty());
    QVERIFY(!chart.parse("global: [\n", &error));
    QVERIFY2(error.contains(u"line"_s), qPrintable(error));
    QVERIFY(chart.isEmpty());
    QVERIFY(chart.isKnown(u"anything.at.all"_s));
}

void TestValuesCheck::splitKeyPath() {
    QCOMPARE(
        ChartValues::splitKeyPath(u"server.extraVolumes[0].items[12].key"_s),
        (QStringList{u"server"_s, u"extraVolumes"_s, u"[0]"_s, u"items"_s, u"[12]"_s, u"key"_s}));
    QCOMPARE(ChartValues::splitKeyPath(u"global.tls.enabled"_s),
             (QStringList{u"global"_s, u"tls"_s, u"enabled"_s}));
    QCOMPARE(ChartValues::splitKeyPath(u"a[0][1]"_s), (QStringList{u"a"_s, u"[0]"_s, u"[1]"_s}));
    QCOMPARE(ChartValues::splitKeyPath(QString()), QStringList());
}

void TestValuesCheck::editDistance_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << u"enabled"_s << u"enabled"_s << 0;
    QTest::newRow("deletion") << u"conectInject"_s << u"connectInject"_s << 1;
    QTest::newRow("transposition") << u"enabeld"_s << u"enabled"_s << 1;
    QTest::newRow("substitution") << u"nodeport"_s << u"nodePort"_s << 1;
    QTest::newRow("empty") << QString() << u"abc"_s << 3;
    QTest::newRow("different") << u"tls"_s << u"acls"_s << 2;
}

void TestValuesCheck::editDistance() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(ChartValues::editDistance(a, b), distance);
    QCOMPARE(ChartValues::editDistance(b, a), distance);
}

QTEST_GUILESS_MAIN(TestValuesCheck)
#include "tst_valuescheck.moc"
