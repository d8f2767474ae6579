#pragma once

#include "ValuesProblem.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class YamlEditor;
namespace Ui {
class ValuesPanel;
}

// The YAML view: one datacenter's Helm values, editable, with its problems
// underlined and listed. Holds no plan; the owner feeds it text and problems.
class ValuesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ValuesPanel(QWidget *parent = nullptr);
    ~ValuesPanel() override;

    // The context whose values are shown; empty shows the "not in plan" page.
    QString context() const { return m_context; }
    void showValues(const QString &context, const QString &title, const QByteArray &text);
    void showNotInPlan(const QString &title);
    void setProblems(const QList<ValuesProblem> &problems);
    YamlEditor *editor() const;

    // Quiet time after the last keystroke before an edit counts.
    static constexpr int EditDelayMs = 250;

signals:
    // The user's text, once typing pauses.
    void valuesEdited(const QString &context, const QByteArray &text);

private:
    std::unique_ptr<Ui::ValuesPanel> m_ui;
    QString m_context;
    QTimer m_editDelay;
    bool m_settingText = false;
};
