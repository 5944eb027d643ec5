#include "RuleDryRunDialog.h"

#include "Format.h"
#include "store/Connection.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

int DryRunItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DryRunItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DryRunItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DryRunItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.itemId;
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return format::plainToolTip(item.text);
    if (role == Qt::ToolTipRole && index.column() == CreatedColumn)
        return format::fullTime(item.createdAt);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return item.itemId;
    case AccountColumn:
        return format::preview(item.account, 60);
    case AuthorColumn:
        return format::preview(item.author, 60);
    case CreatedColumn:
        return QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ActionsColumn:
        return item.actions.join(u", "_s);
    case TextColumn:
        return format::preview(item.text);
    default:
        return {};
    }
}

QVariant DryRunItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case AccountColumn:
        return tr("Account");
    case AuthorColumn:
        return tr("Author");
    case CreatedColumn:
        return tr("Written");
    case ActionsColumn:
        return tr("Would");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

void DryRunItemsModel::setItems(const QList<core::DryRunItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

RuleDryRunDialog::RuleDryRunDialog(core::Store &store, const core::Rule &rule, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_rule(rule)
{
    setObjectName(u"rule.dryRun"_s);
    setWindowTitle(tr("Dry run: %1").arg(format::preview(rule.name, 80)));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What this rule would have done to the stored items. Nothing "
                                "is changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"rule.dryRunProgress"_s);
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"rule.dryRunSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_model = new DryRunItemsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"rule.dryRunItems"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Items the rule would act on"));
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_enable = buttons->addButton(tr("&Enable the rule"), QDialogButtonBox::ActionRole);
    m_enable->setObjectName(u"rule.dryRunEnable"_s);
    m_enable->setVisible(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT itemActivated(index.data(DryRunItemsModel::ItemIdRole).toLongLong());
    });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        m_enable->setEnabled(false);
        Q_EMIT enableRequested(m_rule.id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            cancel();
        else
            reject();
    });
}

RuleDryRunDialog::~RuleDryRunDialog()
{
    // The worker posts to this dialog: it must be done before the dialog goes.
    m_cancelled->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RuleDryRunDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_summary->setText(tr("Looking at the stored items…"));
    const QString path = m_store.path();
    m_thread = QThread::create([this, path, rule = m_rule, cancelled = m_cancelled] {
        core::StoreResult<core::DryRunReport> result(core::StoreError{});
        {
            auto reader = core::Connection::forThisThread(path, core::Connection::Mode::Reader);
            if (!reader.ok()) {
                result = reader.error();
            } else {
                int shown = -1;
                result = core::dryRun(*reader, rule, {}, [&](qint64 done, qint64 total) {
                    // At most a thousand updates, however many items there are.
                    const int permille = total > 0 ? int(done * 1000 / total) : 0;
                    if (permille != shown) {
                        shown = permille;
                        QMetaObject::invokeMethod(
                            this, [this, done, total] { progressed(done, total); },
                            Qt::QueuedConnection);
                    }
                    return !cancelled->load();
                });
            }
        }
        // The connection goes with the thread (after its last use above).
        core::Connection::closeForThisThread(path, core::Connection::Mode::Reader);
        QMetaObject::invokeMethod(
            this, [this, result] { done(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void RuleDryRunDialog::cancel()
{
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Stopping…"));
}

void RuleDryRunDialog::progressed(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    // The bar counts in thousandths: item counts may pass what an int holds.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_progress->setFormat(
        tr("%1 of %2 items").arg(QLocale().toString(done), QLocale().toString(total)));
}

void RuleDryRunDialog::done(const core::StoreResult<core::DryRunReport> &result)
{
    m_running = false;
    m_progress->hide();
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    if (!result.ok()) {
        m_summary->setText(tr("The dry run failed: %1").arg(result.error().message));
    } else {
        m_report = *result;
        QString text = result->summary();
        if (result->cancelled)
            text = tr("Stopped after %1 items. So far: %2")
                       .arg(QLocale().toString(result->examined), text);
        else
            text += u' ' + tr("(%1 items looked at.)").arg(QLocale().toString(result->examined));
        m_summary->setText(text);
        m_model->setItems(result->items);
        m_view->resizeColumnsToContents();
        m_enable->setVisible(m_rule.id != 0 && !m_rule.enabled);
    }
    Q_EMIT finished();
}

} // namespace fd::ui
