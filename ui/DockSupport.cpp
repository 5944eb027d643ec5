#include "DockSupport.h"

#include <QAction>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>

namespace fd::ui {

namespace {

void paintAsError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
}

// Picks the error colour again when the palette changes (the user switched to dark).
class ErrorColor : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            paintAsError(static_cast<QLabel *>(watched));
        return false;
    }
};

} // namespace

QLabel *makeMessageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    paintAsError(label);
    label->installEventFilter(new ErrorColor(label));
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

void clearMessage(QLabel *label)
{
    label->clear();
    label->hide();
}

void setMessage(QLabel *label, const QString &message)
{
    if (message.isEmpty())
        clearMessage(label);
    else
        showMessage(label, message);
}

QString shownMessage(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

QLineEdit *makeSearchField(QWidget *parent, const SearchFieldSetup &setup)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(setup.objectName);
    field->setPlaceholderText(setup.prompt);
    field->setAccessibleName(setup.accessibleName.isEmpty() ? setup.prompt : setup.accessibleName);
    if (setup.maxLength > 0)
        field->setMaxLength(setup.maxLength);
    field->setClearButtonEnabled(setup.clearButton);
    if (setup.keyFilter)
        field->installEventFilter(setup.keyFilter);
    return field;
}

QToolButton *makeActionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QHBoxLayout *makeButtonRow(std::initializer_list<QAction *> actions, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    for (QAction *action : actions)
        row->addWidget(makeActionButton(action, parent));
    row->addStretch(1);
    return row;
}

void sortLikeTheUser(QSortFilterProxyModel *proxy, QAbstractItemModel *source, int sortRole)
{
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
}

void setUpRecordView(QTreeView *view, QAbstractItemModel *model, int stretchColumn,
                     std::initializer_list<int> fitColumns,
                     QAbstractItemView::EditTriggers editTriggers)
{
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(editTriggers);
    view->setSortingEnabled(true);
    view->sortByColumn(stretchColumn, Qt::AscendingOrder);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    for (int column : fitColumns)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void askBeforeDeleting(QWidget *parent, const DeleteQuestion &question,
                       std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text,
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(question.objectName);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(question.informative);
    box->button(QMessageBox::Yes)->setText(question.deleteLabel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, confirmed = std::move(confirmed)] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            confirmed();
    });
    box->open();
}

} // namespace fd::ui
