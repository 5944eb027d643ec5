#include "DockRegistry.h"

#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>

namespace fd::ui {

DockRegistry::DockRegistry(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{}

void DockRegistry::add(QDockWidget *dock, Qt::DockWidgetArea area)
{
    add(dock, DockPlacement::in(area));
}

void DockRegistry::add(QDockWidget *dock, const DockPlacement &fallback)
{
    Q_ASSERT_X(!dock->objectName().isEmpty(), "DockRegistry::add",
               "a dock needs a stable objectName for saveState()");
    Q_ASSERT_X(!find(dock->objectName()), "DockRegistry::add", "dock objectNames must be unique");
    m_docks.append(dock);
    m_fallbacks.insert(dock->objectName(), fallback);
    m_window->addDockWidget(fallback.area, dock);
}

void DockRegistry::place(const QString &layout, const QString &objectName,
                         const DockPlacement &placement)
{
    m_placements[layout].insert(objectName, placement);
}

DockPlacement DockRegistry::placement(const QString &layout, const QString &objectName) const
{
    const auto ofLayout = m_placements.constFind(layout);
    if (ofLayout != m_placements.cend()) {
        const auto found = ofLayout->constFind(objectName);
        if (found != ofLayout->cend())
            return *found;
    }
    return m_fallbacks.value(objectName, DockPlacement::in(Qt::LeftDockWidgetArea));
}

QDockWidget *DockRegistry::find(const QString &objectName) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->objectName() == objectName)
            return dock;
    }
    return nullptr;
}

void DockRegistry::arrange(const QString &layout)
{
    // Out of the window first, so nothing of the arrangement before (tabs, splits, floating
    // docks) is left over.
    for (QDockWidget *dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        m_window->removeDockWidget(dock);
    }

    // Each dock after the one it is placed against; one whose reference is missing (or a
    // circle of references) gets its area to itself.
    QList<QDockWidget *> pending = m_docks;
    QList<QDockWidget *> placed;
    QList<QDockWidget *> raised;
    const auto put = [&](QDockWidget *dock, const DockPlacement &p, QDockWidget *target) {
        switch (target ? p.relation : DockPlacement::Relation::Own) {
        case DockPlacement::Relation::Own:
            m_window->addDockWidget(p.area, dock);
            break;
        case DockPlacement::Relation::RightOf:
            m_window->splitDockWidget(target, dock, Qt::Horizontal);
            break;
        case DockPlacement::Relation::Below:
            m_window->splitDockWidget(target, dock, Qt::Vertical);
            break;
        case DockPlacement::Relation::TabbedWith:
            m_window->tabifyDockWidget(target, dock);
            break;
        }
        placed.append(dock);
        if (p.raised)
            raised.append(dock);
    };
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (auto it = pending.begin(); it != pending.end();) {
            const DockPlacement p = placement(layout, (*it)->objectName());
            QDockWidget *target =
                p.relation == DockPlacement::Relation::Own ? nullptr : find(p.relativeTo);
            if (target && target != *it && !placed.contains(target)) {
                ++it;
                continue;
            }
            put(*it, p, target == *it ? nullptr : target);
            it = pending.erase(it);
            progressed = true;
        }
        if (!progressed) {
            QDockWidget *dock = pending.takeFirst();
            put(dock, placement(layout, dock->objectName()), nullptr);
        }
    }

    QList<QDockWidget *> across;
    QList<int> widths;
    QList<QDockWidget *> down;
    QList<int> heights;
    const QSize size = m_window->size();
    for (QDockWidget *dock : std::as_const(m_docks)) {
        const DockPlacement p = placement(layout, dock->objectName());
        dock->setVisible(p.visible);
        // Hidden ones too: shown from the View menu, they come in their size.
        if (p.width.isSet()) {
            across.append(dock);
            widths.append(p.width.of(size.width()));
        }
        if (p.height.isSet()) {
            down.append(dock);
            heights.append(p.height.of(size.height()));
        }
    }
    for (QDockWidget *dock : std::as_const(raised)) {
        if (dock->isVisibleTo(m_window))
            dock->raise();
    }
    if (!across.isEmpty())
        m_window->resizeDocks(across, widths, Qt::Horizontal);
    if (!down.isEmpty())
        m_window->resizeDocks(down, heights, Qt::Vertical);
    // Laid out now, so a state saved before the window is shown holds these sizes.
    m_window->layout()->activate();
}

QByteArray DockRegistry::saveState() const
{
    return m_window->saveState(layoutVersion);
}

bool DockRegistry::restoreState(const QByteArray &state, const QString &base)
{
    arrange(base);
    if (state.isEmpty())
        return false;
    if (m_window->restoreState(state, layoutVersion))
        return true;
    // A state of another version may have been applied in part.
    arrange(base);
    return false;
}

} // namespace fd::ui
