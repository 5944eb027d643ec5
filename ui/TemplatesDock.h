#pragma once

#include "TemplatesEditor.h"

#include <QDockWidget>
#include <QPointer>
#include <QSqlDatabase>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace fd::core {
class InboxActions;
struct Template;
} // namespace fd::core

namespace fd::ui {

class TemplateListModel;

// The canned replies: a search field, the templates by folder, the text of the current one,
// and New / Edit / Delete. Activating a template (double-click or Enter) hands it to whoever
// writes the reply (templateChosen).
class TemplatesDock : public QDockWidget
{
    Q_OBJECT

public:
    TemplatesDock(core::InboxActions &actions, QSqlDatabase reader, QWidget *parent = nullptr);

    TemplateListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QPlainTextEdit *preview() const { return m_preview; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    // The editor dialog while it is open, null otherwise.
    TemplatesEditor *editor() const { return m_editor; }
    // The refusal or read error shown at the top of the dock, empty when none is.
    QString messageText() const;

    // The template of the current row, 0 for none (or a folder).
    qint64 currentTemplateId() const;
    // Makes the template's row current, if it is shown; returns whether it is.
    bool selectTemplate(qint64 templateId);

    // Re-reads the templates (after a commit anywhere), keeping the current one.
    void reload();
    // Open the editor for a new template, in the current folder.
    void newTemplate();
    // Open the editor for an existing template.
    void editTemplate(qint64 templateId);
    // Asks whether to delete the template, then deletes it.
    void confirmDelete(qint64 templateId);
    // Hands the template to the composer (which counts the use when it inserts the text).
    void choose(qint64 templateId);

Q_SIGNALS:
    // The operator picked a template to answer with.
    void templateChosen(qint64 templateId, const QString &body);
    // A write of this dock was committed (other views may want to re-read).
    void changed();
    // A write was refused or failed; the message is in words for the user, and is shown.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMessage(const QString &message);
    void clearMessage();
    void openEditor(const core::Template &original);
    void save(const core::Template &edited);
    void remove(qint64 templateId);
    void updatePreview();
    void updateActions();
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;

    core::InboxActions &m_actions;
    TemplateListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QPointer<TemplatesEditor> m_editor;
    qint64 m_keepCurrent = 0;
};

} // namespace fd::ui
