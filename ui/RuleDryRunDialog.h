#pragma once

#include "rules/DryRun.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace fd::core {
class Store;
}

namespace fd::ui {

// The items a dry run listed: id, account, author, when, what the rule would do, the text.
class DryRunItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        AccountColumn,
        AuthorColumn,
        CreatedColumn,
        ActionsColumn,
        TextColumn,
        ColumnCount
    };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<core::DryRunItem> &items);

private:
    QList<core::DryRunItem> m_items;
};

// What a rule would have done to the stored items, worked out on a thread of its own (with
// its own reading connection) while a progress bar moves; Cancel stops it. Then the summary
// ("Would close 312 items, tag 40.") and the items; double-clicking one opens it, and a stored
// rule that is off can be enabled from here.
class RuleDryRunDialog : public QDialog
{
    Q_OBJECT

public:
    RuleDryRunDialog(core::Store &store, const core::Rule &rule, QWidget *parent = nullptr);
    ~RuleDryRunDialog() override;

    // Starts the run (once).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableView *view() const { return m_view; }
    DryRunItemsModel *model() const { return m_model; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The report once the run finished.
    const std::optional<core::DryRunReport> &report() const { return m_report; }

Q_SIGNALS:
    void finished();
    void itemActivated(qint64 itemId);
    void enableRequested(qint64 ruleId);

private:
    void progressed(qint64 done, qint64 total);
    void done(const core::StoreResult<core::DryRunReport> &result);

    core::Store &m_store;
    core::Rule m_rule;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
    bool m_started = false;
    std::optional<core::DryRunReport> m_report;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_view = nullptr;
    DryRunItemsModel *m_model = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_thread = nullptr;
};

} // namespace fd::ui
