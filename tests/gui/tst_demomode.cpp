#include "CanvasScene.h"
#include "DatacenterNode.h"
#include "DemoEnvironment.h"
#include "KubeClient.h"
#include "KubeClientConfig.h"
#include "KubeReply.h"
#include "MainWindow.h"

#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoMode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // What --demo does, in process: the simulated clusters' kubeconfig goes to
    // the window from memory, and clients reach the clusters for real.
    void opensThreeSimulatedClusters() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start({.clusters = 3}, &error), qPrintable(error));
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadSimulatedKubeconfig(demo.kubeconfigYaml());
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.isSimulated());

        QStringList ids;
        for (const DatacenterNode *node : window.canvasScene()->visibleNodes())
            ids.append(node->datacenter().id);
        QCOMPARE(ids, (QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}));
        const DatacenterNode *dc2 = window.canvasScene()->node(u"dc2"_s);
        QVERIFY(dc2->datacenter().server.startsWith(u"https://127.0.0.1:"_s));
        auto *banner = window.findChild<QLabel *>(u"loadErrorLabel"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"Simulated clusters"_s));

        // The default client reads credentials from a file; this kubeconfig
        // has none, so the window must be handed a factory, as main() does.
        window.setClientFactory([&demo](const QString &context, QObject *parent) {
            KubeClientConfig config;
            return demo.clientConfig(context, &config) ? new KubeClient(std::move(config), parent)
                                                       : nullptr;
        });
        KubeClient *client = window.createClient(u"dc2"_s, this);
        QString major;
        client->getPath(u"/version"_s)->onFinished(this, [&](KubeReply *r) {
            major = r->object().value(u"major"_s).toString();
        });
        QTRY_COMPARE_WITH_TIMEOUT(major, u"1"_s, 20000);
        delete client;
    }

    void emptyWindowOffersTheDemo() {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadKubeconfig({dir.filePath(u"none"_s)});
        QVERIFY(loaded.wait(10000));
        auto *button = window.findChild<QPushButton *>(u"tryDemoButton"_s);
        QVERIFY(button && button->isVisible());
        QSignalSpy requested(&window, &MainWindow::demoRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
    }

    // The real binary with --demo: three nodes on the screenshot, no file written.
    void demoOptionStartsTheClusters() {
        QTemporaryDir home;
        const QString png = home.filePath(u"demo.png"_s);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.remove(u"KUBECONFIG"_s);
        app.setProcessEnvironment(env);
        app.start(QString::fromUtf8(FEDERATOR_EXECUTABLE), {u"--demo"_s, u"--screenshot"_s, png});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QImage(png).isNull());
        // Nothing but the screenshot: the simulated kubeconfig stays in memory.
        QDir dir(home.path());
        QCOMPARE(dir.entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{u"demo.png"_s});
        QVERIFY(!QFileInfo::exists(home.filePath(u".kube/config"_s)));
    }
};

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
