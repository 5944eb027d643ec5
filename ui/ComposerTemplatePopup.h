#pragma once

#include "console/ConsoleQueries.h"
#include "model/Template.h"

#include <QFrame>
#include <QList>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace fd::ui {

// The composer's template picker: a popup with a search field over the templates (title, body,
// folder, shortcode); Enter, a click or a double click chooses one.
class ComposerTemplatePopup : public QFrame
{
    Q_OBJECT

public:
    explicit ComposerTemplatePopup(core::ConsoleQueries queries, QWidget *parent = nullptr);

    // Shows the popup at `globalPos` with an empty search, the search field focused.
    void popup(const QPoint &globalPos);
    // Re-reads the templates matching the search field.
    void reload();
    // Chooses the current row (the first when none is current); returns whether there was one.
    bool chooseCurrent();

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    // The templates listed, in order.
    const QList<core::Template> &templates() const { return m_templates; }

Q_SIGNALS:
    void chosen(const fd::core::Template &chosenTemplate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);

    core::ConsoleQueries m_queries;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<core::Template> m_templates;
};

} // namespace fd::ui
