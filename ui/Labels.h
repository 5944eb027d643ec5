#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

// Labels for text from outside (customers, platforms, other operators): plain text always, and
// never wider than the space they are given. Shared by the conversation and the author card.
namespace fd::ui {

// A one-line plain-text label.
QLabel *plainLabel(const QString &text, QWidget *parent);
// Plain text of any length: wraps, can be selected and copied, and never widens the layout (a
// long unbroken word is cut at the edge instead).
QLabel *wrappingLabel(const QString &text, QWidget *parent);
// Secondary text (times, counts, explanations) in the palette's quiet colour.
void setQuiet(QLabel *label);
// `a` moved towards `b` by `amountOfB` (0..1), for tints that follow the palette.
QColor blend(const QColor &a, const QColor &b, double amountOfB);

} // namespace fd::ui
