#pragma once

#include "SecureBuffer.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class ApplyController;
class CanvasScene;
class DatacenterModel;
class DatacenterSelector;
class HealthBadge;
class KubeClient;
class MembershipMonitor;
class KubeconfigWatcher;
class PlanDocument;
class PlanValues;
class QUndoStack;
struct FederationPlan;
class QLabel;
class QLineEdit;
namespace Ui {
class MainWindow;
}

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts loading; kubeconfigLoaded() follows once the canvas shows the result.
    void loadKubeconfig(const QStringList &files);
    // Simulated clusters (--demo): a kubeconfig that exists only in memory.
    void loadSimulatedKubeconfig(SecureBuffer kubeconfig);
    bool isSimulated() const { return m_simulated; }

    // How panels reach a context's API server. The default reads credentials
    // from the kubeconfig files; simulated clusters hand theirs over in memory.
    using ClientFactory = std::function<KubeClient *(const QString &context, QObject *parent)>;
    void setClientFactory(ClientFactory factory);
    KubeClient *createClient(const QString &context, QObject *parent) const;
    bool isLoading() const;

    DatacenterModel *model() const { return m_model; }
    CanvasScene *canvasScene() const { return m_scene; }
    PlanValues *planValues() const { return m_planValues; }
    QUndoStack *undoStack() const { return m_undo; }
    // Federating for real: the apply plan, Helm, the Federation tab.
    ApplyController *applyController() const { return m_apply; }
    MembershipMonitor *membershipMonitor() const { return m_monitor; }

    // Opens a plan file; false (after telling the user why) when it cannot.
    bool openPlan(const QString &fileName);
    QString planFileName() const;

    // Window geometry, toolbar and splitter layout from the last session.
    // Never a secret: settings hold layout only.
    void restoreLayout();

signals:
    void kubeconfigLoaded();
    // The user asked to try the app on simulated clusters.
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setActionIcons();
    void applyLoadResult();
    void openKubeconfig();
    void showSelected(const QString &id);
    void updateStatus();
    void about();

    // Federation, on the selected datacenter (or the one given).
    void makePrimary(const QString &id);
    void federate(const QString &id);
    void removeFromPlan(const QString &id);
    void showNodeMenu(const QString &id, const QPoint &screenPos);
    // Records plan changes made by a panel for undo.
    void commitPlan(const FederationPlan &plan, const QString &undoText);
    void applyValuesEdit(const QString &context, const QByteArray &text);
    void planChanged();
    void refreshValues();
    void runChecks();
    void updateFederationActions();
    void updateTitle();
    // Which contexts the live monitor reads: all of them for up to
    // MonitorAllLimit contexts, else the plan's.
    void updateMonitoredContexts();
    void applyHealth();
    void setRefreshInterval(int ms);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatacenterModel *m_model;
    CanvasScene *m_scene;
    KubeconfigWatcher *m_watcher;
    QLineEdit *m_filter;
    QLabel *m_statusLabel;
    PlanValues *m_planValues;
    QUndoStack *m_undo;
    PlanDocument *m_document;
    // The context whose edit is being applied: its editor already shows the text.
    QString m_editingContext;
    ClientFactory m_clientFactory;
    MembershipMonitor *m_monitor;
    DatacenterSelector *m_selector;
    ApplyController *m_apply;
    QHash<QString, HealthBadge *> m_badges; // children of the canvas nodes
    static constexpr int MonitorAllLimit = 50;
    bool m_simulated = false;
};
