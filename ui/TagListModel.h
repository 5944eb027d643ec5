#pragma once

#include "console/ConsoleQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace fd::ui {

// The tags with their colours and how many items carry each. Read-only as far as the store
// goes: a name typed into the Name cell is handed on as renameRequested(), and the change
// shows once the write is committed and the model reloaded.
class TagListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ItemsColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1, // qint64
        ColorRole,                    // QString, #rrggbb or empty for the default
        ItemCountRole,                // int
    };

    explicit TagListModel(QSqlDatabase reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Re-reads the tags and their counts.
    void reload();
    const QList<core::TagCount> &tags() const { return m_tags; }
    // The row of a tag, or -1.
    int rowOfTag(qint64 tagId) const;
    const core::TagCount *tag(qint64 tagId) const;
    // The last read error, empty after a successful read.
    const QString &lastError() const { return m_lastError; }

    // The colour a tag is drawn in: its own, or the palette's neutral one when it has none.
    static QColor swatchColor(const QString &color);

Q_SIGNALS:
    // The user typed a new name for a tag.
    void renameRequested(qint64 tagId, const QString &name);
    void errorOccurred(const QString &message);

private:
    core::ConsoleQueries m_queries;
    QList<core::TagCount> m_tags;
    QString m_lastError;
};

} // namespace fd::ui
