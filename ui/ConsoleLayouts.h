#pragma once

#include <QString>

namespace fd::ui {

class DockRegistry;
class InboxDock;
class LayoutManager;

// The console's built-in layouts and where its docks go in each:
// - Operator: the views above the inbox on the left, the conversation in the middle, templates,
//   tags and rules narrow on the right above the author card, the reply and the accounts below
//   (the shift's buttons in a tab beside them).
// - Handover, for shift leads: the handover panel in front of the inbox (wide enough for all
//   its columns) under the views, the accounts (how their polling goes), the team and the rules
//   under them, the conversation smaller; the reply, templates, tags and author card are put
//   away (the View menu brings them back).
// A dock added later declares its own places with DockRegistry::place() for these ids.
namespace consoleLayouts {

QString operatorId();
QString handoverId();

// Declares both layouts and the places of the docks there are, and keeps the inbox's columns
// with each layout.
void install(LayoutManager &layouts, DockRegistry &docks, InboxDock *inbox);

// The width the inbox needs in the handover layout to show every column in full (call while
// its columns have their default widths).
int handoverInboxWidth(const InboxDock *inbox);

} // namespace consoleLayouts

} // namespace fd::ui
