#include "LayoutManager.h"

#include "DockRegistry.h"

#include <algorithm>

#include <QDataStream>
#include <QIODevice>
#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

const QString kGeometryKey = u"window/geometry"_s;
// Where the window kept its one dock state before there were layouts.
const QString kLegacyStateKey = u"window/state"_s;
const QString kSavedPrefix = u"saved:"_s;
// "FDLY": the start of an encoded layout state.
constexpr quint32 kSnapshotMagic = 0x46444c59;

QString versionGroup()
{
    return u"v"_s + QString::number(DockRegistry::layoutVersion);
}

// The settings of this version's layouts.
QString layoutsGroup()
{
    return u"layouts/"_s + versionGroup();
}

QString layoutsKey(const QString &key)
{
    return layoutsGroup() + u'/' + key;
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray LayoutManager::Snapshot::encode() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kSnapshotMagic << qint32(DockRegistry::layoutVersion) << docks << parts;
    return data;
}

LayoutManager::Snapshot LayoutManager::Snapshot::decode(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kSnapshotMagic ||
        version != DockRegistry::layoutVersion)
        return {};
    Snapshot snapshot;
    in >> snapshot.docks >> snapshot.parts;
    if (in.status() != QDataStream::Ok)
        return {};
    return snapshot;
}

