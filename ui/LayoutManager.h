#pragma once

#include <QByteArray>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QMainWindow;
class QSettings;

namespace fd::ui {

class DockRegistry;

// The window's named layouts: the built-in ones (built in code from the docks' placements) and
// those the user saved under a name. Each layout keeps what the user did to it: its state is
// kept when the user switches away and brought back when they return, also in the next
// session. "Reset" takes the current layout back to how it was built (or saved).
//
// A layout is named by a key: a built-in layout's id ("operator"), or "saved:" and the name the
// user gave. The settings live under a key that carries DockRegistry::layoutVersion, so states
// of an incompatible set of docks are discarded instead of applied.
class LayoutManager : public QObject
{
    Q_OBJECT

public:
    // Longest name of a saved layout.
    static constexpr int maxNameLength = 80;

    LayoutManager(QMainWindow *window, DockRegistry &docks, QSettings &settings);

    // A layout built from the docks' placements for `id`. The first one added is the one a
    // new user starts with.
    void addBuiltIn(const QString &id, const QString &title, const QKeySequence &shortcut = {});
    // A piece of the window's state kept with each layout besides the docks (the inbox's
    // columns): how to read it, apply it (false when it could not be) and build it afresh for
    // a built-in layout.
    struct Part
    {
        std::function<QByteArray()> save;
        std::function<bool(const QByteArray &)> restore;
        std::function<void(const QString &builtInId)> reset;
        // Where the window kept it before there were layouts: read once into the first
        // built-in layout's state, then removed.
        QString legacySettingsKey{};
    };
    void addPart(const QString &key, Part part);

    // Brings back the last session: the window's geometry, the layout used last and its state.
    // Call once, after the docks, built-in layouts and parts are added.
    void restore();
    // Writes the geometry and the state of every layout to the settings (on close).
    void save();

    static QString savedKey(const QString &name);
    static bool isSavedKey(const QString &key);
    static QString nameOfSaved(const QString &key);

    QStringList builtInIds() const;
    QKeySequence shortcutOf(const QString &builtInId) const;
    // The names of the saved layouts, in the order they were saved.
    QStringList savedNames() const;
    bool contains(const QString &key) const;
    QString title(const QString &key) const;
    QString current() const { return m_current; }
    QString currentTitle() const { return title(m_current); }

    // Keeps the current layout's state and shows the layout `key` as the user left it;
    // false for an unknown key.
    bool switchTo(const QString &key);
    // The current layout as it was built, or as it was saved.
    void resetCurrent();

    // Why `name` cannot name a saved layout; empty when it can. An existing saved layout's
    // name can (it is overwritten).
    QString nameProblem(const QString &name) const;
    // Saves the window as it is now under `name` (overwriting a saved layout of that name)
    // and makes it the current layout.
    bool saveAs(const QString &name);
    // Deletes a saved layout; when it is the current one, the first built-in layout is shown.
    bool remove(const QString &name);
    // Renames a saved layout; false when `to` is taken or not a usable name.
    bool rename(const QString &from, const QString &to);

Q_SIGNALS:
    void currentChanged(const QString &key);
    void savedLayoutsChanged();

private:
    struct Snapshot
    {
        QByteArray docks;
        QMap<QString, QByteArray> parts;

        bool isEmpty() const { return docks.isEmpty() && parts.isEmpty(); }
        QByteArray encode() const;
        static Snapshot decode(const QByteArray &data);
    };
    struct BuiltIn
    {
        QString id;
        QString title;
        QKeySequence shortcut;
    };
    struct Saved
    {
        QString name;
        QString base;      // the built-in layout its docks fall back to
        Snapshot original; // as saved; what Reset goes back to
        Snapshot working;  // as the user left it
    };

    Snapshot capture() const;
    void apply(const QString &key);
    void build(const QString &builtInId);
    bool applySnapshot(const Snapshot &snapshot, const QString &base);
    // Keeps the current layout's state in memory and in the settings.
    void keepCurrent();
    qsizetype indexOfSaved(const QString &name) const;
    const BuiltIn *builtIn(const QString &id) const;
    QString baseOf(const QString &key) const;
    void readSettings();
    void writeCurrent();
    void writeBuiltIn(const QString &id);
    void writeSaved();

    QMainWindow *m_window;
    DockRegistry &m_docks;
    QSettings &m_settings;
    QList<BuiltIn> m_builtIns;
    QList<std::pair<QString, Part>> m_parts;
    QHash<QString, Snapshot> m_builtInStates;
    QList<Saved> m_saved;
    QString m_current;
};

} // namespace fd::ui
