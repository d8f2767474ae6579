#include "CanvasScene.h"
#include "CanvasView.h"
#include "DatacenterModel.h"
#include "DatacenterNode.h"
#include "MainWindow.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const char kKubeconfig[] = "apiVersion: v1\n"
                           "kind: Config\n"
                           "clusters:\n"
                           "- name: east\n"
                           "  cluster:\n"
                           "    server: https://east.example.com:6443\n"
                           "- name: west\n"
                           "  cluster:\n"
                           "    server: https://10.1.2.3\n"
                           "    insecure-skip-tls-verify: true\n"
                           "users:\n"
                           "- name: admin\n"
                           "  user:\n"
                           "    token: not-shown\n"
                           "- name: eks\n"
                           "  user:\n"
                           "    exec:\n"
                           "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                           "      command: aws\n"
                           "      args: [eks, get-token, --cluster-name, prod]\n"
                           "contexts:\n"
                           "- name: arn:aws:eks:eu-west-1:123456789012:cluster/prod\n"
                           "  context: {cluster: east, user: eks, namespace: consul}\n"
                           "- name: kind-west\n"
                           "  context: {cluster: west, user: admin}\n"
                           "- name: orphan\n"
                           "  context: {cluster: nowhere, user: admin}\n"
                           "current-context: kind-west\n";