LayoutManager::LayoutManager(QMainWindow *window, DockRegistry &docks, QSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_docks(docks)
    , m_settings(settings)
{}

void LayoutManager::addBuiltIn(const QString &id, const QString &title,
                               const QKeySequence &shortcut)
{
    Q_ASSERT_X(!id.isEmpty() && !isSavedKey(id) && !builtIn(id), "LayoutManager::addBuiltIn",
               "built-in layout ids must be unique and not look like saved ones");
    m_builtIns.append({id, title, shortcut});
    if (m_current.isEmpty())
        m_current = id;
}

void LayoutManager::addPart(const QString &key, Part part)
{
    m_parts.append({key, std::move(part)});
}

QString LayoutManager::savedKey(const QString &name)
{
    return kSavedPrefix + name;
}

bool LayoutManager::isSavedKey(const QString &key)
{
    return key.startsWith(kSavedPrefix);
}

QString LayoutManager::nameOfSaved(const QString &key)
{
    return isSavedKey(key) ? key.mid(kSavedPrefix.size()) : QString();
}

QStringList LayoutManager::builtInIds() const
{
    QStringList ids;
    for (const BuiltIn &b : m_builtIns)
        ids.append(b.id);
    return ids;
}

QKeySequence LayoutManager::shortcutOf(const QString &builtInId) const
{
    const BuiltIn *b = builtIn(builtInId);
    return b ? b->shortcut : QKeySequence();
}

QStringList LayoutManager::savedNames() const
{
    QStringList names;
    for (const Saved &s : m_saved)
        names.append(s.name);
    return names;
}

bool LayoutManager::contains(const QString &key) const
{
    return isSavedKey(key) ? indexOfSaved(nameOfSaved(key)) >= 0 : builtIn(key) != nullptr;
}

QString LayoutManager::title(const QString &key) const
{
    if (isSavedKey(key)) {
        const qsizetype i = indexOfSaved(nameOfSaved(key));
        return i >= 0 ? m_saved.at(i).name : QString();
    }
    const BuiltIn *b = builtIn(key);
    return b ? b->title : QString();
}

const LayoutManager::BuiltIn *LayoutManager::builtIn(const QString &id) const
{
    for (const BuiltIn &b : m_builtIns) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

qsizetype LayoutManager::indexOfSaved(const QString &name) const
{
    for (qsizetype i = 0; i < m_saved.size(); ++i) {
        if (sameName(m_saved.at(i).name, name))
            return i;
    }
    return -1;
}

QString LayoutManager::baseOf(const QString &key) const
{
    if (isSavedKey(key)) {
        const qsizetype i = indexOfSaved(nameOfSaved(key));
        if (i >= 0 && builtIn(m_saved.at(i).base))
            return m_saved.at(i).base;
        return m_builtIns.isEmpty() ? QString() : m_builtIns.constFirst().id;
    }
    return key;
}

void LayoutManager::restore()
{
    Q_ASSERT_X(!m_builtIns.isEmpty(), "LayoutManager::restore", "add the built-in layouts first");
    readSettings();
    const QByteArray geometry = m_settings.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    apply(m_current);
    Q_EMIT savedLayoutsChanged();
    Q_EMIT currentChanged(m_current);
}

void LayoutManager::save()
{
    m_settings.setValue(kGeometryKey, m_window->saveGeometry());
    keepCurrent();
    writeCurrent();
    m_settings.sync();
}

bool LayoutManager::switchTo(const QString &key)
{
    if (!contains(key))
        return false;
    if (key == m_current)
        return true;
    keepCurrent();
    m_current = key;
    apply(key);
    writeCurrent();
    Q_EMIT currentChanged(key);
    return true;
}

void LayoutManager::resetCurrent()
{
    if (isSavedKey(m_current)) {
        const qsizetype i = indexOfSaved(nameOfSaved(m_current));
        if (i < 0)
            return;
        Saved &saved = m_saved[i];
        if (!applySnapshot(saved.original, baseOf(m_current)))
            build(baseOf(m_current));
        saved.working = {};
        writeSaved();
        return;
    }
    build(m_current);
    m_builtInStates.remove(m_current);
    writeBuiltIn(m_current);
}

QString LayoutManager::nameProblem(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the layout a name.");
    if (trimmed.size() > maxNameLength)
        return tr("A layout's name can be at most %1 characters long.").arg(maxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return tr("A layout's name cannot contain line breaks.");
    }
    for (const BuiltIn &b : m_builtIns) {
        if (sameName(b.title, trimmed))
            return tr("“%1” is a built-in layout. Choose another name.").arg(b.title);
    }
    return {};
}

bool LayoutManager::saveAs(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!nameProblem(trimmed).isEmpty())
        return false;
    // What the user did to the layout they leave stays with it.
    keepCurrent();
    const Snapshot snapshot = capture();
    const QString base = baseOf(m_current);
    const qsizetype i = indexOfSaved(trimmed);
    if (i >= 0)
        m_saved[i] = {trimmed, base, snapshot, {}};
    else
        m_saved.append({trimmed, base, snapshot, {}});
    m_current = savedKey(trimmed);
    writeSaved();
    writeCurrent();
    Q_EMIT savedLayoutsChanged();
    Q_EMIT currentChanged(m_current);
    return true;
}

bool LayoutManager::remove(const QString &name)
{
    const qsizetype i = indexOfSaved(name);
    if (i < 0)
        return false;
    const bool wasCurrent = m_current == savedKey(m_saved.at(i).name);
    const QString base = baseOf(m_current);
    m_saved.removeAt(i);
    writeSaved();
    if (wasCurrent) {
        // Back to the layout it was made from, as the user left that one.
        m_current = builtIn(base) ? base : m_builtIns.constFirst().id;
        apply(m_current);
        writeCurrent();
    }
    Q_EMIT savedLayoutsChanged();
    if (wasCurrent)
        Q_EMIT currentChanged(m_current);
    return true;
}

bool LayoutManager::rename(const QString &from, const QString &to)
{
    const qsizetype i = indexOfSaved(from);
    const QString trimmed = to.trimmed();
    if (i < 0 || !nameProblem(trimmed).isEmpty())
        return false;
    const qsizetype taken = indexOfSaved(trimmed);
    if (taken >= 0 && taken != i)
        return false;
    const bool wasCurrent = m_current == savedKey(m_saved.at(i).name);
    m_saved[i].name = trimmed;
    writeSaved();
    if (wasCurrent) {
        m_current = savedKey(trimmed);
        writeCurrent();
    }
    Q_EMIT savedLayoutsChanged();
    if (wasCurrent)
        Q_EMIT currentChanged(m_current);
    return true;
}

LayoutManager::Snapshot LayoutManager::capture() const
{
    Snapshot snapshot;
    snapshot.docks = m_docks.saveState();
    for (const auto &[key, part] : m_parts)
        snapshot.parts.insert(key, part.save());
    return snapshot;
}

void LayoutManager::apply(const QString &key)
{
    if (isSavedKey(key)) {
        const qsizetype i = indexOfSaved(nameOfSaved(key));
        if (i >= 0) {
            const Saved &saved = m_saved.at(i);
            const QString base = baseOf(key);
            if (!saved.working.isEmpty() && applySnapshot(saved.working, base))
                return;
            if (applySnapshot(saved.original, base))
                return;
        }
        build(baseOf(key));
        return;
    }
    const Snapshot state = m_builtInStates.value(key);
    if (state.isEmpty() || !applySnapshot(state, key))
        build(key);
}

void LayoutManager::build(const QString &builtInId)
{
    m_docks.arrange(builtInId);
    for (const auto &[key, part] : m_parts)
        part.reset(builtInId);
}

bool LayoutManager::applySnapshot(const Snapshot &snapshot, const QString &base)
{
    if (snapshot.isEmpty())
        return false;
    // A window of an older version may have kept its columns without a dock state.
    if (snapshot.docks.isEmpty())
        m_docks.arrange(base);
    else if (!m_docks.restoreState(snapshot.docks, base))
        return false;
    for (const auto &[key, part] : m_parts) {
        const auto found = snapshot.parts.constFind(key);
        if (found == snapshot.parts.cend() || !part.restore(*found))
            part.reset(base);
    }
    return true;
}

void LayoutManager::keepCurrent()
{
    if (isSavedKey(m_current)) {
        const qsizetype i = indexOfSaved(nameOfSaved(m_current));
        if (i >= 0) {
            m_saved[i].working = capture();
            writeSaved();
        }
        return;
    }
    m_builtInStates.insert(m_current, capture());
    writeBuiltIn(m_current);
}

void LayoutManager::readSettings()
{
    // Layouts of another version describe other docks: they are dropped, not applied.
    m_settings.beginGroup(u"layouts"_s);
    const QStringList versions = m_settings.childGroups();
    for (const QString &version : versions) {
        if (version != versionGroup())
            m_settings.remove(version);
    }
    m_settings.endGroup();

    m_builtInStates.clear();
    for (const BuiltIn &b : std::as_const(m_builtIns)) {
        const Snapshot s =
            Snapshot::decode(m_settings.value(layoutsKey(u"builtin/"_s + b.id)).toByteArray());
        if (!s.isEmpty())
            m_builtInStates.insert(b.id, s);
    }

    m_saved.clear();
    m_settings.beginGroup(layoutsGroup());
    const int count = m_settings.beginReadArray(u"saved"_s);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Saved saved;
        saved.name = m_settings.value(u"name"_s).toString().trimmed();
        saved.base = m_settings.value(u"base"_s).toString();
        saved.original = Snapshot::decode(m_settings.value(u"original"_s).toByteArray());
        saved.working = Snapshot::decode(m_settings.value(u"working"_s).toByteArray());
        if (nameProblem(saved.name).isEmpty() && indexOfSaved(saved.name) < 0 &&
            !saved.original.isEmpty())
            m_saved.append(saved);
    }
    m_settings.endArray();
    m_settings.endGroup();

    const QString currentKey = layoutsKey(u"current"_s);
    const bool legacyParts = std::any_of(m_parts.cbegin(), m_parts.cend(), [this](const auto &p) {
        return !p.second.legacySettingsKey.isEmpty() &&
               m_settings.contains(p.second.legacySettingsKey);
    });
    if (!m_settings.contains(currentKey) && (m_settings.contains(kLegacyStateKey) || legacyParts)) {
        // The one layout the window kept before there were layouts is the first built-in's.
        Snapshot legacy;
        legacy.docks = m_settings.value(kLegacyStateKey).toByteArray();
        for (const auto &[key, part] : m_parts) {
            if (!part.legacySettingsKey.isEmpty() && m_settings.contains(part.legacySettingsKey))
                legacy.parts.insert(key, m_settings.value(part.legacySettingsKey).toByteArray());
        }
        m_builtInStates.insert(m_builtIns.constFirst().id, legacy);
    }
    m_settings.remove(kLegacyStateKey);
    for (const auto &[key, part] : m_parts) {
        if (!part.legacySettingsKey.isEmpty())
            m_settings.remove(part.legacySettingsKey);
    }

    const QString current = m_settings.value(currentKey).toString();
    m_current = contains(current) ? current : m_builtIns.constFirst().id;
}

void LayoutManager::writeCurrent()
{
    m_settings.setValue(layoutsKey(u"current"_s), m_current);
}

void LayoutManager::writeBuiltIn(const QString &id)
{
    const QString key = layoutsKey(u"builtin/"_s + id);
    const auto state = m_builtInStates.constFind(id);
    if (state == m_builtInStates.cend())
        m_settings.remove(key);
    else
        m_settings.setValue(key, state->encode());
}

void LayoutManager::writeSaved()
{
    m_settings.beginGroup(layoutsGroup());
    m_settings.remove(u"saved"_s);
    m_settings.beginWriteArray(u"saved"_s, int(m_saved.size()));
    for (qsizetype i = 0; i < m_saved.size(); ++i) {
        const Saved &saved = m_saved.at(i);
        m_settings.setArrayIndex(int(i));
        m_settings.setValue(u"name"_s, saved.name);
        m_settings.setValue(u"base"_s, saved.base);
        m_settings.setValue(u"original"_s, saved.original.encode());
        if (!saved.working.isEmpty())
            m_settings.setValue(u"working"_s, saved.working.encode());
    }
    m_settings.endArray();
    m_settings.endGroup();
}

} // namespace fd::ui
