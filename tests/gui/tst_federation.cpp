#include "ApplyController.h"
#include "ApplyPlanDialog.h"
#include "CanvasScene.h"
#include "CanvasView.h"
#include "DatacenterNode.h"
#include "FederationEdge.h"
#include "MainWindow.h"
#include "PlanValues.h"
#include "YamlEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// Four clusters, as `kind` names them; sorted, dc1 comes first on the canvas.
QByteArray kubeconfig() {
    QByteArray text = "apiVersion: v1\nkind: Config\nclusters:\n";
    for (int i = 1; i <= 4; ++i)
        text += "- name: c" + QByteArray::number(i) + "\n  cluster:\n    server: https://10.0.0." +
                QByteArray::number(i) + ":6443\n";
    text += "users:\n- name: admin\n  user:\n    token: not-a-real-token\ncontexts:\n";
    for (int i = 1; i <= 4; ++i)
        text += "- name: dc" + QByteArray::number(i) + "\n  context: {cluster: c" +
                QByteArray::number(i) + ", user: admin}\n";
    return text + "current-context: dc1\n";
}

// keyClicks cannot type a newline; Return can.
void typeLines(QWidget *editor, const QStringList &lines) {
    for (const QString &line : lines) {
        QTest::keyClicks(editor, line);
        QTest::keyClick(editor, Qt::Key_Return);
    }
}

class Fixture {
public:
    Fixture() {
        const QString path = m_dir.filePath(u"config"_s);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(kubeconfig());
        file.close();
        m_window.resize(1400, 900);
        m_window.show();
        m_window.activateWindow();
        QSignalSpy loaded(&m_window, &MainWindow::kubeconfigLoaded);
        m_window.loadKubeconfig({path});
        m_ok = loaded.wait(10000) && QTest::qWaitForWindowActive(&m_window);
    }
    bool ok() const { return m_ok; }
    MainWindow &window() { return m_window; }
    CanvasView *view() { return m_window.findChild<CanvasView *>(u"canvasView"_s); }
    CanvasScene *scene() { return m_window.canvasScene(); }
    const FederationPlan &plan() { return m_window.planValues()->plan(); }
    YamlEditor *editor() { return m_window.findChild<YamlEditor *>(u"valuesEditor"_s); }

private:
    QTemporaryDir m_dir;
    MainWindow m_window;
    bool m_ok = false;
};

} // namespace

class TestFederation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void federateWithTheKeyboardAlone() {
        Fixture f;
        QVERIFY(f.ok());
        // The app opens on the current context, dc1; focus the canvas with Tab.
        QCOMPARE(f.scene()->selectedId(), u"dc1"_s);
        f.view()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(&f.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.plan().primary.context, u"dc1"_s);
        QCOMPARE(f.scene()->node(u"dc1"_s)->role(), DatacenterNode::Role::Primary);

