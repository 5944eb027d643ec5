#include "TemplateListModel.h"

#include "Format.h"

#include <QApplication>
#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {
// internalId of folder rows; a template row's internalId is its folder's row + 1.
constexpr quintptr kFolderRow = 0;
} // namespace

TemplateListModel::TemplateListModel(QSqlDatabase reader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_queries(std::move(reader))
{
    reload();
}

QModelIndex TemplateListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_folders.size() ? createIndex(row, column, kFolderRow) : QModelIndex();
    if (parent.internalId() != kFolderRow || parent.column() != 0 ||
        parent.row() >= m_folders.size())
        return {};
    if (row >= m_folders.at(parent.row()).templates.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TemplateListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kFolderRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kFolderRow);
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_folders.size());
    if (parent.internalId() != kFolderRow || parent.column() != 0)
        return 0;
    return int(m_folders.at(parent.row()).templates.size());
}

int TemplateListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kFolderRow) {
        const Folder &f = m_folders.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return f.name.isEmpty() ? tr("No folder") : f.name;
            return {};
        case SortRole: // folders keep their alphabetical order whatever column is sorted
            return f.name.isEmpty() ? tr("No folder") : f.name;
        case Qt::DecorationRole:
            if (index.column() == TitleColumn)
                return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
            return {};
        case TemplateIdRole:
            return qint64(0);
        case FolderRole:
            return f.name;
        case IsFolderRole:
            return true;
        }
        return {};
    }

    const core::Template &t = m_folders.at(index.internalId() - 1).templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return t.title;
        case ShortcodeColumn:
            return t.shortcode.isEmpty() ? QString() : u'/' + t.shortcode;
        case UsesColumn:
            return QLocale().toString(t.usageCount);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return t.title;
        case ShortcodeColumn:
            return t.shortcode;
        case UsesColumn:
            return t.usageCount;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return format::plainToolTip(t.body, 600);
        if (index.column() == UsesColumn)
            return tr("Used %Ln time(s)", nullptr, t.usageCount);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UsesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TemplateIdRole:
        return t.id;
    case BodyRole:
        return t.body;
    case FolderRole:
        return t.folder;
    case IsFolderRole:
        return false;
    }
    return {};
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Template");
    case ShortcodeColumn:
        return tr("Shortcode");
    case UsesColumn:
        return tr("Uses");
    }
    return {};
}

void TemplateListModel::setSearch(const QString &search)
{
    const QString clean = search.simplified();
    if (clean == m_search)
        return;
    m_search = clean;
    reload();
}

void TemplateListModel::reload()
{
    auto templates = m_queries.templates(m_search);
    if (!templates.ok()) {
        // Keep what is shown; the dock says what went wrong.
        m_lastError = templates.error().message;
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    m_lastError.clear();

    QList<Folder> folders;
    QHash<QString, qsizetype> at;
    for (const core::Template &t : std::as_const(*templates)) {
        auto found = at.constFind(t.folder);
        if (found == at.cend()) {
            found = at.insert(t.folder, folders.size());
            folders.append({t.folder, {}});
        }
        folders[*found].templates.append(t);
    }
    // Folders in the user's alphabet (SQLite folds the case of ASCII only); templates in no
    // folder come last.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(folders.begin(), folders.end(), [&](const Folder &a, const Folder &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        return collator.compare(a.name, b.name) < 0;
    });

    beginResetModel();
    m_folders = std::move(folders);
    endResetModel();
}

QModelIndex TemplateListModel::indexOfTemplate(qint64 templateId) const
{
    for (qsizetype f = 0; f < m_folders.size(); ++f) {
        const auto &templates = m_folders.at(f).templates;
        for (qsizetype r = 0; r < templates.size(); ++r) {
            if (templates.at(r).id == templateId)
                return createIndex(int(r), 0, quintptr(f) + 1);
        }
    }
    return {};
}

const core::Template *TemplateListModel::templateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kFolderRow ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_folders.at(index.internalId() - 1).templates.at(index.row());
}

const core::Template *TemplateListModel::templateById(qint64 templateId) const
{
    return templateAt(indexOfTemplate(templateId));
}

QStringList TemplateListModel::folders() const
{
    QStringList out;
    if (m_search.isEmpty()) {
        for (const Folder &f : m_folders)
            out.append(f.name);
    } else if (auto all = m_queries.templates(); all.ok()) {
        for (const core::Template &t : std::as_const(*all)) {
            if (!out.contains(t.folder))
                out.append(t.folder);
        }
    }
    out.removeAll(QString());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), collator);
    return out;
}

int TemplateListModel::templateCount() const
{
    int n = 0;
    for (const Folder &f : m_folders)
        n += int(f.templates.size());
    return n;
}

} // namespace fd::ui
