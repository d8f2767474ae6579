// The plan as a document: open names the file, fills API servers from the
// kubeconfig and says which contexts it lacks; save writes what open reads
// back; both keep the recent plans (newest first, no repeats) and the title;
// an edit makes the plan unsaved until it is saved again.

#include "CanvasScene.h"
#include "DatacenterModel.h"
#include "DatacenterNode.h"
#include "PlanCommand.h"
#include "PlanDocument.h"
#include "PlanValues.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

QList<Datacenter> contexts() {
    QList<Datacenter> out;
    for (int i = 1; i <= 2; ++i) {
        Datacenter dc;
        dc.id = u"dc%1"_s.arg(i);
        dc.name = dc.id;
        dc.server = u"https://10.0.0.%1:6443"_s.arg(i);
        out.append(dc);
    }
    return out;
}

bool write(const QString &path, const QByteArray &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

const QByteArray Plan = "apiVersion: consul-federator/v1\nkind: FederationPlan\nacls: true\n"
                        "gossipEncryption: true\nprimary:\n  context: dc1\n  datacenter: dc1\n"
                        "secondaries:\n  - context: dc2\n    datacenter: west\n"
                        "  - context: elsewhere\n    datacenter: dc9\n";

} // namespace

class TestPlanDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // The recent plans live in the (test mode's) settings: each test starts without any.
    void init() { QSettings().remove(u"plans/recent"_s); }

    void openEditSaveAndReopen() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = dir.filePath(u"first.yaml"_s);
        QVERIFY(write(first, Plan));
        DatacenterModel model;
        model.reset(contexts());
        PlanValues values;
        QUndoStack undo;
        QWidget window;
        PlanDocument document(&values, &undo, &model, nullptr, &window);
        QMenu recent;
        document.setRecentMenu(&recent);
        QSignalSpy messages(&document, &PlanDocument::message);
        QCOMPARE(document.windowTitle(), u"Untitled plan[*] — Consul Federator"_s);

        QVERIFY(document.open(first));
        QCOMPARE(document.fileName(), first);
        QCOMPARE(document.windowTitle(), u"first.yaml[*] — Consul Federator"_s);
        QCOMPARE(values.plan().secondaries.constFirst().datacenter, u"west"_s);
        QCOMPARE(values.plan().secondaries.constFirst().apiServer, u"https://10.0.0.2:6443"_s);
        QVERIFY(undo.isClean());
        QCOMPARE(undo.undoText(), u"Open first.yaml"_s);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(u"elsewhere"_s));
        QCOMPARE(recent.actions().size(), 1);
        QCOMPARE(recent.actions().constFirst()->text(), u"first.yaml"_s);

        // An edit: unsaved until saved, under a new name.
        FederationPlan edited = values.plan();
        edited.secondaries.removeLast();
        PlanCommand::State before = PlanCommand::capture(values);
        values.setPlan(edited);
        undo.push(new PlanCommand(&values, std::move(before), PlanCommand::capture(values),
                                  u"Remove dc9"_s));
        QVERIFY(!undo.isClean());
        const QString second = dir.filePath(u"second.yaml"_s);
        QVERIFY(document.save(second));
        QVERIFY(undo.isClean());
        QVERIFY(document.maybeSave()); // nothing to ask about
        QCOMPARE(document.windowTitle(), u"second.yaml[*] — Consul Federator"_s);
        QCOMPARE(recent.actions().size(), 2);
        QCOMPARE(recent.actions().at(0)->text(), u"second.yaml"_s);

        // What was saved reads back; the recent list does not repeat it.
        PlanValues reread;
        QUndoStack undo2;
        PlanDocument again(&reread, &undo2, &model, nullptr, &window);
        QMenu recent2;
        again.setRecentMenu(&recent2);
        QVERIFY(again.open(second));
        QCOMPARE(reread.plan().secondaries.size(), 1);
        QCOMPARE(reread.plan().secondaries.constFirst().datacenter, u"west"_s);
        QCOMPARE(recent2.actions().size(), 2);
        QCOMPARE(recent2.actions().at(0)->text(), u"second.yaml"_s);
        QCOMPARE(recent2.actions().at(1)->text(), u"first.yaml"_s);
    }

    // Nodes placed by hand are part of the plan: saved, and back where they were on open.
    void canvasPlacesAreSavedAndRestored() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"plan.yaml"_s);
        QVERIFY(write(file, Plan));
        DatacenterModel model;
        model.reset(contexts());
        CanvasScene scene(&model);
        PlanValues values;
        QUndoStack undo;
        QWidget window;
        PlanDocument document(&values, &undo, &model, &scene, &window);
        QVERIFY(document.open(file));
        QVERIFY(scene.pinned().isEmpty());
        scene.setPinned({{u"dc2"_s, QPoint(500, -80)}});
        QVERIFY(document.save(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("canvas:\n  dc2:\n    x: 500\n"));

        CanvasScene other(&model);
        PlanValues values2;
        QUndoStack undo2;
        PlanDocument reopened(&values2, &undo2, &model, &other, &window);
        QVERIFY(reopened.open(file));
        QCOMPARE(other.pinned(), (QHash<QString, QPoint>{{u"dc2"_s, QPoint(500, -80)}}));
        QTRY_VERIFY(!other.isMoving());
        QCOMPARE(other.node(u"dc2"_s)->pos(), QPointF(500, -80));
    }
};

QTEST_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
