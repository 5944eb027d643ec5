#pragma once

#include "rules/RuleStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace fd::ui {

// The automation rules in the order they run: position, on or off, name, trigger, what they
// do in one line, how often they acted and when last. Read-only as far as the store goes:
// ticking a rule on or off and moving rows (drag and drop, moveRows) show at once and are
// handed on as enableRequested() and orderRequested(); the dock writes them and reloads.
class RuleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        EnabledColumn,
        NameColumn,
        TriggerColumn,
        SummaryColumn,
        FiringsColumn,
        LastFiredColumn,
        ColumnCount
    };
    enum Role {
        RuleIdRole = Qt::UserRole + 1, // qint64
        ProblemRole,                   // QString: why the stored rule cannot be read, or empty
    };

    // `rules` is read from the calling thread (its reading connection).
    explicit RuleListModel(const core::RuleStore &rules, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // Re-reads the rules.
    void reload();
    const QList<core::RuleRecord> &rules() const { return m_rules; }
    // The row of a rule, or -1.
    int rowOfRule(qint64 ruleId) const;
    const core::RuleRecord *rule(qint64 ruleId) const;
    QList<qint64> order() const;
    // The last read error, empty after a successful read.
    const QString &lastError() const { return m_lastError; }
    // "Last fired" is relative to this (tests set it; invalid: the current time).
    void setNow(const QDateTime &now) { m_now = now; }

    static QString mimeType();

Q_SIGNALS:
    void enableRequested(qint64 ruleId, bool enabled);
    // The rules were moved here; the new order, as rule ids.
    void orderRequested(const QList<qint64> &ruleIds);
    void errorOccurred(const QString &message);

private:
    const core::RuleStore &m_store;
    QList<core::RuleRecord> m_rules;
    QString m_lastError;
    QDateTime m_now;
};

} // namespace fd::ui
