#include "ComposerTemplatePopup.h"

#include "DockSupport.h"
#include "Format.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

ComposerTemplatePopup::ComposerTemplatePopup(core::ConsoleQueries queries, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_queries(std::move(queries))
{
    setObjectName(u"composer.templatePopup"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_search = makeSearchField(this, {.objectName = u"composer.templateSearch"_s,
                                      .prompt = tr("Search templates"),
                                      .keyFilter = this});
    layout->addWidget(m_search);

    m_model = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(u"composer.templateList"_s);
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumSize(360, 220);
    layout->addWidget(m_list);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"composer.templateEmpty"_s);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    layout->addWidget(m_empty);

    connect(m_search, &QLineEdit::textChanged, this, &ComposerTemplatePopup::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &ComposerTemplatePopup::chooseCurrent);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { choose(index.row()); });
}

void ComposerTemplatePopup::popup(const QPoint &globalPos)
{
    if (m_search->text().isEmpty())
        reload();
    else
        m_search->clear(); // reloads
    adjustSize();
    move(globalPos);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void ComposerTemplatePopup::reload()
{
    const QString search = m_search->text().trimmed();
    const auto found = m_queries.templates(search);
    m_model->clear();
    m_templates.clear();
    if (!found.ok()) {
        m_empty->setText(tr("The templates could not be read: %1").arg(found.error().message));
        m_empty->show();
        return;
    }
    m_templates = found.value();
    for (const core::Template &t : std::as_const(m_templates)) {
        QString label = t.folder.isEmpty() ? t.title : tr("%1 / %2").arg(t.folder, t.title);
        if (!t.shortcode.isEmpty())
            label += u"   /"_s + t.shortcode;
        auto *item = new QStandardItem(label);
        item->setToolTip(format::plainToolTip(t.body, 1000));
        m_model->appendRow(item);
    }
    if (!m_templates.isEmpty())
        m_list->setCurrentIndex(m_model->index(0, 0));
    m_empty->setText(search.isEmpty() ? tr("No templates yet: add them in the Templates panel.")
                                      : tr("No template matches \"%1\".").arg(search));
    m_empty->setVisible(m_templates.isEmpty());
}

bool ComposerTemplatePopup::chooseCurrent()
{
    if (m_templates.isEmpty())
        return false;
    const QModelIndex current = m_list->currentIndex();
    choose(current.isValid() ? current.row() : 0);
    return true;
}

void ComposerTemplatePopup::choose(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    const core::Template chosenTemplate = m_templates.at(row);
    hide();
    Q_EMIT chosen(chosenTemplate);
}

bool ComposerTemplatePopup::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field move through the list, as in a completer.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace fd::ui
