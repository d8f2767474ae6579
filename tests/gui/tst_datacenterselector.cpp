// The datacenter dropdown and the members panel against three simulated clusters
// (DemoEnvironment, scenario primary: only dc1 has Consul), on the offscreen platform: before
// federation dc1's dropdown lists only dc1, and dc2 and dc3 say they have no Consul release;
// after this test installs dc2 (three servers) and dc3 (the chart's one) through Helm releases
// with their secondary values and copies dc1's federation secret into them, it lists all three,
// primary first, then the local datacenter, then by name, with alive/total servers. Picking a
// datacenter with the mouse in the open popup (and with the keyboard) shows its members table,
// its catalog services and ACL replication, and highlights its node on a canvas wired the way
// the main window does it. Also: an open popup survives a refresh, Create ProxyDefaults until
// Synced, a ghost datacenter, and the canvas pieces (health badge, link colour, ghost node).

#include "Bootstrap.h"
#include "CanvasScene.h"
#include "DatacenterModel.h"
#include "DatacenterNode.h"
#include "DatacenterSelector.h"
#include "DemoEnvironment.h"
#include "FederationEdge.h"
#include "GhostDatacenterNode.h"
#include "HealthBadge.h"
#include "HelmValues.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "MembersPanel.h"
#include "MembershipMonitor.h"
#include "SecureJson.h"
#include "SimulatedCluster.h"
#include "SimulatedConsul.h"
#include "WanMemberModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <memory>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool wait(KubeReply *reply) {
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(30000);
}

DatacenterPlan plan(const QString &context) {
    DatacenterPlan p;
    p.context = p.datacenter = context;
    return p;
}

