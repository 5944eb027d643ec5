#pragma once

#include "console/ConsoleQueries.h"

#include <QAbstractItemModel>
#include <QList>

namespace fd::ui {

// Canned replies as a tree: folders, and under each its templates with title, shortcode and
// how often they were used. Shows the templates matching a search (title, text, folder or
// shortcode, any case); reloaded whenever the store changes.
class TemplateListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ShortcodeColumn, UsesColumn, ColumnCount };
    enum Role {
        TemplateIdRole = Qt::UserRole + 1, // qint64, 0 on folder rows
        BodyRole,                          // QString, the template's text as written
        FolderRole,                        // QString, empty for templates in no folder
        IsFolderRole,                      // bool
        SortRole,                          // what the columns are sorted by
    };

    explicit TemplateListModel(QSqlDatabase reader, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QString &search() const { return m_search; }
    // Shows the templates matching `search` (all when empty).
    void setSearch(const QString &search);
    void reload();

    // The index (column 0) of a template, invalid when it is not shown.
    QModelIndex indexOfTemplate(qint64 templateId) const;
    // The template at `index`, null for folder rows.
    const core::Template *templateAt(const QModelIndex &index) const;
    const core::Template *templateById(qint64 templateId) const;
    // Every folder in use, whatever the search (for the editor's choice).
    QStringList folders() const;
    int templateCount() const;
    // The last read error, empty after a successful read.
    const QString &lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Folder
    {
        QString name;
        QList<core::Template> templates;
    };

    core::ConsoleQueries m_queries;
    QString m_search;
    QList<Folder> m_folders;
    QString m_lastError;
};

} // namespace fd::ui
