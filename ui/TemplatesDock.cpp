#include "TemplatesDock.h"

#include "DockSupport.h"
#include "TemplateListModel.h"
#include "TemplatesEditor.h"
#include "console/InboxActions.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

// Sorted in the user's alphabet; templates in no folder stay below the named folders.
class TemplateSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftLoose = isLooseFolder(left);
        const bool rightLoose = isLooseFolder(right);
        if (leftLoose != rightLoose) {
            // Last whichever way the column is sorted.
            const bool ascending = sortOrder() == Qt::AscendingOrder;
            return rightLoose ? ascending : !ascending;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    static bool isLooseFolder(const QModelIndex &index)
    {
        return index.data(TemplateListModel::IsFolderRole).toBool() &&
               index.data(TemplateListModel::FolderRole).toString().isEmpty();
    }
};

} // namespace

TemplatesDock::TemplatesDock(core::InboxActions &actions, QSqlDatabase reader, QWidget *parent)
    : QDockWidget(tr("Templates"), parent)
    , m_actions(actions)
{
    setObjectName(u"dock.templates"_s);

    m_model = new TemplateListModel(std::move(reader), this);
    auto *sorted = new TemplateSortModel(this);
    m_sorted = sorted;
    sortLikeTheUser(m_sorted, m_model, TemplateListModel::SortRole);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_message = makeMessageLabel(u"templates.message"_s, body);
    layout->addWidget(m_message);

    m_search = makeSearchField(
        body,
        {.objectName = u"templates.search"_s, .prompt = tr("Search templates"), .keyFilter = this});
    layout->addWidget(m_search);

    auto *split = new QSplitter(Qt::Vertical, body);
    split->setChildrenCollapsible(false);
    m_view = new QTreeView(split);
    m_view->setObjectName(u"templates.view"_s);
    setUpRecordView(m_view, m_sorted, TemplateListModel::TitleColumn,
                    {TemplateListModel::ShortcodeColumn, TemplateListModel::UsesColumn},
                    QAbstractItemView::NoEditTriggers);

    m_preview = new QPlainTextEdit(split);
    m_preview->setObjectName(u"templates.preview"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Template text"));
    m_preview->setPlaceholderText(tr("Choose a template to see its text."));
    split->addWidget(m_view);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_new = new QAction(tr("&New…"), this);
    m_new->setObjectName(u"templates.new"_s);
    m_new->setToolTip(tr("Write a new template"));
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setObjectName(u"templates.edit"_s);
    m_edit->setToolTip(tr("Change the selected template"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(u"templates.delete"_s);
    m_delete->setToolTip(tr("Delete the selected template"));
    for (QAction *action : {m_new, m_edit, m_delete}) {
        m_view->addAction(action);
        if (action != m_new)
            addAction(action); // shortcuts anywhere in the dock
    }

    layout->addLayout(makeButtonRow({m_new, m_edit, m_delete}, body));
    setWidget(body);

    connect(m_new, &QAction::triggered, this, &TemplatesDock::newTemplate);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentTemplateId())
            editTemplate(id);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentTemplateId())
            confirmDelete(id);
    });
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_model->setSearch(text); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search goes to the first match; Enter again uses it.
        for (int f = 0; f < m_sorted->rowCount(); ++f) {
            const QModelIndex folder = m_sorted->index(f, 0);
            if (m_sorted->rowCount(folder) > 0) {
                m_view->setCurrentIndex(m_sorted->index(0, 0, folder));
                m_view->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const core::Template *t = m_model->templateAt(sourceIndex(index)))
            choose(t->id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updatePreview();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepCurrent = currentTemplateId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        if (m_keepCurrent != 0)
            selectTemplate(m_keepCurrent);
        updatePreview();
        updateActions();
    });
    connect(m_model, &TemplateListModel::errorOccurred, this, &TemplatesDock::showMessage);

    m_view->expandAll();
    updatePreview();
    updateActions();
}

