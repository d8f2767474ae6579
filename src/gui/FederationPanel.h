#pragma once

#include "FederationPlan.h"
#include "SecretTransfer.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class KubeClient;
class QGroupBox;
class QLabel;
class QPushButton;
namespace Ui {
class FederationPanel;
}

// For each secondary of the plan, the checklist of federating it: the
// primary's federation secret is valid, the namespace exists, the secret is
// transferred (and read back), ProxyDefaults are synced, WAN membership shows
// it. Live state icons and words, the error in words, and a Retry per
// secondary. When the copy already exists it asks before replacing it.
// Secret values never reach a widget: only SecretTransfer's sentences do.
class FederationPanel : public QWidget {
    Q_OBJECT

public:
    // The checks that follow the transfer; their state comes from outside
    // (WAN membership and ProxyDefaults monitoring) and is "not checked yet"
    // until someone sets it.
    enum class Check { ProxyDefaults, WanMembership };
    Q_ENUM(Check)

    // Asked once per context; a client returned without a parent becomes the panel's.
    using ClientFactory = std::function<KubeClient *(const QString &context)>;

    explicit FederationPanel(QWidget *parent = nullptr);
    ~FederationPanel() override;

    void setPlan(const FederationPlan &plan);
    const FederationPlan &plan() const { return m_plan; }
    void setClientFactory(ClientFactory factory);

    // Starts the transfer to one secondary (Retry does the same); ignored
    // while one to that secondary runs or when it is not in the plan.
    void startTransfer(const QString &secondaryContext);
    void startAll();
    bool isTransferring(const QString &secondaryContext) const;

    void setCheckState(const QString &secondaryContext, Check check, SecretTransfer::State state,
                       const QString &message = {});

    // For tests and accessibility: a step row's state in words ("done").
    QString stateText(const QString &secondaryContext, int row) const;
    static constexpr int RowCount = SecretTransfer::StepCount + 2;
    static int rowOf(SecretTransfer::Step step) { return int(step); }
    static int rowOf(Check check) { return SecretTransfer::StepCount + int(check); }

signals:
    void transferFinished(const QString &context, bool ok);

private:
    struct Row {
        QLabel *icon = nullptr;
        QLabel *title = nullptr;
        QLabel *state = nullptr;
        SecretTransfer::State value = SecretTransfer::State::Pending;
        bool checked = false; // for the follow-up checks: set from outside at least once
    };
    struct Secondary {
        QGroupBox *box = nullptr;
        Row rows[RowCount];
        QLabel *error = nullptr;
        int errorRow = -1; // the row whose message the error label shows
        QPushButton *retry = nullptr;
    };

    void rebuild();
    void start(const QList<QString> &contexts, bool replace);
    KubeClient *client(const QString &context);
    void setRow(const QString &context, int row, SecretTransfer::State state,
                const QString &message);
    void transferDone(const QString &context, SecretTransfer::Outcome outcome,
                      const QString &message);
    void askToReplace(const QString &context, const QString &message);
    void updateButtons();

    std::unique_ptr<Ui::FederationPanel> m_ui;
    FederationPlan m_plan;
    ClientFactory m_factory;
    QHash<QString, QPointer<KubeClient>> m_clients;
    QHash<QString, Secondary> m_secondaries;            // by context
    QHash<QString, QPointer<SecretTransfer>> m_running; // by context
    QSet<QString> m_asking;                             // whether to replace an existing copy
};
