#include "DockRegistry.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {
const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
} // namespace

DockRegistry::DockRegistry(QMainWindow *window, QSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{}

void DockRegistry::add(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT_X(!dock->objectName().isEmpty(), "DockRegistry::add",
               "a dock needs a stable objectName for saveState()");
    Q_ASSERT_X(!find(dock->objectName()), "DockRegistry::add", "dock objectNames must be unique");
    m_docks.append(dock);
    m_window->addDockWidget(area, dock);
}

QDockWidget *DockRegistry::find(const QString &objectName) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->objectName() == objectName)
            return dock;
    }
    return nullptr;
}

void DockRegistry::captureDefault()
{
    m_defaultState = m_window->saveState(layoutVersion);
}

bool DockRegistry::restore()
{
    const QByteArray geometry = m_settings.value(kGeometryKey).toByteArray();
    const QByteArray state = m_settings.value(kStateKey).toByteArray();
    const bool geometryRestored = !geometry.isEmpty() && m_window->restoreGeometry(geometry);
    const bool stateRestored = !state.isEmpty() && m_window->restoreState(state, layoutVersion);
    if (!state.isEmpty() && !stateRestored)
        resetLayout(); // a layout from another version may have been applied in part
    return geometryRestored && stateRestored;
}

void DockRegistry::save() const
{
    m_settings.setValue(kGeometryKey, m_window->saveGeometry());
    m_settings.setValue(kStateKey, m_window->saveState(layoutVersion));
}

void DockRegistry::resetLayout()
{
    if (m_defaultState.isEmpty())
        return;
    // A floating or hidden dock is part of the state too; restoreState puts each one back.
    m_window->restoreState(m_defaultState, layoutVersion);
}

} // namespace fd::ui
