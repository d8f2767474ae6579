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

    // nullptr clears the panel.
    void showDatacenter(const Datacenter *datacenter);

private:
    std::unique_ptr<Ui::DetailsPanel> m_ui;
};
