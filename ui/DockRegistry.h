#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QDockWidget;
class QMainWindow;

namespace fd::ui {

// A share of the window's width or height, never less than a minimum (pixels) unless the window
// is too small for it: a dock leaves at least a fifth to the rest. 0 leaves the size to the
// layout.
struct DockExtent
{
    int percent = 0;
    int minimum = 0;

    bool isSet() const { return percent > 0 || minimum > 0; }
    int of(int total) const { return qMin(qMax(minimum, total * percent / 100), total * 4 / 5); }
};

// Where a dock goes in one layout: in an area of its own, split off a dock placed before it, or
// tabbed with one; shown or hidden; how wide and how high. Docks split side by side each need
// a width (one above the other, a height): one without keeps the size it had before, and the
// layout would depend on what was shown before it.
struct DockPlacement
{
    enum class Relation { Own, RightOf, Below, TabbedWith };

    Qt::DockWidgetArea area = Qt::LeftDockWidgetArea;
    Relation relation = Relation::Own;
    QString relativeTo; // the objectName of the dock it is placed against
    bool visible = true;
    bool raised = false; // the tab in front of its group
    DockExtent width;
    DockExtent height;

    static DockPlacement in(Qt::DockWidgetArea area)
    {
        DockPlacement p;
        p.area = area;
        return p;
    }
    static DockPlacement rightOf(const QString &dock) { return against(Relation::RightOf, dock); }
    static DockPlacement below(const QString &dock) { return against(Relation::Below, dock); }
    static DockPlacement tabbedWith(const QString &dock)
    {
        return against(Relation::TabbedWith, dock);
    }
    static DockPlacement against(Relation relation, const QString &dock)
    {
        DockPlacement p;
        p.relation = relation;
        p.relativeTo = dock;
        return p;
    }
    DockPlacement hidden() const
    {
        DockPlacement p = *this;
        p.visible = false;
        return p;
    }
    DockPlacement inFront() const
    {
        DockPlacement p = *this;
        p.raised = true;
        return p;
    }
    DockPlacement withWidth(int percent, int minimum = 0) const
    {
        DockPlacement p = *this;
        p.width = {percent, minimum};
        return p;
    }
    DockPlacement withHeight(int percent, int minimum = 0) const
    {
        DockPlacement p = *this;
        p.height = {percent, minimum};
        return p;
    }
};

// The docks of a main window and where each goes in each layout. Every dock has a stable
// objectName ("dock.<name>") so a state saved with saveState() finds it again. A layout is
// built in code from the placements (arrange()); a dock declares its place in the layouts it
// cares about and sits where add() put it, shown, in any other.
class DockRegistry : public QObject
{
    Q_OBJECT

public:
    // Bumped when a change of docks makes old saved states meaningless: states of another
    // version are discarded, not applied.
    static constexpr int layoutVersion = 1;

    explicit DockRegistry(QMainWindow *window);

    // Adds `dock` to the window in `area`, its place in layouts that declare none.
    // Its objectName must be set and unique.
    void add(QDockWidget *dock, Qt::DockWidgetArea area);
    void add(QDockWidget *dock, const DockPlacement &fallback);
    // Where the dock named `objectName` goes in `layout`. It may be declared before the dock
    // is added, so a dock added later finds its place waiting.
    void place(const QString &layout, const QString &objectName, const DockPlacement &placement);
    DockPlacement placement(const QString &layout, const QString &objectName) const;

    const QList<QDockWidget *> &docks() const { return m_docks; }
    QDockWidget *find(const QString &objectName) const;

    // Puts every dock where `layout` places it, sized for the window's current size.
    void arrange(const QString &layout);
    // The window's dock and toolbar state, and back. restoreState() first arranges `base`, so a
    // dock the state does not know goes where that layout places it; false (and `base` stays)
    // when the state is of another version or unreadable.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state, const QString &base);

private:
    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
    QHash<QString, DockPlacement> m_fallbacks;
    // Keyed by layout, then by dock.
    QHash<QString, QHash<QString, DockPlacement>> m_placements;
};

} // namespace fd::ui
