// FederationPanel against the simulated clusters (scenario primary: dc1 has Consul and its
// federation secret, dc2 and dc3 nothing yet, not even the namespace): Retry clicked with the
// mouse transfers the secret, creating the secondary's namespace as the procedure's
// `helm install --create-namespace` would, and every transfer step turns "done" while the
// follow-up checks say "not checked yet"; an existing copy makes it ask, "No" leaves the copy
// and says why, "Yes" replaces it; a namespace that is missing and may not be created shows
// the error in words, and Retry creates it once that is allowed. No widget ever shows a secret
// value.

#include "ApiFaultSpec.h"
#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "FederationPanel.h"
#include "KubeClient.h"
#include "SimulatedCluster.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;

class TestFederationPanel : public QObject {
    Q_OBJECT

    DemoEnvironment m_demo;
    QList<QByteArray> m_secretValues; // raw and base64, to make sure no widget shows them

    KubeClient *makeClient(const QString &context) {
        SimulatedCluster *cluster = m_demo.cluster(context);
        if (!cluster)
            return nullptr;
        KubeClientConfig config;
        config.contextName = context;
        config.cluster.name = context;
        config.cluster.server = cluster->serverUrl().toString();
        config.clusterDetails.certificateAuthority = cluster->caCertificatePem();
        config.user.name = context + u"-token"_s;
        config.credentials.token = cluster->bearerToken().clone();
        return new KubeClient(std::move(config));
    }

    static FederationPlan plan(const QString &dc3Namespace = u"consul"_s) {
        FederationPlan p;
        p.primary.context = u"dc1"_s;
        p.primary.datacenter = u"dc1"_s;
        for (const QString &name : {u"dc2"_s, u"dc3"_s}) {
            DatacenterPlan s;
            s.context = name;
            s.datacenter = name;
            if (name == u"dc3"_s)
                s.ns = dc3Namespace;
            p.secondaries.append(s);
        }
        return p;
    }

    static QGroupBox *boxOf(FederationPanel &panel, const QString &context) {
        for (QGroupBox *box : panel.findChildren<QGroupBox *>())
            if (box->title().contains(u"context "_s + context))
                return box;
        return nullptr;
    }

    static QPushButton *retryOf(FederationPanel &panel, const QString &context) {
        QGroupBox *box = boxOf(panel, context);
        return box ? box->findChild<QPushButton *>(u"retryButton"_s) : nullptr;
    }

    static QLabel *errorOf(FederationPanel &panel, const QString &context) {
        QGroupBox *box = boxOf(panel, context);
        return box ? box->findChild<QLabel *>(u"errorLabel"_s) : nullptr;
    }

    // What a step's state says when hovered.
    static QString toolTipOf(FederationPanel &panel, const QString &context, int row) {
        QGroupBox *box = boxOf(panel, context);
        const QLabel *state = box ? box->findChild<QLabel *>(u"state%1"_s.arg(row)) : nullptr;
        return state ? state->toolTip() : QString();
    }

    // Every text a user could see or hover over.
    void checkNoSecretShown(QWidget *root) {
        QStringList texts;
        for (QLabel *label : root->findChildren<QLabel *>())
            texts << label->text() << label->toolTip() << label->accessibleName();
        for (QMessageBox *box : root->findChildren<QMessageBox *>())
            texts << box->text() << box->informativeText();
        const QByteArray all = texts.join(u'\n').toUtf8();
        QVERIFY(!m_secretValues.isEmpty());
        for (const QByteArray &value : std::as_const(m_secretValues))
            QVERIFY2(!all.contains(value), "a secret value is shown");
    }

    static void checkSteps(FederationPanel &panel, const QString &context, const QString &state) {
        for (int row = 0; row < SecretTransfer::StepCount; ++row)
            QCOMPARE(panel.stateText(context, row), state);
        QCOMPARE(
            panel.stateText(context, FederationPanel::rowOf(FederationPanel::Check::ProxyDefaults)),
            u"not checked yet"_s);
        QCOMPARE(
            panel.stateText(context, FederationPanel::rowOf(FederationPanel::Check::WanMembership)),
            u"not checked yet"_s);
    }

