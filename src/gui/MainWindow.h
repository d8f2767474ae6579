#pragma once

#include <QMainWindow>

#include <memory>

class CanvasScene;
class DatacenterModel;
class KubeconfigWatcher;
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
    bool isLoading() const;

    DatacenterModel *model() const { return m_model; }
    CanvasScene *canvasScene() const { return m_scene; }

signals:
    void kubeconfigLoaded();

private:
    void setUpActions();
    void applyLoadResult();
    void openKubeconfig();
    void showSelected(const QString &id);
    void updateStatus();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatacenterModel *m_model;
    CanvasScene *m_scene;
    KubeconfigWatcher *m_watcher;
    QLineEdit *m_filter;
    QLabel *m_statusLabel;
};
