#include "ConsoleLayouts.h"

#include "DockRegistry.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "LayoutManager.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace fd::ui::consoleLayouts {

namespace {

const QString kInbox = u"dock.inbox"_s;
const QString kAccounts = u"dock.accounts"_s;
const QString kComposer = u"dock.composer"_s;
const QString kTemplates = u"dock.templates"_s;
const QString kTags = u"dock.tags"_s;
const QString kViews = u"dock.views"_s;
const QString kAuthor = u"dock.author"_s;
const QString kTeam = u"dock.team"_s;
const QString kRules = u"dock.rules"_s;
const QString kJournal = u"dock.journal"_s;
const QString kHandover = u"dock.handover"_s;
const QString kStats = u"dock.stats"_s;

const QList<int> kWidened{ItemFeedModel::ChannelColumn, ItemFeedModel::AuthorColumn};

// Channel and author names are often longer than the operator's columns show.
void widenForHandover(InboxDock *inbox)
{
    QHeaderView *header = inbox->view()->header();
    for (const int column : kWidened)
        header->resizeSection(column, header->sectionSize(column) * 3 / 2);
}

} // namespace

QString operatorId()
{
    return u"operator"_s;
}

QString handoverId()
{
    return u"handover"_s;
}

int handoverInboxWidth(const InboxDock *inbox)
{
    const QTreeView *view = inbox->view();
    const QHeaderView *header = view->header();
    int width = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == ItemFeedModel::TextColumn || header->isSectionHidden(column))
            continue;
        const int size = header->sectionSize(column);
        width += kWidened.contains(column) ? size * 3 / 2 : size;
    }
    // The text gets room for a short message; it takes what is left over anyway.
    const QFontMetrics fm = view->fontMetrics();
    width += fm.horizontalAdvance(QString(36, u'x'));
    width += view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    width +=
        2 * view->frameWidth() + 2 * inbox->style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth);
    return width + fm.horizontalAdvance(u"MM"_s);
}

void install(LayoutManager &layouts, DockRegistry &docks, InboxDock *inbox)
{
    layouts.addBuiltIn(operatorId(),
                       QCoreApplication::translate("fd::ui::ConsoleLayouts", "Operator"),
                       QKeySequence(Qt::CTRL | Qt::Key_1));
    layouts.addBuiltIn(handoverId(),
                       QCoreApplication::translate("fd::ui::ConsoleLayouts", "Handover"),
                       QKeySequence(Qt::CTRL | Qt::Key_2));

    // Operator: the inbox on the left, the conversation in the middle, templates and tags narrow
    // on the right; the reply beside the accounts under them.
    const QString op = operatorId();
    docks.place(op, kViews,
                DockPlacement::in(Qt::LeftDockWidgetArea).withWidth(50).withHeight(16, 120));
    docks.place(op, kInbox, DockPlacement::below(kViews).withHeight(84));
    docks.place(op, kAccounts, DockPlacement::in(Qt::BottomDockWidgetArea).withWidth(50));
    docks.place(op, kComposer, DockPlacement::rightOf(kAccounts).withWidth(50).withHeight(25, 160));
    docks.place(op, kTemplates,
                DockPlacement::in(Qt::RightDockWidgetArea).withWidth(18).withHeight(40).inFront());
    docks.place(op, kAuthor, DockPlacement::below(kTemplates).withHeight(60));
    docks.place(op, kTags, DockPlacement::tabbedWith(kTemplates));
    docks.place(op, kTeam, DockPlacement::tabbedWith(kAccounts));
    docks.place(op, kRules, DockPlacement::tabbedWith(kTemplates));
    docks.place(op, kJournal, DockPlacement::tabbedWith(kTemplates));
    // Operators start and end their shift and breaks there, and acknowledge a handover.
    docks.place(op, kHandover, DockPlacement::tabbedWith(kAccounts));
    // An operator's own figures, a tab away.
    docks.place(op, kStats, DockPlacement::tabbedWith(kTemplates));

    // Handover: what is waiting and whether every account is polled, at a glance. The inbox
    // gets the width of all its columns; the conversation what is left.
    const QString lead = handoverId();
    // Every column in full where the screen allows, but the conversation keeps a third.
    docks.place(lead, kViews,
                DockPlacement::in(Qt::LeftDockWidgetArea)
                    .withWidth(66, qMin(handoverInboxWidth(inbox), 1060))
                    .withHeight(14, 120));
    docks.place(lead, kInbox, DockPlacement::below(kViews).withHeight(68));
    docks.place(lead, kAccounts, DockPlacement::below(kInbox).withHeight(18, 110));
    docks.place(lead, kComposer, DockPlacement::in(Qt::BottomDockWidgetArea).hidden());
    docks.place(lead, kTemplates,
                DockPlacement::in(Qt::RightDockWidgetArea).withWidth(20).inFront().hidden());
    docks.place(lead, kAuthor, DockPlacement::below(kTemplates).hidden());
    docks.place(lead, kTags, DockPlacement::tabbedWith(kTemplates).hidden());
    docks.place(lead, kTeam, DockPlacement::tabbedWith(kAccounts));
    // Leads look after the rules: beside the accounts and the team, under the inbox.
    docks.place(lead, kRules, DockPlacement::tabbedWith(kAccounts));
    // And read the journal there: who did what on the shift.
    docks.place(lead, kJournal, DockPlacement::tabbedWith(kAccounts));
    // The handover itself in front, where the inbox is: what the next shift must know, the
    // team's load and the handover act (the inbox is one tab away).
    docks.place(lead, kHandover, DockPlacement::tabbedWith(kInbox).inFront());
    // And the statistics of the shift, the week, the month.
    docks.place(lead, kStats, DockPlacement::tabbedWith(kAccounts));

    // Each layout has its own columns: the wide inbox of the handover gives the channel and
    // the author more room.
    layouts.addPart(u"inbox.header"_s, {.save = [inbox] { return inbox->saveHeaderState(); },
                                        .restore =
                                            [inbox](const QByteArray &state) {
                                                inbox->restoreHeaderState(state);
                                                return !state.isEmpty();
                                            },
                                        .reset =
                                            [inbox](const QString &layout) {
                                                inbox->resetHeader();
                                                if (layout == handoverId())
                                                    widenForHandover(inbox);
                                            },
                                        .legacySettingsKey = u"inbox/header"_s});
}

} // namespace fd::ui::consoleLayouts