        QTest::keyClick(f.view(), Qt::Key_Right);
        QCOMPARE(f.scene()->selectedId(), u"dc2"_s);
        QTest::keyClick(&f.window(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.plan().secondaries.size(), 1);
        QCOMPARE(f.plan().secondaries.constFirst().context, u"dc2"_s);
        QCOMPARE(f.plan().secondaries.constFirst().apiServer, u"https://10.0.0.2:6443"_s);
        QCOMPARE(f.scene()->node(u"dc2"_s)->role(), DatacenterNode::Role::Secondary);
        // In the plan a node says where Consul goes; outside it, the context's namespace.
        for (const QString &dc : {u"dc1"_s, u"dc2"_s})
            QCOMPARE(f.scene()->node(dc)->labelLines().at(3),
                     u"Consul: ns consul, release consul"_s);
        QVERIFY2(f.scene()->node(u"dc3"_s)->labelLines().at(3).startsWith(u"context namespace "_s),
                 qPrintable(f.scene()->node(u"dc3"_s)->labelLines().at(3)));
        QCOMPARE(f.scene()->edges().size(), 1);
        QCOMPARE(f.scene()->edges().constFirst()->secondary()->datacenter().id, u"dc2"_s);

        // The apply plan opened; Escape closes it and keeps the plan edit.
        ApplyPlanDialog *dialog = f.window().applyController()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!f.window().applyController()->dialog());
        QCOMPARE(f.plan().secondaries.size(), 1);
        f.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.window()));

        // Delete takes it out again, and Ctrl+Z brings it back.
        QTest::keyClick(f.view(), Qt::Key_Delete);
        QVERIFY(f.plan().secondaries.isEmpty());
        QCOMPARE(f.scene()->edges().size(), 0);
        QTest::keyClick(&f.window(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.plan().secondaries.size(), 1);
        QCOMPARE(f.scene()->edges().size(), 1);
        const QKeySequence redo(QKeySequence::Redo);
        QVERIFY2(!redo.isEmpty(), "the platform has a Redo key");
        QTest::keySequence(&f.window(), redo);
        QVERIFY(f.plan().secondaries.isEmpty());
    }

    // Screen readers hear what the canvas selects: its accessible description names the
    // datacenter, its role in the plan and how to move on, and follows the plan.
    void canvasDescribesTheSelectionToScreenReaders() {
        Fixture f;
        QVERIFY(f.ok());
        const QString usage = u"Arrow keys move between datacenters"_s;
        QVERIFY2(f.view()->accessibleDescription().startsWith(u"Selected: dc1, dc1 (current)"_s),
                 qPrintable(f.view()->accessibleDescription()));
        QVERIFY(f.view()->accessibleDescription().contains(usage));
        QVERIFY(!f.view()->accessibleDescription().contains(u"primary"_s));

        f.view()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(&f.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(f.view()->accessibleDescription().startsWith(
                     u"Selected: dc1, federation primary, dc1 (current)"_s),
                 qPrintable(f.view()->accessibleDescription()));

        QTest::keyClick(f.view(), Qt::Key_Right);
        QTest::keyClick(&f.window(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        const QString dc2 = f.view()->accessibleDescription();
        QVERIFY2(dc2.startsWith(u"Selected: dc2, federation secondary, dc2, 10.0.0.2"_s),
                 qPrintable(dc2));
        QVERIFY(dc2.contains(usage));

        f.scene()->select({});
        QVERIFY2(f.view()->accessibleDescription().startsWith(u"No datacenter selected."_s),
                 qPrintable(f.view()->accessibleDescription()));
    }

    void dragANodeOntoThePrimary() {
        Fixture f;
        QVERIFY(f.ok());
        f.view()->setFocus();
        QTest::keyClick(&f.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.plan().primary.context, u"dc1"_s);
        // A primary takes the middle; the others glide to a block on its right.
        QVERIFY(f.scene()->isMoving());
        QTRY_VERIFY(!f.scene()->isMoving());

        DatacenterNode *dc3 = f.scene()->node(u"dc3"_s);
        DatacenterNode *dc1 = f.scene()->node(u"dc1"_s);
        QVERIFY(dc3->sceneBoundingRect().left() > dc1->sceneBoundingRect().right());
        QWidget *viewport = f.view()->viewport();
        const QPoint from = f.view()->mapFromScene(dc3->sceneBoundingRect().center());
        const QPoint to = f.view()->mapFromScene(dc1->sceneBoundingRect().center());
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        // Several moves, as a hand makes them, so the scene sees a drag.
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(viewport, from + (to - from) * step / 5);
        QVERIFY(dc1->sceneBoundingRect().contains(dc3->sceneBoundingRect().center()));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);

        QCOMPARE(f.plan().secondaries.size(), 1);
        QCOMPARE(f.plan().secondaries.constFirst().context, u"dc3"_s);
        // It joins the ring around the primary, gliding there: alone on it, straight above;
        // the datacenters outside the plan to the right.
        QVERIFY(f.scene()->isMoving());
        QTRY_VERIFY(!f.scene()->isMoving());
        QCOMPARE(dc3->sceneBoundingRect().center().x(), dc1->sceneBoundingRect().center().x());
        QVERIFY(dc3->sceneBoundingRect().bottom() < dc1->sceneBoundingRect().top());
        DatacenterNode *dc4 = f.scene()->node(u"dc4"_s);
        QVERIFY(dc4->sceneBoundingRect().left() > dc3->sceneBoundingRect().right());
        QCOMPARE(f.scene()->edges().size(), 1);
        QVERIFY(!dc1->sceneBoundingRect().intersects(dc3->sceneBoundingRect()));

        // A drag that ends elsewhere federates nothing.
        const QPoint start = f.view()->mapFromScene(dc4->sceneBoundingRect().center());
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        QTest::mouseMove(viewport, start + QPoint(20, 90));
        QTest::mouseMove(viewport, start + QPoint(40, 180));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(40, 180));
        QCOMPARE(f.plan().secondaries.size(), 1);
        // The node stays where it was put, as an undoable edit of the plan document.
        QTRY_VERIFY(!f.scene()->isMoving());
        const QPointF dropped = dc4->pos();
        QVERIFY(f.scene()->pinned().contains(u"dc4"_s));
        QCOMPARE(QPointF(f.scene()->pinned().value(u"dc4"_s)), dropped);
        QCOMPARE(f.window().undoStack()->undoText(), u"Move dc4"_s);
        QVERIFY(f.window().isWindowModified());
        // Undo puts it back in the layout, redo where it was dropped.
        f.window().undoStack()->undo();
        QTRY_VERIFY(!f.scene()->isMoving());
        QVERIFY(f.scene()->pinned().isEmpty());
        QVERIFY(dc4->pos() != dropped); // back in the layout
        f.window().undoStack()->redo();
        QTRY_VERIFY(!f.scene()->isMoving());
        QCOMPARE(dc4->pos(), dropped);
        // View → Arrange Automatically puts it back, undoably too.
        f.window().findChild<QAction *>(u"actionArrange"_s)->trigger();
        QTRY_VERIFY(!f.scene()->isMoving());
        QVERIFY(f.scene()->pinned().isEmpty());
        QCOMPARE(f.window().undoStack()->undoText(), u"Arrange automatically"_s);
    }

    void yamlViewAndPlanFollowEachOther() {
        Fixture f;
        QVERIFY(f.ok());
        f.view()->setFocus();
        QTest::keyClick(&f.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(f.view(), Qt::Key_Right);
        QTest::keyClick(&f.window(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.scene()->selectedId(), u"dc2"_s);

        auto *tabs = f.window().findChild<QTabWidget *>(u"sideTabs"_s);
        tabs->setCurrentWidget(f.window().findChild<QWidget *>(u"valuesPanel"_s));
        YamlEditor *editor = f.editor();
        QVERIFY(editor->isVisible());
        QVERIFY(editor->toPlainText().contains(u"primaryDatacenter: dc1"_s));
        QVERIFY(editor->toPlainText().contains(u"k8sAuthMethodHost: https://10.0.0.2:6443"_s));

        // Type into the editor: rename the datacenter and add a key of our own.
        QSignalSpy planChanged(f.window().planValues(), &PlanValues::planChanged);
        QTextCursor cursor = editor->document()->find(u"datacenter: dc2"_s);
        QVERIFY(!cursor.isNull());
        editor->setFocus();
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, u"datacenter: dc-west"_s);
        editor->moveCursor(QTextCursor::End);
        typeLines(editor, {u"ui:"_s, u"  enabled: true"_s});
        QVERIFY(planChanged.wait(3000));
        QTRY_COMPARE(f.plan().secondaries.constFirst().datacenter, u"dc-west"_s);
        QCOMPARE(f.scene()->node(u"dc2"_s)->labelLines().constFirst(), u"dc-west"_s);

        // Change the plan elsewhere: ACLs off. The YAML follows, our key stays.
        tabs->setCurrentWidget(f.window().findChild<QWidget *>(u"planOptionsPanel"_s));
        auto *acls = f.window().findChild<QCheckBox *>(u"aclsCheck"_s);
        QVERIFY(acls->isChecked());
        QTest::mouseClick(acls, Qt::LeftButton, {}, QPoint(5, acls->height() / 2));
        QVERIFY(!f.plan().acls);
        tabs->setCurrentWidget(f.window().findChild<QWidget *>(u"valuesPanel"_s));
        const QString text = editor->toPlainText();
        QVERIFY2(!text.contains(u"replicationToken"_s), qPrintable(text));
        QVERIFY2(text.contains(u"datacenter: dc-west"_s), qPrintable(text));
        QVERIFY2(text.contains(u"ui:\n  enabled: true"_s), qPrintable(text));

        // The checks see the whole plan: no problems in generated values.
        auto *problems = f.window().findChild<QListWidget *>(u"problemList"_s);
        QCOMPARE(problems->count(), 1);
        QCOMPARE(problems->item(0)->text(), u"No problems found."_s);

        // Undo the ACL change: the replication token is back, and so is our key.
        f.window().undoStack()->undo();
        QVERIFY(f.plan().acls);
        QVERIFY(editor->toPlainText().contains(u"replicationToken"_s));
        QVERIFY(editor->toPlainText().contains(u"ui:\n  enabled: true"_s));
    }

    void brokenYamlIsUnderlinedAndChangesNothing() {
        Fixture f;
        QVERIFY(f.ok());
        f.view()->setFocus();
        QTest::keyClick(&f.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        const FederationPlan before = f.plan();
        YamlEditor *editor = f.editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        typeLines(editor, {u"global: [unclosed"_s});
        auto *problems = f.window().findChild<QListWidget *>(u"problemList"_s);
        QTRY_VERIFY(problems->count() == 1 && problems->item(0)->text().contains(u"Error"_s));
        QVERIFY(!editor->markers().isEmpty());
        QVERIFY(editor->markers().constFirst().line > 10);
        QCOMPARE(f.plan(), before);
    }
};

QTEST_MAIN(TestFederation)
#include "tst_federation.moc"
