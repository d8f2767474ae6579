#pragma once

#include <QWidget>

#include <memory>

struct Datacenter;
namespace Ui {
class DetailsPanel;
}

// The selected datacenter's context, cluster and credential, read-only.
class DetailsPanel : public QWidget {
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    ~DetailsPanel() override;

    // nullptr clears the panel. planName and federation describe the
    // datacenter's place in the plan; empty when it has none.
    void showDatacenter(const Datacenter *datacenter, const QString &planName = {},
                        const QString &federation = {});

private:
    std::unique_ptr<Ui::DetailsPanel> m_ui;
};