    // Waits for the replace question and answers it.
    static bool answer(FederationPanel &panel, QMessageBox::StandardButton button,
                       QString *question) {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    box = panel.findChild<QMessageBox *>(u"replaceSecretQuestion"_s);
                    return box && box->isVisible();
                },
                20000))
            return false;
        *question = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        return true;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        QString error;
        DemoEnvironment::Options options;
        options.clusters = 3;
        options.scenario = DemoEnvironment::Scenario::Primary;
        options.federationDelay = std::chrono::milliseconds(50);
        options.chartDelays = {std::chrono::milliseconds(50), std::chrono::milliseconds(20)};
        QVERIFY2(m_demo.start(options, &error), qPrintable(error));
        // Nothing of Consul in the secondaries yet.
        for (const QString &secondary : {u"dc2"_s, u"dc3"_s})
            QVERIFY(!m_demo.cluster(secondary)->store()->find(u"namespaces"_s, {}, u"consul"_s));
        std::unique_ptr<KubeClient> dc1(makeClient(u"dc1"_s));
        KubeReply *r = dc1->get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        QSignalSpy finished(r, &KubeReply::finished);
        QVERIFY(r->isFinished() || finished.wait(30000));
        QVERIFY(r->ok());
        const QJsonObject data = r->object().value(u"data"_s).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QByteArray base64 = it.value().toString().toLatin1();
            m_secretValues << base64 << QByteArray::fromBase64(base64);
        }
        delete r;
    }

    void retryTransfersAndAsksBeforeReplacing() {
        FederationPanel panel;
        panel.resize(600, 700);
        panel.setClientFactory([this](const QString &context) { return makeClient(context); });
        panel.setPlan(plan());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy finished(&panel, &FederationPanel::transferFinished);

        QVERIFY(boxOf(panel, u"dc2"_s) && boxOf(panel, u"dc3"_s));
        checkSteps(panel, u"dc2"_s, u"pending"_s);

        // Retry, clicked: the transfer runs, the button waits for it.
        QPushButton *retry = retryOf(panel, u"dc2"_s);
        QVERIFY(retry && retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(panel.isTransferring(u"dc2"_s));
        QVERIFY(!retry->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst(), QVariantList({u"dc2"_s, true}));
        checkSteps(panel, u"dc2"_s, u"done"_s);
        QCOMPARE(
            toolTipOf(panel, u"dc2"_s, FederationPanel::rowOf(SecretTransfer::Step::Namespace)),
            u"Created namespace consul in dc2."_s);
        QVERIFY(m_demo.cluster(u"dc2"_s)->store()->find(u"namespaces"_s, {}, u"consul"_s));
        QVERIFY(m_demo.cluster(u"dc2"_s)->store()->find(u"secrets"_s, u"consul"_s,
                                                        u"consul-federation"_s));
        QVERIFY(errorOf(panel, u"dc2"_s)->isHidden());
        QVERIFY(retry->isEnabled());
        checkNoSecretShown(&panel);

        // Again: the copy exists now, so it asks; "No" leaves it and says so.
        QTest::mouseClick(retry, Qt::LeftButton);
        QString question;
        QVERIFY(answer(panel, QMessageBox::No, &question));
        QVERIFY2(question.contains(u"already exists"_s) && question.contains(u"dc2"_s),
                 qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.takeFirst(), QVariantList({u"dc2"_s, false}));
        QCOMPARE(panel.stateText(u"dc2"_s, FederationPanel::rowOf(SecretTransfer::Step::Transfer)),
                 u"failed"_s);
        QVERIFY(errorOf(panel, u"dc2"_s)->isVisible());
        QVERIFY(errorOf(panel, u"dc2"_s)->text().contains(u"already exists"_s));

        // "Yes" replaces it.
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(answer(panel, QMessageBox::Yes, &question));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.takeFirst(), QVariantList({u"dc2"_s, true}));
        checkSteps(panel, u"dc2"_s, u"done"_s);
        QVERIFY(errorOf(panel, u"dc2"_s)->isHidden());
        checkNoSecretShown(&panel);

        // The follow-up checks take their state from outside.
        panel.setCheckState(u"dc2"_s, FederationPanel::Check::WanMembership,
                            SecretTransfer::State::Done, u"3 servers alive"_s);
        QCOMPARE(panel.stateText(u"dc2"_s,
                                 FederationPanel::rowOf(FederationPanel::Check::WanMembership)),
                 u"done"_s);
    }

    void errorInWords() {
        // The namespace is missing, and this user may not create namespaces (a 403 on the
        // create, as RBAC answers it).
        SimulatedCluster *dc3 = m_demo.cluster(u"dc3"_s);
        QString error;
        const std::optional<ApiFault> forbidden =
            ApiFaultSpec::parse(u"dc3:POST/namespaces:403"_s, &error);
        QVERIFY2(forbidden, qPrintable(error));
        QVERIFY2(dc3->addFault(*forbidden, &error), qPrintable(error));
        FederationPanel panel;
        panel.setClientFactory([this](const QString &context) { return makeClient(context); });
        panel.setPlan(plan(u"consul-missing"_s));
        panel.show();
        QSignalSpy finished(&panel, &FederationPanel::transferFinished);
        QTest::mouseClick(retryOf(panel, u"dc3"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst(), QVariantList({u"dc3"_s, false}));
        const int namespaceRow = FederationPanel::rowOf(SecretTransfer::Step::Namespace);
        QCOMPARE(panel.stateText(u"dc3"_s, namespaceRow), u"failed"_s);
        const QString shown = errorOf(panel, u"dc3"_s)->text();
        QVERIFY2(shown.contains(u"Namespace consul-missing does not exist in dc3 and cannot be "
                                u"created: "_s) &&
                     shown.contains(u"forbidden"_s, Qt::CaseInsensitive),
                 qPrintable(shown));
        QCOMPARE(panel.stateText(u"dc3"_s, FederationPanel::rowOf(SecretTransfer::Step::Transfer)),
                 u"pending"_s);
        QVERIFY(!dc3->store()->find(u"namespaces"_s, {}, u"consul-missing"_s));
        QVERIFY(!dc3->store()->find(u"secrets"_s, u"consul-missing"_s, u"consul-federation"_s));
        QVERIFY(retryOf(panel, u"dc3"_s)->isEnabled());

        // Allowed now: Retry creates the namespace and moves the secret.
        dc3->clearFaults();
        QTest::mouseClick(retryOf(panel, u"dc3"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst(), QVariantList({u"dc3"_s, true}));
        checkSteps(panel, u"dc3"_s, u"done"_s);
        QCOMPARE(toolTipOf(panel, u"dc3"_s, namespaceRow),
                 u"Created namespace consul-missing in dc3."_s);
        QVERIFY(errorOf(panel, u"dc3"_s)->isHidden());
        QVERIFY(dc3->store()->find(u"secrets"_s, u"consul-missing"_s, u"consul-federation"_s));
        checkNoSecretShown(&panel);

        // Leaving the plan removes the secondary's checklist.
        FederationPlan smaller = plan();
        smaller.secondaries.removeLast();
        panel.setPlan(smaller);
        QVERIFY(!boxOf(panel, u"dc3"_s));
        QVERIFY(boxOf(panel, u"dc2"_s));
    }
};

QTEST_MAIN(TestFederationPanel)
#include "tst_federationpanel.moc"