QString TemplatesDock::messageText() const
{
    return shownMessage(m_message);
}

void TemplatesDock::showMessage(const QString &message)
{
    fd::ui::showMessage(m_message, message);
}

void TemplatesDock::clearMessage()
{
    fd::ui::clearMessage(m_message);
}

QModelIndex TemplatesDock::sourceIndex(const QModelIndex &viewIndex) const
{
    return m_sorted->mapToSource(viewIndex.siblingAtColumn(0));
}

qint64 TemplatesDock::currentTemplateId() const
{
    const core::Template *t = m_model->templateAt(sourceIndex(m_view->currentIndex()));
    return t ? t->id : 0;
}

bool TemplatesDock::selectTemplate(qint64 templateId)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexOfTemplate(templateId));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void TemplatesDock::reload()
{
    m_model->reload();
}

void TemplatesDock::updatePreview()
{
    const core::Template *t = m_model->templateAt(sourceIndex(m_view->currentIndex()));
    // setPlainText: the text is shown exactly as written, markup and all.
    m_preview->setPlainText(t ? t->body : QString());
}

void TemplatesDock::updateActions()
{
    const bool onTemplate = currentTemplateId() != 0;
    m_edit->setEnabled(onTemplate);
    m_delete->setEnabled(onTemplate);
}

void TemplatesDock::newTemplate()
{
    core::Template fresh;
    const QModelIndex current = sourceIndex(m_view->currentIndex());
    if (current.isValid())
        fresh.folder = current.data(TemplateListModel::FolderRole).toString();
    openEditor(fresh);
}

void TemplatesDock::editTemplate(qint64 templateId)
{
    if (const core::Template *t = m_model->templateById(templateId))
        openEditor(*t);
}

void TemplatesDock::openEditor(const core::Template &original)
{
    if (m_editor && m_editor->isVisible()) {
        // One at a time: what is being typed there must not be lost.
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *editor = new TemplatesEditor(original, m_model->folders(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &TemplatesEditor::saveRequested, this, &TemplatesDock::save);
    editor->open();
}

void TemplatesDock::save(const core::Template &edited)
{
    QPointer<TemplatesEditor> editor = m_editor;
    whenWritten(
        m_actions.saveTemplate(edited), this,
        [this, editor](const QString &message) {
            // Said where the user is looking: in the dialog, with what they typed kept.
            if (editor)
                editor->showError(message);
            else
                showMessage(message);
            Q_EMIT failed(message);
        },
        [this, editor](const core::StoreResult<qint64> &id) {
            if (editor)
                editor->finishSaved();
            clearMessage();
            reload();
            selectTemplate(*id);
            Q_EMIT changed();
        });
}

void TemplatesDock::confirmDelete(qint64 templateId)
{
    const core::Template *t = m_model->templateById(templateId);
    if (!t)
        return;
    askBeforeDeleting(
        this,
        {.objectName = u"templates.confirmDelete"_s,
         .title = tr("Delete template"),
         .text = tr("Delete the template “%1”?").arg(t->title),
         .informative = tr("Its text is gone for everyone at this desk. This cannot be undone."),
         .deleteLabel = tr("Delete")},
        [this, templateId] { remove(templateId); });
}

void TemplatesDock::remove(qint64 templateId)
{
    whenWritten(
        m_actions.deleteTemplate(templateId), this,
        [this](const QString &message) {
            showMessage(message);
            Q_EMIT failed(message);
        },
        [this] {
            clearMessage();
            reload();
            Q_EMIT changed();
        });
}

bool TemplatesDock::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field walks on into the list.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        Q_EMIT m_search->returnPressed();
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void TemplatesDock::choose(qint64 templateId)
{
    // The use is counted by whoever inserts the text (the composer), once it is inserted.
    if (const core::Template *t = m_model->templateById(templateId))
        Q_EMIT templateChosen(t->id, t->body);
}

} // namespace fd::ui
