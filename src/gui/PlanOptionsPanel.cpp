#include "PlanOptionsPanel.h"
#include "ui_PlanOptionsPanel.h"

PlanOptionsPanel::PlanOptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanOptionsPanel>()) {
    m_ui->setupUi(this);
    // Item data are the chart's spellings; the text may be translated.
    m_ui->serviceTypeCombo->addItem(tr("LoadBalancer"), int(MeshGatewayServiceType::LoadBalancer));
    m_ui->serviceTypeCombo->addItem(tr("NodePort"), int(MeshGatewayServiceType::NodePort));
    m_ui->wanSourceCombo->addItem(tr("Service (the gateway's external address)"),
                                  int(WanAddressSource::Service));
    m_ui->wanSourceCombo->addItem(tr("NodeIP"), int(WanAddressSource::NodeIP));
    m_ui->wanSourceCombo->addItem(tr("NodeName"), int(WanAddressSource::NodeName));
    m_ui->wanSourceCombo->addItem(tr("Static address"), int(WanAddressSource::Static));
    m_ui->meshModeCombo->addItem(tr("local: leave through the local gateway"),
                                 int(MeshGatewayMode::Local));
    m_ui->meshModeCombo->addItem(tr("remote: go straight to the remote gateway"),
                                 int(MeshGatewayMode::Remote));

    connect(m_ui->aclsCheck, &QCheckBox::toggled, this, &PlanOptionsPanel::emitEdited);
    connect(m_ui->gossipCheck, &QCheckBox::toggled, this, &PlanOptionsPanel::emitEdited);
    connect(m_ui->serviceTypeCombo, &QComboBox::currentIndexChanged, this,
            &PlanOptionsPanel::emitEdited);
    connect(m_ui->nodePortSpin, &QSpinBox::editingFinished, this, &PlanOptionsPanel::emitEdited);
    connect(m_ui->wanSourceCombo, &QComboBox::currentIndexChanged, this,
            &PlanOptionsPanel::emitEdited);
    connect(m_ui->staticAddressEdit, &QLineEdit::editingFinished, this,
            &PlanOptionsPanel::emitEdited);
    connect(m_ui->meshModeCombo, &QComboBox::currentIndexChanged, this,
            &PlanOptionsPanel::emitEdited);
    setPlan(m_plan);
}

PlanOptionsPanel::~PlanOptionsPanel() = default;

void PlanOptionsPanel::setPlan(const FederationPlan &plan) {
    m_updating = true;
    m_plan = plan;
    m_ui->aclsCheck->setChecked(plan.acls);
    m_ui->gossipCheck->setChecked(plan.gossipEncryption);
    m_ui->serviceTypeCombo->setCurrentIndex(
        m_ui->serviceTypeCombo->findData(int(plan.meshGatewayServiceType)));
    if (plan.nodePort > 0)
        m_ui->nodePortSpin->setValue(plan.nodePort);
    m_ui->wanSourceCombo->setCurrentIndex(
        m_ui->wanSourceCombo->findData(int(plan.wanAddressSource)));
    m_ui->staticAddressEdit->setText(plan.staticWanAddress);
    m_ui->meshModeCombo->setCurrentIndex(m_ui->meshModeCombo->findData(int(plan.meshGatewayMode)));
    if (!plan.hasPrimary())
        m_ui->planSummary->setText(
            tr("No federation yet. Make a datacenter the primary: select it and press "
               "Ctrl+Shift+P, or use its context menu."));
    else
        m_ui->planSummary->setText(tr("Primary %1 with %2 secondary datacenters.")
                                       .arg(plan.primary.datacenter)
                                       .arg(plan.secondaries.size()));
    updateEnabled();
    m_updating = false;
}

void PlanOptionsPanel::updateEnabled() {
    const bool nodePort =
        m_ui->serviceTypeCombo->currentData().toInt() == int(MeshGatewayServiceType::NodePort);
    const bool staticAddress =
        m_ui->wanSourceCombo->currentData().toInt() == int(WanAddressSource::Static);
    m_ui->nodePortSpin->setEnabled(nodePort);
    m_ui->nodePortLabel->setEnabled(nodePort);
    m_ui->staticAddressEdit->setEnabled(staticAddress);
    m_ui->staticAddressLabel->setEnabled(staticAddress);
}

void PlanOptionsPanel::emitEdited() {
    updateEnabled();
    if (m_updating)
        return;
    FederationPlan plan = m_plan;
    plan.acls = m_ui->aclsCheck->isChecked();
    plan.gossipEncryption = m_ui->gossipCheck->isChecked();
    plan.meshGatewayServiceType =
        MeshGatewayServiceType(m_ui->serviceTypeCombo->currentData().toInt());
    plan.nodePort = plan.meshGatewayServiceType == MeshGatewayServiceType::NodePort
                        ? m_ui->nodePortSpin->value()
                        : 0;
    plan.wanAddressSource = WanAddressSource(m_ui->wanSourceCombo->currentData().toInt());
    plan.staticWanAddress = plan.wanAddressSource == WanAddressSource::Static
                                ? m_ui->staticAddressEdit->text().trimmed()
                                : QString();
    plan.meshGatewayMode = MeshGatewayMode(m_ui->meshModeCombo->currentData().toInt());
    if (plan == m_plan)
        return;
    m_plan = plan;
    emit planEdited(plan);
}
