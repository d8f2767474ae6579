#pragma once

#include "FederationPlan.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class MembershipMonitor;
class WanMemberModel;
namespace Ui {
class MembersPanel;
}

// One datacenter as its own servers see it: the WAN members table (the
// columns of `consul members -wan`), its catalog services, ACL replication
// and the ProxyDefaults "global" with its Synced condition, with a button
// that creates it with the plan's mesh gateway mode. Follows the monitor.
//
// Members come from the datacenter's own WAN view where a watched context
// holds it; a datacenter without one (a ghost) shows the merged view.
class MembersPanel : public QWidget {
    Q_OBJECT

public:
    explicit MembersPanel(QWidget *parent = nullptr);
    ~MembersPanel() override;

    void setMonitor(MembershipMonitor *monitor);
    // What Create ProxyDefaults writes (the plan's choice).
    void setMeshGatewayMode(MeshGatewayMode mode) { m_mode = mode; }
    MeshGatewayMode meshGatewayMode() const { return m_mode; }

    // Empty clears the panel.
    void showDatacenter(const QString &datacenter);
    QString datacenter() const { return m_datacenter; }
    WanMemberModel *membersModel() const { return m_model; }

private:
    void refresh();
    void createProxyDefaults();

    std::unique_ptr<Ui::MembersPanel> m_ui;
    WanMemberModel *m_model;
    QPointer<MembershipMonitor> m_monitor;
    QString m_datacenter;
    MeshGatewayMode m_mode = MeshGatewayMode::Local;
    QString m_creatingIn;   // context a create is under way in
    QString m_createResult; // what the last create said, for its context
    QString m_createContext;
};
