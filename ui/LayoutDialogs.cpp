#include "LayoutDialogs.h"

#include "DockSupport.h"
#include "LayoutManager.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

LayoutNameDialog::LayoutNameDialog(const QString &title, const QString &prompt, const QString &name,
                                   Check check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_name = makeSearchField(this, {.objectName = u"layouts.name"_s,
                                    .prompt = tr("Name of the layout"),
                                    .clearButton = false,
                                    .maxLength = LayoutManager::maxNameLength});
    m_name->setText(name);
    m_name->selectAll();
    label->setBuddy(m_name);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"layouts.nameProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &LayoutNameDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
    update();
}

QString LayoutNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString LayoutNameDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool LayoutNameDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void LayoutNameDialog::update()
{
    // An empty field needs no words: the disabled button says enough.
    const QString problem = name().isEmpty() ? QString() : m_check(name());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!name().isEmpty() && problem.isEmpty());
}

LayoutsDialog::LayoutsDialog(LayoutManager &layouts, QWidget *parent)
    : QDialog(parent)
    , m_layouts(layouts)
{
    setObjectName(u"layouts.manage"_s);
    setWindowTitle(tr("Saved layouts"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"layouts.list"_s);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_empty = new QLabel(tr("No layouts saved yet. “Save layout as…” in the View menu keeps "
                            "the window's arrangement under a name."),
                         this);
    m_empty->setObjectName(u"layouts.emptyText"_s);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(u"layouts.rename"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"layouts.delete"_s);
    connect(m_rename, &QPushButton::clicked, this, &LayoutsDialog::askRename);
    connect(m_delete, &QPushButton::clicked, this, &LayoutsDialog::askDelete);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &LayoutsDialog::askRename);
    connect(m_list, &QListWidget::currentRowChanged, this, &LayoutsDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_delete);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addWidget(m_empty);
    row->addLayout(listColumn, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(440, 300);

    connect(&m_layouts, &LayoutManager::savedLayoutsChanged, this, &LayoutsDialog::reload);
    reload();
}

QString LayoutsDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool LayoutsDialog::selectName(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void LayoutsDialog::reload()
{
    const QString selected = selectedName();
    const int row = m_list->currentRow();
    m_list->clear();
    const QStringList names = m_layouts.savedNames();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, name);
        item->setToolTip(name);
    }
    if (!selectName(selected) && m_list->count() > 0)
        m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
    m_empty->setVisible(names.isEmpty());
    updateButtons();
}

void LayoutsDialog::updateButtons()
{
    const bool chosen = !selectedName().isEmpty();
    m_rename->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

void LayoutsDialog::askRename()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return;
    auto *dialog = new LayoutNameDialog(
        tr("Rename layout"), tr("New name for the layout “%1”:").arg(from), from,
        [this, from](const QString &name) {
            if (const QString problem = m_layouts.nameProblem(name); !problem.isEmpty())
                return problem;
            const QStringList names = m_layouts.savedNames();
            for (const QString &other : names) {
                if (other.compare(from, Qt::CaseInsensitive) != 0 &&
                    other.compare(name, Qt::CaseInsensitive) == 0)
                    return tr("A saved layout is already called “%1”.").arg(other);
            }
            return QString();
        },
        this);
    dialog->setObjectName(u"layouts.renameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
        if (m_layouts.rename(from, dialog->name()))
            selectName(dialog->name());
    });
    dialog->open();
}

void LayoutsDialog::askDelete()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    askBeforeDeleting(this,
                      {.objectName = u"layouts.confirmDelete"_s,
                       .title = tr("Delete layout"),
                       .text = tr("Delete the layout “%1”?").arg(name),
                       .informative = tr("The built-in layouts and the other saved ones stay."),
                       .deleteLabel = tr("Delete")},
                      [this, name] { m_layouts.remove(name); });
}

} // namespace fd::ui