// Every cell of a table view, row by row, cells joined by '|'.
QStringList tableRows(const QTableView *view) {
    QStringList rows;
    const QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

class TestDatacenterSelector : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoEnvironment m_demo;
    Kubeconfig m_kubeconfig;
    std::unique_ptr<MembershipMonitor> m_monitor;
    std::unique_ptr<QWidget> m_window;
    DatacenterSelector *m_selector = nullptr;
    MembersPanel *m_panel = nullptr;
    DatacenterModel m_model;
    std::unique_ptr<CanvasScene> m_scene;

    // Reads every context again and waits until each was read and the views that follow
    // changed() have seen the last of them: the monitor emits changed() in a pass of the event
    // loop after every read, and the views were connected to it before this.
    static bool refreshAll(MembershipMonitor &monitor) {
        QSet<QString> pending(monitor.contexts().cbegin(), monitor.contexts().cend());
        bool viewsBehind = false;
        QObject receiver;
        connect(&monitor, &MembershipMonitor::datacenterUpdated, &receiver,
                [&](const QString &context) {
                    pending.remove(context);
                    viewsBehind = true;
                });
        connect(&monitor, &MembershipMonitor::changed, &receiver, [&] { viewsBehind = false; });
        monitor.refreshNow();
        return QTest::qWaitFor([&] { return pending.isEmpty() && !viewsBehind; }, 60000);
    }

    // The plan the secondaries are installed with: dc1 the primary, as the app makes it.
    FederationPlan demoPlan() const {
        FederationPlan p;
        for (int i = 0; i < m_demo.clusterCount(); ++i) {
            DatacenterPlan dc = plan(m_demo.cluster(i)->contextName());
            dc.apiServer = m_demo.cluster(i)->serverUrl().toString();
            if (i == 0)
                p.makePrimary(dc);
            else
                p.addSecondary(dc);
        }
        return p;
    }

    QString copyFederationSecret(int n) {
        KubeClient primary(m_kubeconfig, u"dc1"_s);
        KubeReply *r = primary.get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        if (!wait(r) || !r->ok())
            return r->error().message();
        SecureJson secret;
        QString error;
        if (!secret.parse(r->body(), &error))
            return error;
        const int data = secret.value(secret.root(), "data");
        QByteArray json = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"type\":\"Opaque\","
                          "\"metadata\":{\"name\":\"consul-federation\",\"namespace\":\"consul\"},"
                          "\"data\":{";
        bool first = true;
        for (const std::string_view key : secret.keys(data)) {
            json += QByteArray(first ? "\"" : ",\"") +
                    QByteArray(key.data(), qsizetype(key.size())) + "\":\"";
            json += secret.string(secret.value(data, key)).view();
            json += '"';
            first = false;
        }
        json += "}}";
        const SecureBuffer body = SecureBuffer::takeFrom(json);
        KubeClient secondary(m_kubeconfig, u"dc%1"_s.arg(n));
        KubeReply *created = secondary.create(KubeResource::secrets(), u"consul"_s, body);
        if (!wait(created))
            return u"no answer"_s;
        return created->ok() ? QString() : created->error().message();
    }

    QTableView *table() const { return m_panel->findChild<QTableView *>(u"membersTable"_s); }
    QString label(const char *name) const {
        return m_panel->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }
    QStringList services() const {
        QStringList names;
        const auto *list = m_panel->findChild<QListWidget *>(u"servicesList"_s);
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->text();
        return names;
    }

    // Opens the popup with the mouse and clicks the item of datacenter.
    bool pickWithMouse(const QString &datacenter) {
        QTest::mouseClick(m_selector, Qt::LeftButton);
        QAbstractItemView *view = m_selector->view();
        if (!QTest::qWaitForWindowExposed(view->window()))
            return false;
        const int row = m_selector->findData(datacenter, DatacenterSelector::DatacenterRole);
        if (row < 0)
            return false;
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        // QComboBox ignores a release in its popup for a double-click interval
        // after the press that opened it (blockMouseReleaseTimer in
        // qcombobox.cpp: it would be the opening click's own release). A user
        // who clicks too early clicks again; so does this, until the popup closes.
        return QTest::qWaitFor(
            [view, rect] {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
                return !view->isVisible();
            },
            5000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(m_dir.isValid());
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        QString error;
        DemoEnvironment::Options options;
        options.clusters = 3;
        options.scenario = DemoEnvironment::Scenario::Primary;
        options.federationDelay = 100ms;
        options.chartDelays = {50ms, 20ms};
        QVERIFY2(m_demo.start(options, &error), qPrintable(error));
        const QString path = m_dir.filePath(u"kubeconfig"_s);
        QVERIFY2(m_demo.writeKubeconfig(path, false, &error), qPrintable(error));
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({path});
        QVERIFY(loaded.ok());
        m_kubeconfig = loaded.config;

        m_monitor = std::make_unique<MembershipMonitor>();
        m_monitor->setKubeconfig(m_kubeconfig);
        m_monitor->setDatacenters({plan(u"dc1"_s), plan(u"dc2"_s), plan(u"dc3"_s)});
        m_monitor->setPrimaryContext(u"dc1"_s);
        m_monitor->setInterval(60000);

        // Wired as the main window wires them.
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_selector = new DatacenterSelector(m_window.get());
        m_panel = new MembersPanel(m_window.get());
        layout->addWidget(m_selector);
        layout->addWidget(m_panel);
        m_selector->setMonitor(m_monitor.get());
        m_panel->setMonitor(m_monitor.get());
        connect(m_selector, &DatacenterSelector::currentDatacenterChanged, m_panel,
                &MembersPanel::showDatacenter);
        m_model.reset(Datacenter::fromKubeconfig(m_kubeconfig));
        m_scene = std::make_unique<CanvasScene>(&m_model);
        connect(m_selector, &DatacenterSelector::datacenterChosen, m_scene.get(),
                [this](const QString &datacenter) {
                    m_scene->select(m_monitor->contextOf(datacenter));
                });
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_selector->objectName(), u"datacenterSelector"_s);
        QCOMPARE(m_selector->count(), 0);
        QCOMPARE(label("titleLabel"), u"Choose a datacenter to see its WAN members."_s);
    }

    void beforeFederationOnlyItself() {
        m_selector->setLocalContext(u"dc1"_s);
        m_monitor->start();
        QVERIFY(refreshAll(*m_monitor));
        QCOMPARE(m_selector->datacenters(), QStringList{u"dc1"_s});
        // The chart's default: one server (server.replicas: 1).
        QCOMPARE(m_selector->itemText(0), u"dc1  1/1 servers (primary)"_s);
        QVERIFY(!m_selector->itemIcon(0).isNull());
        QCOMPARE(m_panel->datacenter(), u"dc1"_s);
        QCOMPARE(
            tableRows(table()),
            QStringList{
                u"consul-server-0.dc1|10.1.0.10:8302|alive|server|1.17.0|2|dc1|default|<all>"_s});
        QCOMPARE(table()->model()->headerData(6, Qt::Horizontal).toString(), u"DC"_s);
        QCOMPARE(label("stateLabel"), u"Not federated: 1 of 1 servers alive"_s);
        // dc2 and dc3 have no Consul yet, and the monitor says why.
        for (const QString &context : {u"dc2"_s, u"dc3"_s}) {
            const DatacenterHealth health = m_monitor->health(context);
            QCOMPARE(health.state, DatacenterHealth::State::NoConsul);
            QVERIFY2(health.problem.contains(u"no Consul release in namespace consul"_s),
                     qPrintable(health.problem));
        }
    }

    void afterFederationThreeDatacenters() {
        // The procedure for each secondary: helm upgrade --install with its values (dc2 with
        // three servers, so that one of them can fail later), and the federation secret
        // copied into its namespace; the servers wait for the secret, then join.
        QSignalSpy federated(&m_demo, &DemoEnvironment::federated);
        const FederationPlan federation = demoPlan();
        for (int n = 2; n <= 3; ++n) {
            YamlNode values = HelmValues::secondaryTree(federation, n - 2);
            if (n == 2)
                values.set({u"server"_s, u"replicas"_s}, YamlNode::integer(3));
            QString error;
            QVERIFY2(DemoEnvironment::installRelease(m_demo.cluster(n - 1), u"consul"_s,
                                                     u"consul"_s, values, &error),
                     qPrintable(error));
        }
        // Installed, but without the secret nothing joins: the pods wait for it.
        QTRY_VERIFY(m_demo.cluster(1)->chart()->isSettled() &&
                    m_demo.cluster(2)->chart()->isSettled());
        QVERIFY2(m_demo.cluster(1)->chart()->podProblem().contains(u"consul-federation"_s),
                 qPrintable(m_demo.cluster(1)->chart()->podProblem()));
        QVERIFY(federated.isEmpty());
        QCOMPARE(copyFederationSecret(2), QString());
        QCOMPARE(copyFederationSecret(3), QString());
        QTRY_COMPARE_WITH_TIMEOUT(federated.size(), 2, 20000);
        // The selected cluster is dc3 now: primary first, then dc3, then the rest. Until dc3
        // is read again (it had no Consul when last read) the list is the primary's view.
        m_selector->setLocalContext(u"dc3"_s);
        QCOMPARE(m_selector->viewpointContext(), u"dc1"_s);
        QCOMPARE(m_selector->datacenters(), QStringList{u"dc1"_s});
        QVERIFY(refreshAll(*m_monitor));
        QCOMPARE(m_selector->viewpointContext(), u"dc3"_s);
        QCOMPARE(m_selector->datacenters(), (QStringList{u"dc1"_s, u"dc3"_s, u"dc2"_s}));
        QCOMPARE(m_selector->itemText(0), u"dc1  1/1 servers (primary)"_s);
        QCOMPARE(m_selector->itemText(1), u"dc3  1/1 servers"_s);
        QCOMPARE(m_selector->itemText(2), u"dc2  3/3 servers"_s);
        // The selection was dc1, which dc3's view holds too: it stays there.
        QCOMPARE(m_selector->currentDatacenter(), u"dc1"_s);
        QCOMPARE(m_panel->datacenter(), u"dc1"_s);
    }

    void pickingADatacenterShowsItsMembers() {
        QSignalSpy chosen(m_selector, &DatacenterSelector::datacenterChosen);
        QVERIFY(pickWithMouse(u"dc2"_s));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().value(0).toString(), u"dc2"_s);
        QCOMPARE(m_selector->currentDatacenter(), u"dc2"_s);
        QCOMPARE(m_panel->datacenter(), u"dc2"_s);
        QCOMPARE(label("titleLabel"), u"dc2: WAN members as seen from context dc2"_s);

        // dc2's `consul members -wan`: every server of the three datacenters, alive: one
        // in dc1 and dc3, three in dc2.
        const QStringList rows = tableRows(table());
        QCOMPARE(rows.size(), 5);
        for (int d = 1; d <= 3; ++d) {
            for (int i = 0; i < (d == 2 ? 3 : 1); ++i)
                QVERIFY2(rows.contains(u"consul-server-%1.dc%2|10.%2.0.%3:8302|alive|server|"
                                       u"1.17.0|2|dc%2|default|<all>"_s.arg(i)
                                           .arg(d)
                                           .arg(10 + i)),
                         qPrintable(rows.join(u'\n')));
        }
        QCOMPARE(services(), (QStringList{u"consul"_s, u"mesh-gateway"_s}));
        QCOMPARE(label("servicesLabel"), u"Catalog services of dc2"_s);
        QVERIFY2(label("replicationValue").startsWith(u"Replicating tokens from dc1"_s),
                 qPrintable(label("replicationValue")));
        QVERIFY2(label("stateLabel").startsWith(u"Federated: 5 of 5 servers alive"_s),
                 qPrintable(label("stateLabel")));
        // The canvas highlights dc2's node.
        QCOMPARE(m_scene->selectedId(), u"dc2"_s);
        QVERIFY(m_scene->node(u"dc2"_s)->isSelected());
        QVERIFY(!m_scene->node(u"dc1"_s)->isSelected());

        // The keyboard: Up from dc2 goes to dc3, as the list is ordered.
        m_selector->setFocus();
        QTest::keyClick(m_selector, Qt::Key_Up);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(m_panel->datacenter(), u"dc3"_s);
        QCOMPARE(m_scene->selectedId(), u"dc3"_s);
        QTest::keyClick(m_selector, Qt::Key_Up);
        QCOMPARE(m_panel->datacenter(), u"dc1"_s);
        QCOMPARE(label("replicationValue"),
                 u"The primary datacenter: the others replicate from it."_s);
        QCOMPARE(tableRows(table()).size(), 5);
    }

    void popupSurvivesARefresh() {
        QTest::mouseClick(m_selector, Qt::LeftButton);
        QAbstractItemView *view = m_selector->view();
        QVERIFY(QTest::qWaitForWindowExposed(view->window()));
        QVERIFY(refreshAll(*m_monitor));
        QVERIFY(view->isVisible());
        QCOMPARE(m_selector->datacenters(), (QStringList{u"dc1"_s, u"dc3"_s, u"dc2"_s}));
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!view->isVisible());
    }

    void createProxyDefaults() {
        QVERIFY(pickWithMouse(u"dc3"_s));
        auto *button = m_panel->findChild<QPushButton *>(u"createProxyDefaultsButton"_s);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY2(label("proxyDefaultsValue").startsWith(u"No ProxyDefaults \"global\""_s),
                 qPrintable(label("proxyDefaultsValue")));
        m_panel->setMeshGatewayMode(MeshGatewayMode::Remote);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(label("proxyDefaultsValue"),
                                  u"ProxyDefaults \"global\", mesh gateway mode remote: synced to "
                                  u"Consul."_s,
                                  15000);
        QVERIFY(!button->isEnabled()); // it exists now
    }

    void ghostDatacenter() {
        // A kubeconfig that holds dc1 and dc2 only: dc3 is in the WAN pool all the same.
        MembershipMonitor monitor;
        monitor.setKubeconfig(m_kubeconfig);
        monitor.setDatacenters({plan(u"dc1"_s), plan(u"dc2"_s)});
        monitor.setPrimaryContext(u"dc1"_s);
        DatacenterSelector selector;
        MembersPanel panel;
        selector.setMonitor(&monitor);
        panel.setMonitor(&monitor);
        selector.setLocalContext(u"dc2"_s);
        QVERIFY(refreshAll(monitor));
        QCOMPARE(selector.datacenters(), (QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}));
        QVERIFY2(selector.itemData(2, Qt::ToolTipRole)
                     .toString()
                     .contains(u"No kubeconfig context holds this datacenter."_s),
                 qPrintable(selector.itemData(2, Qt::ToolTipRole).toString()));
        panel.showDatacenter(u"dc3"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"titleLabel"_s)->text(),
                 u"dc3: no kubeconfig context holds it; WAN members as the others see them"_s);
        QCOMPARE(panel.membersModel()->rowCount(), 5);
        QCOMPARE(panel.findChild<QLabel *>(u"servicesLabel"_s)->text(),
                 u"Catalog services of dc3, read through dc1"_s);
        QVERIFY(
            !panel.findChild<QPushButton *>(u"createProxyDefaultsButton"_s)->isVisibleTo(&panel));

        GhostDatacenterNode ghost(monitor.ghostDatacenters().value(0));
        ghost.setServers(monitor.membership().summary(u"dc3"_s));
        QCOMPARE(ghost.labelLines(),
                 (QStringList{u"dc3"_s, u"in WAN membership only"_s, u"1 of 1 servers alive"_s,
                              u"no kubeconfig context"_s}));
    }

    void canvasHealth() {
        // The pieces the main window puts on its nodes and edges.
        DatacenterNode *dc1 = m_scene->node(u"dc1"_s);
        auto *badge = new HealthBadge(dc1);
        badge->setHealth(m_monitor->health(u"dc1"_s));
        QCOMPARE(badge->state(), DatacenterHealth::State::Federated);
        QCOMPARE(badge->text(), u"Federated 5/5"_s);
        QVERIFY(badge->toolTip().startsWith(u"Federated: 5 of 5 servers alive"_s));

        m_scene->setFederation(u"dc1"_s, {u"dc2"_s, u"dc3"_s}, {});
        QCOMPARE(m_scene->edges().size(), 2);
        m_demo.cluster(1)->consul()->setServerStatus(0, 4); // dc2's server 0 fails
        const bool refreshed = refreshAll(*m_monitor);
        m_demo.cluster(1)->consul()->setServerStatus(0, 1);
        QVERIFY(refreshed);
        for (FederationEdge *edge : m_scene->edges()) {
            const QString secondary = edge->secondary()->datacenter().id;
            edge->setHealth(m_monitor->link(secondary));
            QCOMPARE(edge->healthState(), secondary == u"dc2"_s ? LinkHealth::State::Degraded
                                                                : LinkHealth::State::Healthy);
        }
        badge->setHealth(m_monitor->health(u"dc1"_s));
        QCOMPARE(badge->text(), u"Degraded 4/5"_s);
        // The dropdown's count follows: dc2 as dc3 sees it.
        QCOMPARE(m_selector->itemText(2), u"dc2  2/3 servers"_s);
    }

    void fiftyClustersStayResponsive() {
        // 50 clusters answering after 100 ms each, read twice (the first read also finds
        // Service and token), each with Consul installed as a standalone datacenter (scenario
        // installed). The simulated servers run in a thread of their own, as real ones run
        // elsewhere: their TLS work is not the GUI's.
        constexpr int clusters = 50;
        QThread serverThread;
        serverThread.start();
        QObject anchor;
        anchor.moveToThread(&serverThread);
        std::unique_ptr<DemoEnvironment> many;
        QString error;
        const QString path = m_dir.filePath(u"many"_s);
        bool started = false;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                many = std::make_unique<DemoEnvironment>();
                started = many->start({.clusters = clusters,
                                       .scenario = DemoEnvironment::Scenario::Installed,
                                       .latency = std::chrono::milliseconds(100)},
                                      &error) &&
                          many->writeKubeconfig(path, false, &error);
            },
            Qt::BlockingQueuedConnection);
        const auto stopServers = qScopeGuard([&] {
            QMetaObject::invokeMethod(
                &anchor, [&] { many.reset(); }, Qt::BlockingQueuedConnection);
            serverThread.quit();
            serverThread.wait();
        });
        QVERIFY2(started, qPrintable(error));
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({path});
        QVERIFY(loaded.ok());
        MembershipMonitor monitor;
        monitor.setKubeconfig(loaded.config);
        QList<DatacenterPlan> plans;
        for (int i = 1; i <= clusters; ++i)
            plans << plan(u"dc%1"_s.arg(i));
        monitor.setDatacenters(plans);
        monitor.setPrimaryContext(u"dc1"_s);
        monitor.setInterval(60000);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *selector = new DatacenterSelector(&window);
        auto *panel = new MembersPanel(&window);
        layout->addWidget(selector);
        layout->addWidget(panel);
        selector->setMonitor(&monitor);
        panel->setMonitor(&monitor);
        connect(selector, &DatacenterSelector::currentDatacenterChanged, panel,
                &MembersPanel::showDatacenter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The GUI thread's own CPU time between two ticks of a 5 ms timer: the longest stretch
        // it was busy without turning the event loop. CPU time, not wall time: on a shared
        // machine the thread may wait for a core, which is no fault of this code.
        auto threadCpuMs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
        };
        qint64 lastTick = threadCpuMs();
        qint64 worstBusy = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = threadCpuMs();
            worstBusy = std::max(worstBusy, now - lastTick);
            lastTick = now;
        });
        tick.start();
        QSignalSpy changes(&monitor, &MembershipMonitor::changed);
        QSignalSpy answers(&monitor, &MembershipMonitor::datacenterUpdated);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(refreshAll(monitor));
        const qint64 first = timer.restart();
        QVERIFY(refreshAll(monitor));
        const qint64 second = timer.elapsed();
        tick.stop();
        for (const DatacenterHealth &h : monitor.healths())
            QVERIFY2(h.state == DatacenterHealth::State::NotFederated, qPrintable(h.problem));
        // Figures only: a sanitized or loaded machine makes them anything, so no test asserts
        // them.
        qInfo("50 clusters: first read %lld ms, second %lld ms; the GUI thread busy at most "
              "%lld ms at a time",
              first, second, worstBusy);
        // What keeps the GUI free: the selector and the panel rebuild on changed(), which the
        // monitor coalesces to once per pass of the event loop, never once per answer and
        // view on top.
        QVERIFY2(answers.count() >= 2 * clusters, qPrintable(QString::number(answers.count())));
        QVERIFY(!changes.isEmpty());
        QVERIFY2(
            changes.count() <= answers.count(),
            qPrintable(u"%1 changes for %2 answers"_s.arg(changes.count()).arg(answers.count())));
        QCOMPARE(selector->datacenters(), QStringList{u"dc1"_s}); // primary's view: unfederated
    }

    void cleanupTestCase() {
        m_window.reset();
        m_scene.reset();
        m_monitor.reset();
    }
};

QTEST_MAIN(TestDatacenterSelector)
#include "tst_datacenterselector.moc"
