#include "LayoutMenu.h"

#include "LayoutDialogs.h"
#include "LayoutManager.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace fd::ui {

LayoutMenu::LayoutMenu(LayoutManager &layouts, QWidget *window)
    : QObject(window)
    , m_layouts(layouts)
    , m_window(window)
{
    m_menu = new QMenu(tr("&Layout"), window);
    m_menu->setObjectName(u"menu.layout"_s);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);

    const QStringList ids = m_layouts.builtInIds();
    for (const QString &id : ids) {
        QAction *action = makeSwitch(id, m_layouts.title(id));
        action->setShortcut(m_layouts.shortcutOf(id));
        m_menu->addAction(action);
    }
    m_savedStart = m_menu->addSeparator();
    m_savedEnd = m_menu->addSeparator();

    m_saveAs = m_menu->addAction(tr("&Save layout as…"));
    m_saveAs->setObjectName(u"action.saveLayoutAs"_s);
    m_saveAs->setToolTip(tr("Keep the window's arrangement under a name"));
    connect(m_saveAs, &QAction::triggered, this, &LayoutMenu::askSaveAs);
    m_manage = m_menu->addAction(tr("&Manage layouts…"));
    m_manage->setObjectName(u"action.manageLayouts"_s);
    m_manage->setToolTip(tr("Rename or delete saved layouts"));
    connect(m_manage, &QAction::triggered, this, &LayoutMenu::showManager);

    m_toolBar = new QToolBar(tr("Layout"), window);
    m_toolBar->setObjectName(u"toolbar.layout"_s);
    m_button = new QToolButton(m_toolBar);
    m_button->setObjectName(u"layout.button"_s);
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addWidget(m_button);

    connect(&m_layouts, &LayoutManager::savedLayoutsChanged, this, &LayoutMenu::rebuildSaved);
    connect(&m_layouts, &LayoutManager::currentChanged, this, &LayoutMenu::updateCurrent);
    rebuildSaved();
}

QAction *LayoutMenu::makeSwitch(const QString &key, const QString &title)
{
    auto *action = new QAction(title, m_menu);
    action->setObjectName(u"action.layout."_s + key);
    action->setCheckable(true);
    action->setData(key);
    m_group->addAction(action);
    m_actions.insert(key, action);
    connect(action, &QAction::triggered, this, [this, key] {
        m_layouts.switchTo(key);
        // Switching to the current layout changes nothing, but must not uncheck it either.
        updateCurrent();
    });
    return action;
}

void LayoutMenu::rebuildSaved()
{
    for (QAction *action : std::as_const(m_savedActions)) {
        m_actions.remove(action->data().toString());
        delete action;
    }
    m_savedActions.clear();
    const QStringList names = m_layouts.savedNames();
    for (const QString &name : names) {
        // A name is the user's text: "&" in it is a character, not a mnemonic.
        QString title = name;
        title.replace(u'&', u"&&"_s);
        QAction *action = makeSwitch(LayoutManager::savedKey(name), title);
        m_menu->insertAction(m_savedEnd, action);
        m_savedActions.append(action);
    }
    m_savedEnd->setVisible(!names.isEmpty());
    m_manage->setEnabled(!names.isEmpty());
    updateCurrent();
}

void LayoutMenu::updateCurrent()
{
    const QString current = m_layouts.current();
    if (QAction *action = m_actions.value(current))
        action->setChecked(true);
    QString title = m_layouts.currentTitle();
    m_button->setText(title.replace(u'&', u"&&"_s));
    m_button->setToolTip(tr("The layout of the window; click to switch, save or manage layouts"));
}

void LayoutMenu::askSaveAs()
{
    const QString current = m_layouts.current();
    const QString suggested =
        LayoutManager::isSavedKey(current) ? LayoutManager::nameOfSaved(current) : QString();
    auto *dialog = new LayoutNameDialog(
        tr("Save layout as"), tr("Keep the window's arrangement as a layout named:"), suggested,
        [this](const QString &name) { return m_layouts.nameProblem(name); }, m_window);
    dialog->setObjectName(u"layouts.saveAsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        const QStringList taken = m_layouts.savedNames();
        QString existing;
        for (const QString &other : taken) {
            if (other.compare(name, Qt::CaseInsensitive) == 0)
                existing = other;
        }
        if (existing.isEmpty()) {
            m_layouts.saveAs(name);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Question, tr("Save layout as"),
                                    tr("A layout named “%1” exists. Replace it?").arg(existing),
                                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box->setObjectName(u"layouts.confirmOverwrite"_s);
        box->setTextFormat(Qt::PlainText);
        box->button(QMessageBox::Yes)->setText(tr("Replace"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, name] {
            if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
                m_layouts.saveAs(name);
        });
        box->open();
    });
    dialog->open();
}

void LayoutMenu::showManager()
{
    if (auto *open = m_window->findChild<LayoutsDialog *>(u"layouts.manage"_s)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new LayoutsDialog(m_layouts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (LayoutManager::isSavedKey(m_layouts.current()))
        dialog->selectName(LayoutManager::nameOfSaved(m_layouts.current()));
    dialog->open();
}

} // namespace fd::ui
