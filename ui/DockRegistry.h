#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QDockWidget;
class QMainWindow;
class QSettings;

namespace fd::ui {

// The docks of a main window and its layout: each dock has a stable objectName ("dock.<name>")
// so the layout saved with saveState() finds it again; the layout built in code is kept as the
// default that "Reset layout" goes back to.
class DockRegistry : public QObject
{
    Q_OBJECT

public:
    // Bumped when a change of docks makes old saved layouts meaningless.
    static constexpr int layoutVersion = 2;

    DockRegistry(QMainWindow *window, QSettings &settings);

    // Places `dock` in `area` of the default layout. Its objectName must be set.
    void add(QDockWidget *dock, Qt::DockWidgetArea area);
    const QList<QDockWidget *> &docks() const { return m_docks; }
    QDockWidget *find(const QString &objectName) const;

    // Remembers the current layout as the default one; call right after placing the docks.
    void captureDefault();
    const QByteArray &defaultState() const { return m_defaultState; }

    // Brings back the geometry and layout saved last time; false when there was none usable
    // (the default layout stays).
    bool restore();
    void save() const;
    // Back to the default layout (the window's size and place stay).
    void resetLayout();

private:
    QMainWindow *m_window;
    QSettings &m_settings;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;
};

} // namespace fd::ui
