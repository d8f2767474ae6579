#include "DetailsPanel.h"
#include "ui_DetailsPanel.h"

#include "Datacenter.h"

#include <QLabel>

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DetailsPanel>()) {
    m_ui->setupUi(this);
    for (QLabel *value : m_ui->fields->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (!value->objectName().endsWith(QLatin1String("Value")))
            continue;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
    }
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_ui->titleLabel->setFont(title);
    showDatacenter(nullptr);
}

DetailsPanel::~DetailsPanel() = default;

void DetailsPanel::showDatacenter(const Datacenter *dc, const QString &planName,
                                  const QString &federation) {
    m_ui->fields->setVisible(dc != nullptr);
    m_ui->keyboardHint->setVisible(dc == nullptr);
    if (!dc) {
        m_ui->titleLabel->setText(tr("Select a datacenter to see its details."));
        return;
    }
    const QString name = planName.isEmpty() ? dc->name : planName;
    m_ui->titleLabel->setText(name);
    m_ui->federationValue->setText(federation.isEmpty() ? tr("Not in the plan") : federation);
    m_ui->contextValue->setText(dc->current ? tr("%1 (current)").arg(dc->id) : dc->id);
    m_ui->datacenterValue->setText(name);
    m_ui->clusterValue->setText(
        dc->clusterMissing ? tr("%1 — not defined in any kubeconfig file").arg(dc->clusterName)
                           : dc->clusterName);
    m_ui->serverValue->setText(dc->server.isEmpty() ? tr("unknown") : dc->server);
    m_ui->tlsValue->setText(dc->clusterMissing ? tr("unknown")
                            : dc->insecureSkipTlsVerify
                                ? tr("Not verified (insecure-skip-tls-verify)")
                                : tr("Verified"));
    m_ui->namespaceValue->setText(dc->ns.isEmpty() ? tr("default (not set)") : dc->ns);
    m_ui->userValue->setText(dc->userMissing
                                 ? tr("%1 — not defined in any kubeconfig file").arg(dc->userName)
                                 : dc->userName);
    m_ui->credentialValue->setText(dc->credentialSummary());
    m_ui->sourceValue->setText(dc->line > 0 ? tr("%1, line %2").arg(dc->sourceFile).arg(dc->line)
                                            : dc->sourceFile);
}
