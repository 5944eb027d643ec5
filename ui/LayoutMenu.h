#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;
class QWidget;

namespace fd::ui {

class LayoutManager;

// How the user picks, saves and manages layouts: the View → Layout menu (the built-in layouts
// with Ctrl+1, Ctrl+2, …, then the saved ones, the current one checked), "Save layout as…",
// "Manage layouts…", and a toolbar button that names the current layout and opens the menu.
class LayoutMenu : public QObject
{
    Q_OBJECT

public:
    LayoutMenu(LayoutManager &layouts, QWidget *window);

    QMenu *menu() const { return m_menu; }
    // A toolbar of its own ("toolbar.layout"), so the window's state places it.
    QToolBar *toolBar() const { return m_toolBar; }
    QToolButton *button() const { return m_button; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *manageAction() const { return m_manage; }
    // The menu's action that switches to the layout `key`.
    QAction *actionFor(const QString &key) const { return m_actions.value(key); }

    // Opens "Save layout as…" (window-modal, "layouts.saveAsDialog"); a name that is taken
    // asks before overwriting ("layouts.confirmOverwrite").
    void askSaveAs();
    // Opens the saved layouts ("layouts.manage").
    void showManager();

private:
    void rebuildSaved();
    void updateCurrent();
    QAction *makeSwitch(const QString &key, const QString &title);

    LayoutManager &m_layouts;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_savedStart = nullptr; // the separator before the saved layouts
    QAction *m_savedEnd = nullptr;   // and after them
    QAction *m_saveAs = nullptr;
    QAction *m_manage = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolButton *m_button = nullptr;
    QHash<QString, QAction *> m_actions;
    QList<QAction *> m_savedActions;
};

} // namespace fd::ui
