#include "MembersPanel.h"
#include "ui_MembersPanel.h"

#include "HealthStyle.h"
#include "HelmValues.h"
#include "MembershipMonitor.h"
#include "WanMemberModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

MembersPanel::MembersPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MembersPanel>())
    , m_model(new WanMemberModel(this)) {
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);
    for (QLabel *value : {m_ui->stateLabel, m_ui->replicationValue, m_ui->proxyDefaultsValue}) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(Qt::UserRole);
    m_ui->membersTable->setModel(sorted);
    m_ui->membersTable->verticalHeader()->hide();
    m_ui->membersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->membersTable->sortByColumn(-1, Qt::AscendingOrder); // Consul's order until asked
    connect(m_model, &QAbstractItemModel::modelReset, m_ui->membersTable,
            &QTableView::resizeColumnsToContents);
    connect(m_ui->createProxyDefaultsButton, &QPushButton::clicked, this,
            &MembersPanel::createProxyDefaults);
    refresh();
}

MembersPanel::~MembersPanel() = default;

void MembersPanel::setMonitor(MembershipMonitor *monitor) {
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    if (monitor) {
        connect(monitor, &MembershipMonitor::changed, this, &MembersPanel::refresh);
        connect(monitor, &MembershipMonitor::proxyDefaultsCreated, this,
                [this](const QString &context, const QString &problem) {
                    if (context != m_creatingIn)
                        return;
                    m_creatingIn.clear();
                    m_createContext = context;
                    m_createResult = problem;
                    refresh();
                });
    }
    refresh();
}

void MembersPanel::showDatacenter(const QString &datacenter) {
    if (datacenter == m_datacenter)
        return;
    m_datacenter = datacenter;
    m_createResult.clear();
    refresh();
}

void MembersPanel::createProxyDefaults() {
    if (!m_monitor)
        return;
    const QString context = m_monitor->contextOf(m_datacenter);
    if (context.isEmpty() || !m_creatingIn.isEmpty())
        return;
    m_creatingIn = context;
    m_createResult.clear();
    m_monitor->createProxyDefaults(context, m_mode);
    refresh();
}

void MembersPanel::refresh() {
    const bool shown = m_monitor && !m_datacenter.isEmpty();
    m_ui->membersSplitter->setVisible(shown);
    m_ui->fields->setVisible(shown);
    m_ui->stateLabel->setVisible(shown);
    if (!shown) {
        m_ui->titleLabel->setText(tr("Choose a datacenter to see its WAN members."));
        m_ui->createProxyDefaultsButton->setVisible(false);
        m_model->setMembers({});
        m_ui->servicesList->clear();
        return;
    }
    const QString dc = m_datacenter;
    const QString context = m_monitor->contextOf(dc);
    const DatacenterHealth health = m_monitor->health(context);
    const bool read = !context.isEmpty() && health.isRead();

    // Members: the datacenter's own `consul members -wan` where we can read it.
    if (read) {
        m_ui->titleLabel->setText(tr("%1: WAN members as seen from context %2").arg(dc, context));
        m_model->setMembers(health.wan.members());
    } else {
        m_ui->titleLabel->setText(
            context.isEmpty()
                ? tr("%1: no kubeconfig context holds it; WAN members as the others see them")
                      .arg(dc)
                : tr("%1: not read yet; WAN members as the others see them").arg(dc));
        m_model->setMembers(m_monitor->membership().members());
    }

    QStringList state;
    if (!context.isEmpty()) {
        state << health.summary();
        if (!health.problem.isEmpty())
            state << health.problem;
        state << health.warnings;
    } else {
        const WanMembership::Summary servers = m_monitor->membership().summary(dc);
        state << tr("In the WAN membership with %1 of %2 servers alive, but in no kubeconfig "
                    "context.")
                     .arg(servers.aliveServers)
                     .arg(servers.servers);
    }
    m_ui->stateLabel->setText(state.join(QLatin1Char('\n')));

    // Services: its own catalog, else a cross-datacenter read by another one
    // (the primary's first), as `consul catalog services -datacenter` does.
    QStringList services;
    QString through;
    bool found = read && health.services.contains(dc);
    if (found) {
        services = health.services.value(dc);
    } else {
        QStringList order = m_monitor->contexts();
        const QString primary = m_monitor->primaryContext();
        if (order.removeOne(primary))
            order.prepend(primary);
        for (const QString &other : std::as_const(order)) {
            const DatacenterHealth h = m_monitor->health(other);
            if (h.services.contains(dc)) {
                services = h.services.value(dc);
                through = h.datacenter;
                found = true;
                break;
            }
        }
    }
    m_ui->servicesLabel->setText(
        !found              ? tr("Catalog services of %1: not read").arg(dc)
        : through.isEmpty() ? tr("Catalog services of %1").arg(dc)
                            : tr("Catalog services of %1, read through %2").arg(dc, through));
    if (services.size() != m_ui->servicesList->count() || [&] {
            for (int i = 0; i < services.size(); ++i) {
                if (m_ui->servicesList->item(i)->text() != services[i])
                    return true;
            }
            return false;
        }()) {
        m_ui->servicesList->clear();
        m_ui->servicesList->addItems(services);
    }

    if (context.isEmpty())
        m_ui->replicationValue->setText(tr("Unknown: no kubeconfig context holds %1.").arg(dc));
    else if (health.isPrimary())
        m_ui->replicationValue->setText(tr("The primary datacenter: the others replicate from "
                                           "it."));
    else if (health.replication)
        m_ui->replicationValue->setText(health.replication->describe());
    else
        m_ui->replicationValue->setText(tr("Not read yet."));

    QString proxyDefaults;
    if (context.isEmpty())
        proxyDefaults = tr("Unknown: no kubeconfig context holds %1.").arg(dc);
    else if (health.proxyDefaults)
        proxyDefaults = health.proxyDefaults->describe();
    else if (!health.proxyDefaultsProblem.isEmpty())
        proxyDefaults = health.proxyDefaultsProblem;
    else
        proxyDefaults = tr("Not read yet.");
    if (m_creatingIn == context && !context.isEmpty())
        proxyDefaults += QLatin1Char('\n') + tr("Creating it...");
    else if (m_createContext == context && !m_createResult.isEmpty())
        proxyDefaults += QLatin1Char('\n') + tr("Creating it failed: %1").arg(m_createResult);
    m_ui->proxyDefaultsValue->setText(proxyDefaults);

    const bool missing = health.proxyDefaults && !health.proxyDefaults->exists;
    m_ui->createProxyDefaultsButton->setVisible(!context.isEmpty());
    m_ui->createProxyDefaultsButton->setEnabled(missing && m_creatingIn.isEmpty());
    m_ui->createProxyDefaultsButton->setToolTip(
        tr("Create the ProxyDefaults resource \"global\" in context %1, mesh gateway mode %2")
            .arg(context, HelmValues::meshGatewayModeName(m_mode)));
}
