#pragma once

#include "HelmDriver.h"
#include "PlanApply.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApplyPanel;
class ApplyPlanDialog;
class MainWindow;
class MembershipMonitor;
class QAction;
class QTabWidget;

// Federating from the window: the plan as MainWindow holds it goes to a
// PlanApply, whose steps ApplyPlanDialog shows first; Apply runs them and the
// Federation tab (ApplyPanel) follows them; at the end the live monitor reads
// every cluster again, so the dropdown, the canvas and the members show the
// result. Owns the HelmDriver and the PlanApply under way. The plan edit that
// comes before (a drag, Federate Selected) is MainWindow's, on its undo stack.
class ApplyController : public QObject {
    Q_OBJECT

public:
    struct Parts {
        MembershipMonitor *monitor = nullptr;
        ApplyPanel *panel = nullptr;
        QTabWidget *tabs = nullptr; // holds panel
        QAction *applyPlan = nullptr;
        QAction *chooseHelm = nullptr;
    };

    ApplyController(MainWindow *window, const Parts &parts);
    ~ApplyController() override;

    // The helm to run: the user's, or (--demo, tests) consul-federator with
    // {"demo", "helm"}. Without it, the program is looked for when the plan
    // opens: the setting "helm/program", else PATH and the login shell's PATH.
    void setHelmProgram(const QString &program, const QStringList &prefixArguments = {});
    // How helm reaches the clusters; without it, KUBECONFIG is the loaded files.
    void setHelmKubeconfig(HelmDriver::Kubeconfig kubeconfig);
    // The kubeconfig files the window loaded (empty for in-memory ones).
    void setKubeconfigFiles(const QStringList &files) { m_kubeconfigFiles = files; }
    HelmDriver *helm() const { return m_helm; }
    // How often the waits look again (PlanApply::setPollInterval).
    void setPollInterval(int ms) { m_pollMs = ms; }

    // Shows the apply plan of the current plan; while an apply runs, it opens
    // once that has finished well.
    void openPlan();
    // The file dialog for the helm program; the choice is kept in QSettings.
    void chooseHelmProgram();

    ApplyPlanDialog *dialog() const;
    // The apply the Federation tab shows; null before the first.
    PlanApply *current() const { return m_current; }

signals:
    // An apply ended (after the monitor was asked to read again).
    void applyFinished(bool ok);

private:
    // The plan as the window holds it; *clients: the apply's own.
    PlanApply *makeApply(PlanApply::ClientSource *clients);
    void start(PlanApply *apply);
    void locateHelm();
    void showHelmStatus();
    void updateAction();

    MainWindow *m_window;
    Parts m_parts;
    HelmDriver *m_helm;
    QPointer<PlanApply> m_current;
    QPointer<PlanApply> m_pending; // shown in the dialog, not started
    QPointer<ApplyPlanDialog> m_dialog;
    QStringList m_kubeconfigFiles;
    bool m_explicitProgram = false;
    bool m_explicitKubeconfig = false;
    bool m_locating = false;
    QString m_helmProblem;
    QFutureWatcher<QStringList> m_loginPath;
    bool m_openWhenDone = false;
    int m_pollMs = 1000;
};