bool writeFile(const QString &path, const QByteArray &contents) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QString labelText(const MainWindow &window, const char *name) {
    // The details panel's labels first: other panels have a titleLabel too.
    auto *label =
        window.findChild<QWidget *>(u"detailsPanel"_s)->findChild<QLabel *>(QLatin1String(name));
    if (!label)
        label = window.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : u"<no label %1>"_s.arg(QLatin1String(name));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEveryContextAsANode() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        QVERIFY(writeFile(path, kKubeconfig));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadKubeconfig({path});
        QVERIFY(loaded.wait(10000));

        auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"canvasPage"_s);
        CanvasScene *scene = window.canvasScene();
        QCOMPARE(scene->visibleNodes().size(), 3);

        const DatacenterNode *eks =
            scene->node(u"arn:aws:eks:eu-west-1:123456789012:cluster/prod"_s);
        QVERIFY(eks);
        QCOMPARE(eks->labelLines(),
                 QStringList({u"prod"_s, u"arn:aws:eks:eu-west-1:123456789012:cluster/prod"_s,
                              u"east.example.com:6443"_s, u"context namespace consul"_s,
                              u"Exec plugin (aws)"_s}));
        QCOMPARE(scene->node(u"kind-west"_s)->labelLines(),
                 QStringList({u"kind-west"_s, u"kind-west (current)"_s, u"10.1.2.3"_s,
                              u"context namespace default"_s, u"Bearer token"_s}));
        QCOMPARE(scene->node(u"orphan"_s)->labelLines().at(2), u"cluster \"nowhere\" missing"_s);
        // The token never reaches anything the window shows.
        for (const DatacenterNode *node : scene->visibleNodes())
            QVERIFY(!node->labelLines().join(u'\n').contains(u"not-shown"_s));
        QVERIFY(labelText(window, "statusLabel").contains(u"Datacenters: 3 "_s));
    }

    void mouseAndKeyboardSelectionShowDetails() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        QVERIFY(writeFile(path, kKubeconfig));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadKubeconfig({path});
        QVERIFY(loaded.wait(10000));
        // It opens on the current context.
        QCOMPARE(window.canvasScene()->selectedId(), u"kind-west"_s);
        QCOMPARE(labelText(window, "titleLabel"), u"kind-west"_s);
        window.canvasScene()->select(QString());
        QCOMPARE(labelText(window, "titleLabel"), u"Select a datacenter to see its details."_s);

        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        DatacenterNode *west = window.canvasScene()->node(u"kind-west"_s);
        const QPoint at = view->mapFromScene(west->sceneBoundingRect().center());
        QVERIFY(view->viewport()->rect().contains(at));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.canvasScene()->selectedId(), u"kind-west"_s);
        QCOMPARE(labelText(window, "contextValue"), u"kind-west (current)"_s);
        QCOMPARE(labelText(window, "serverValue"), u"https://10.1.2.3"_s);
        QCOMPARE(labelText(window, "tlsValue"), u"Not verified (insecure-skip-tls-verify)"_s);
        QCOMPARE(labelText(window, "namespaceValue"), u"default (not set)"_s);
        QCOMPARE(labelText(window, "credentialValue"), u"Bearer token"_s);
        QCOMPARE(labelText(window, "sourceValue"), u"%1, line 24"_s.arg(path));

        // Clicking the background clears the selection and the panel.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->mapFromScene(QPointF(-20, -20)));
        QCOMPARE(window.canvasScene()->selectedId(), QString());
        QVERIFY(!window.findChild<QWidget *>(u"fields"_s)->isVisible());

        // Keyboard: the first node (sorted by name), then the one to its right.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(labelText(window, "datacenterValue"), u"prod"_s);
        QCOMPARE(labelText(window, "credentialValue"), u"Exec plugin (aws)"_s);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(labelText(window, "contextValue"), u"kind-west (current)"_s);
        // Three nodes lie on two rows; the third is below the first, so Down from the
        // second reaches it, Right does not.
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(labelText(window, "contextValue"), u"kind-west (current)"_s);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(labelText(window, "contextValue"), u"orphan"_s);
        QCOMPARE(labelText(window, "clusterValue"),
                 u"nowhere — not defined in any kubeconfig file"_s);
    }

    void filterAndShortcuts() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config"_s);
        QVERIFY(writeFile(path, kKubeconfig));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadKubeconfig({path});
        QVERIFY(loaded.wait(10000));

        auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"EXAMPLE.com"_s);
        QCOMPARE(window.canvasScene()->visibleNodes().size(), 1);
        QVERIFY(labelText(window, "statusLabel").contains(u"1 of 3"_s));
        filter->clear();
        QCOMPARE(window.canvasScene()->visibleNodes().size(), 3);

        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        view->setFocus();
        const qreal before = view->zoom();
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoom() > before);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < before);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.0);
    }

    void brokenKubeconfigIsReportedAndTheRestShown() {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good"_s);
        const QString broken = dir.filePath(u"broken"_s);
        QVERIFY(writeFile(good, kKubeconfig));
        QVERIFY(writeFile(broken, "apiVersion: v1\ncontexts:\n- name: a\n  context:\n"
                                  "    cluster: c\n   user: u\n"));
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadKubeconfig({broken, good});
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.findChild<QWidget *>(u"loadErrorBanner"_s)->isVisible());
        const QString message = labelText(window, "loadErrorLabel");
        QVERIFY2(message.contains(broken + u", line 6"_s), qPrintable(message));
        QCOMPARE(window.canvasScene()->visibleNodes().size(), 3);

        // Fixing the file on disk reloads it by itself.
        QVERIFY(writeFile(broken, "apiVersion: v1\ncontexts:\n- name: fixed\n  context:\n"
                                  "    cluster: c\n    user: u\n"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!window.findChild<QWidget *>(u"loadErrorBanner"_s)->isVisible());
        QCOMPARE(window.canvasScene()->visibleNodes().size(), 4);
    }

    void emptyStateSaysWhereItLooked() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"nothing-here"_s);
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadKubeconfig({missing});
        QVERIFY(loaded.wait(10000));
        auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"emptyStatePage"_s);
        QVERIFY(labelText(window, "emptyStateDetail").contains(missing));
        auto *open = window.findChild<QPushButton *>(u"openKubeconfigButton"_s);
        QVERIFY(open && open->isVisible() && open->isEnabled());

        // A kubeconfig that appears later is picked up.
        QVERIFY(writeFile(missing, kKubeconfig));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(pages->currentWidget()->objectName(), u"canvasPage"_s);
    }

    void screenshotOptionSavesTheWindow() {
        QTemporaryDir dir;
        const QString config = dir.filePath(u"config"_s);
        const QString png = dir.filePath(u"shot.png"_s);
        QVERIFY(writeFile(config, kKubeconfig));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, dir.path());
        app.setProcessEnvironment(env);
        app.start(QString::fromUtf8(FEDERATOR_EXECUTABLE),
                  {u"--kubeconfig"_s, config, u"--screenshot"_s, png});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not a blank window: many distinct colours (text, frames, nodes).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
