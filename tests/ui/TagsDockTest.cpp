#include "UiTestSupport.h"

#include "DockRegistry.h"
#include "InboxDock.h"
#include "ItemFeedModel.h"
#include "MainWindow.h"
#include "TagListModel.h"
#include "TagsDock.h"
#include "TagsPicker.h"
#include "console/InboxActions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QColor>
#include <QColorDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;
using fd::ui::TagListModel;
using fd::ui::TagsDock;

namespace {

qint64 createTag(InboxActions &actions, const QString &name, const QString &color = {})
{
    auto created = actions.createTag(name, color);
    created.waitForFinished();
    INFO(created.result().error().message.toStdString());
    REQUIRE(created.result().ok());
    return *created.result();
}

void setTag(InboxActions &actions, const QList<qint64> &items, qint64 tagId, bool on)
{
    auto done = actions.setTag(items, tagId, on);
    done.waitForFinished();
    INFO(done.result().message.toStdString());
    REQUIRE(done.result().ok());
}

// What the Tags dock shows on the row of `name`: the count, or -1 when there is no such row.
int shownCount(const TagsDock &dock, const QString &name)
{
    const QAbstractItemModel *shown = dock.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, TagListModel::NameColumn).data().toString() == name)
            return shown->index(row, TagListModel::ItemsColumn).data(Qt::EditRole).toInt();
    }
    return -1;
}

QStringList shownNames(const TagsDock &dock)
{
    QStringList names;
    const QAbstractItemModel *shown = dock.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        names << shown->index(row, TagListModel::NameColumn).data().toString();
    return names;
}

QColor shownColor(const TagsDock &dock, const QString &name)
{
    const QAbstractItemModel *shown = dock.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, TagListModel::NameColumn);
        if (index.data().toString() == name)
            return index.data(Qt::DecorationRole).value<QColor>();
    }
    return {};
}

void makeCurrent(TagsDock &dock, const QString &name)
{
    const QAbstractItemModel *shown = dock.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, TagListModel::NameColumn);
        if (index.data().toString() == name) {
            dock.view()->setCurrentIndex(index);
            return;
        }
    }
    FAIL("no tag called " << name.toStdString());
}

// Types `name` into the inline editor the Rename action opens and presses Enter.
void renameInline(TagsDock &dock, const QString &name)
{
    dock.renameAction()->trigger();
    QLineEdit *editor = nullptr;
    const auto editors = dock.view()->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *candidate : editors) {
        if (candidate->isVisible())
            editor = candidate; // the one just opened, not one closed before
    }
    REQUIRE(editor);
    editor->selectAll();
    typeText(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

TEST_CASE("The tag list shows each tag's colour and how many items carry it", "[ui][tags]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> items = fd::test::fillInbox(store, account, 6);
    InboxActions actions(store.store(), Actor::local());
    const qint64 delivery = createTag(actions, u"Доставка"_s, u"#1e88e5"_s);
    const qint64 plain = createTag(actions, u"Без цвета"_s);
    setTag(actions, items.mid(0, 4), delivery, true);

    fd::test::ModelTesterLog log;
    TagListModel model(readerOf(store));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == 2);
    const int deliveryRow = model.rowOfTag(delivery);
    REQUIRE(deliveryRow >= 0);
    const QModelIndex name = model.index(deliveryRow, TagListModel::NameColumn);
    CHECK(name.data().toString() == u"Доставка"_s);
    CHECK(name.data(Qt::DecorationRole).value<QColor>() == QColor(0x1e, 0x88, 0xe5));
    CHECK(model.index(deliveryRow, TagListModel::ItemsColumn).data().toString() == u"4"_s);
    CHECK(model.index(deliveryRow, TagListModel::ItemsColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(u"4 item"_s));
    // A tag without a colour of its own still gets a swatch.
    const QModelIndex plainName = model.index(model.rowOfTag(plain), TagListModel::NameColumn);
    CHECK(plainName.data(Qt::DecorationRole).value<QColor>().isValid());
    CHECK(model.index(model.rowOfTag(plain), TagListModel::ItemsColumn).data().toString() ==
          u"0"_s);
    CHECK(name.flags().testFlag(Qt::ItemIsEditable));

    // Typing a name asks for the rename; the store decides, the row follows on reload.
    QSignalSpy rename(&model, &TagListModel::renameRequested);
    CHECK(model.setData(name, u"  Курьер  "_s));
    REQUIRE(rename.count() == 1);
    CHECK(rename.at(0).at(0).toLongLong() == delivery);
    CHECK(rename.at(0).at(1).toString() == u"Курьер"_s);
    CHECK_FALSE(model.setData(name, u"Доставка"_s)); // unchanged: nothing to ask

    setTag(actions, items.mid(4), plain, true);
    auto removed = actions.deleteTag(delivery);
    removed.waitForFinished();
    model.reload();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, TagListModel::ItemsColumn).data().toString() == u"2"_s);
    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Tags are created and renamed and recoloured and deleted in the Tags dock", "[ui][tags]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Vk, u"Community"_s);
    const QList<qint64> items = fd::test::fillInbox(store, account, 5);
    InboxActions actions(store.store(), Actor::local());
    TagsDock dock(actions, readerOf(store), {});
    fd::test::showExposed(dock);
    fd::test::ModelTesterLog log;
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy changed(&dock, &TagsDock::changed);
    Awaited changedNext(changed);
    QSignalSpy failed(&dock, &TagsDock::failed);
    Awaited failedNext(failed);
    CHECK(dock.objectName() == u"dock.tags"_s);
    CHECK(dock.view()->model()->rowCount() == 0);

    SECTION("Creating, and a name taken in another case refused in words")
    {
        typeText(dock.nameField(), u"Доставка"_s);
        QTest::keyClick(dock.nameField(), Qt::Key_Return);
        REQUIRE(changedNext.next());
        CHECK(shownNames(dock) == QStringList{u"Доставка"_s});
        CHECK(shownCount(dock, u"Доставка"_s) == 0);
        CHECK(shownColor(dock, u"Доставка"_s).isValid());
        CHECK(dock.nameField()->text().isEmpty());
        CHECK(dock.messageText().isEmpty());

        typeText(dock.nameField(), u"ДОСТАВКА"_s);
        QTest::keyClick(dock.nameField(), Qt::Key_Return);
        REQUIRE(failedNext.next());
        CHECK(dock.messageText() == u"There is already a tag called \"ДОСТАВКА\"."_s);
        CHECK(shownNames(dock) == QStringList{u"Доставка"_s});
        // What was typed stays, to be corrected.
        CHECK(dock.nameField()->text() == u"ДОСТАВКА"_s);

        dock.nameField()->setText(u"Возврат"_s);
        dock.newAction()->trigger();
        REQUIRE(changedNext.next());
        CHECK(dock.messageText().isEmpty());
        CHECK(shownNames(dock) == (QStringList{u"Возврат"_s, u"Доставка"_s}));
        // New tags get distinct colours.
        CHECK(shownColor(dock, u"Возврат"_s) != shownColor(dock, u"Доставка"_s));
    }

    SECTION("Renaming in place, with a taken name refused")
    {
        createTag(actions, u"Доставка"_s);
        createTag(actions, u"Возврат"_s);
        dock.reload();
        makeCurrent(dock, u"Возврат"_s);
        renameInline(dock, u"Возврат денег"_s);
        REQUIRE(changedNext.next());
        CHECK(shownNames(dock) == (QStringList{u"Возврат денег"_s, u"Доставка"_s}));
        CHECK(dock.currentTagId() != 0);
        CHECK(dock.view()->currentIndex().data().toString() == u"Возврат денег"_s);

        renameInline(dock, u"доставка"_s);
        REQUIRE(failedNext.next());
        CHECK(dock.messageText() == u"There is already a tag called \"доставка\"."_s);
        CHECK(shownNames(dock) == (QStringList{u"Возврат денег"_s, u"Доставка"_s}));

        // A tag may change the case of its own name.
        makeCurrent(dock, u"Доставка"_s);
        renameInline(dock, u"ДОСТАВКА"_s);
        REQUIRE(changedNext.next());
        CHECK(dock.messageText().isEmpty());
        CHECK(shownNames(dock) == (QStringList{u"Возврат денег"_s, u"ДОСТАВКА"_s}));
    }

    SECTION("Recolouring through the colour chooser")
    {
        createTag(actions, u"Срочно"_s, u"#e53935"_s);
        dock.reload();
        makeCurrent(dock, u"Срочно"_s);
        CHECK(shownColor(dock, u"Срочно"_s) == QColor(u"#e53935"_s));
        dock.colorAction()->trigger();
        auto *chooser = dock.findChild<QColorDialog *>(u"tags.colorDialog"_s);
        REQUIRE(chooser);
        CHECK(chooser->currentColor() == QColor(u"#e53935"_s));
        chooser->setCurrentColor(QColor(u"#00897b"_s));
        chooser->accept();
        REQUIRE(changedNext.next());
        CHECK(shownColor(dock, u"Срочно"_s) == QColor(u"#00897b"_s));
    }

    SECTION("Deleting asks first, and the items stay")
    {
        const qint64 urgent = createTag(actions, u"Срочно"_s);
        setTag(actions, items.mid(0, 3), urgent, true);
        dock.reload();
        CHECK(shownCount(dock, u"Срочно"_s) == 3);
        makeCurrent(dock, u"Срочно"_s);

        dock.deleteAction()->trigger();
        auto *ask = dock.findChild<QMessageBox *>(u"tags.confirmDelete"_s);
        REQUIRE(ask);
        CHECK(ask->text() == u"Delete the tag “Срочно”?"_s);
        CHECK(ask->informativeText().startsWith(u"It is on 3 item"_s));
        ask->button(QMessageBox::Cancel)->click();
        QCoreApplication::processEvents(); // the dialog closes; nothing is written
        CHECK(shownCount(dock, u"Срочно"_s) == 3);

        dock.deleteAction()->trigger();
        ask = dock.findChild<QMessageBox *>(u"tags.confirmDelete"_s);
        REQUIRE(ask);
        ask->button(QMessageBox::Yes)->click();
        REQUIRE(changedNext.next());
        CHECK(shownNames(dock).isEmpty());
        ItemQueries queries(readerOf(store));
        CHECK(*queries.count({}) == 5);
        CHECK(queries.item(items.at(0))->tags.isEmpty());
    }

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Tag counts follow what other stations commit", "[ui][tags][mainwindow]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> items = fd::test::fillInbox(store, account, 8);
    TempSettings temp;
    fd::ui::MainWindow window(store.store(), temp.settings);
    auto *dock = qobject_cast<TagsDock *>(window.docks()->find(u"dock.tags"_s));
    REQUIRE(dock);
    CHECK(window.docks()->find(u"dock.templates"_s));
    CHECK(window.tabifiedDockWidgets(dock).contains(window.docks()->find(u"dock.templates"_s)));

    // Another operator's commit (here through the store's own writer, as frontdeskctl would).
    Actor colleague;
    colleague.displayName = u"Мария"_s;
    InboxActions elsewhere(store.store(), colleague);
    const qint64 tag = createTag(elsewhere, u"Жалоба"_s);
    setTag(elsewhere, items.mid(0, 2), tag, true);
    CHECK(shownCount(*dock, u"Жалоба"_s) == -1); // not seen before the window looks
    REQUIRE(window.checkForChanges());
    CHECK(shownCount(*dock, u"Жалоба"_s) == 2);
}

TEST_CASE("T puts a tag on the items selected in the inbox and takes it off",
          "[ui][tags][mainwindow]")
{
    fd::test::TempStore store;
    const qint64 account = store.addAccount(Platform::Telegram, u"Shop bot"_s);
    const QList<qint64> items = fd::test::fillInbox(store, account, 10);
    TempSettings temp;
    fd::ui::MainWindow window(store.store(), temp.settings);
    const qint64 urgent = createTag(window.actions(), u"Срочно"_s);
    createTag(window.actions(), u"Спам"_s);
    window.refresh();
    auto *dock = qobject_cast<TagsDock *>(window.docks()->find(u"dock.tags"_s));
    REQUIRE(dock);
    fd::ui::TagsPicker *picker = dock->picker();
    CHECK(dock->tagSelectionAction()->shortcut() == QKeySequence(Qt::Key_T));

    fd::test::showActive(window);
    QTreeView *inbox = window.inbox()->view();
    inbox->setFocus();

    // Two items chosen in the inbox.
    const QList<qint64> chosen{items.at(2), items.at(5)};
    QItemSelectionModel *selection = inbox->selectionModel();
    selection->clearSelection();
    for (qint64 id : chosen) {
        const QModelIndex row = window.feed()->index(window.feed()->rowOfItem(id), 0);
        selection->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QList<qint64> selected = window.inbox()->selectedItemIds();
    std::sort(selected.begin(), selected.end());
    REQUIRE(selected == chosen);

    const auto tagsOf = [&](qint64 id) {
        return window.feed()
            ->index(window.feed()->rowOfItem(id), fd::ui::ItemFeedModel::TagsColumn)
            .data()
            .toString();
    };
    QSignalSpy tagged(dock, &TagsDock::itemsTagged);
    Awaited taggedNext(tagged);

    QTest::keyClick(inbox, Qt::Key_T);
    REQUIRE(picker->isVisible());
    CHECK(picker->list()->model()->rowCount() == 2);
    typeText(picker->filterField(), u"сроч"_s);
    CHECK(picker->list()->model()->rowCount() == 1);
    CHECK(picker->currentTagId() == urgent);
    CHECK(picker->hintText() == u"Enter puts “Срочно” on."_s);
    QTest::keyClick(picker->filterField(), Qt::Key_Return);
    CHECK_FALSE(picker->isVisible());
    REQUIRE(taggedNext.next());
    CHECK(tagged.at(0).at(1).toLongLong() == urgent);
    CHECK(tagged.at(0).at(2).toBool());
    CHECK(tagsOf(items.at(2)) == u"Срочно"_s);
    CHECK(tagsOf(items.at(5)) == u"Срочно"_s);
    CHECK(tagsOf(items.at(3)).isEmpty());
    CHECK(shownCount(*dock, u"Срочно"_s) == 2);

    // The window manager gives the activation back to the window when the popup closes; the
    // offscreen platform leaves it with the closed popup.
    const auto backToWindow = [&] {
        window.activateWindow();
        REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == &window; }));
    };
    backToWindow();

    // Again: the tag is ticked, and Enter takes it off.
    QTest::keyClick(inbox, Qt::Key_T);
    REQUIRE(picker->isVisible());
    typeText(picker->filterField(), u"СРОЧНО"_s);
    const QModelIndex ticked = picker->list()->currentIndex();
    CHECK(ticked.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
    CHECK(picker->hintText() == u"Enter takes “Срочно” off."_s);
    QTest::keyClick(picker->filterField(), Qt::Key_Return);
    REQUIRE(taggedNext.next());
    CHECK_FALSE(tagged.last().at(2).toBool());
    CHECK(tagsOf(items.at(2)).isEmpty());
    CHECK(shownCount(*dock, u"Срочно"_s) == 0);

    backToWindow();

    // A name no tag has yet is created and put on in one go.
    QTest::keyClick(inbox, Qt::Key_T);
    REQUIRE(picker->isVisible());
    typeText(picker->filterField(), u"Повторно"_s);
    CHECK(picker->list()->model()->rowCount() == 0);
    CHECK(picker->hintText() == u"Enter creates the tag “Повторно” and puts it on."_s);
    QTest::keyClick(picker->filterField(), Qt::Key_Return);
    REQUIRE(taggedNext.next());
    CHECK(tagsOf(items.at(5)) == u"Повторно"_s);
    CHECK(shownCount(*dock, u"Повторно"_s) == 2);

    backToWindow();

    // Escape leaves without doing anything.
    QTest::keyClick(inbox, Qt::Key_T);
    REQUIRE(picker->isVisible());
    QTest::keyClick(picker->filterField(), Qt::Key_Escape);
    CHECK_FALSE(picker->isVisible());
    CHECK(tagged.count() == 3);

    backToWindow();

    // With nothing selected there is nothing to tag, and the operator is told.
    selection->clear();
    QSignalSpy failed(dock, &TagsDock::failed);
    QTest::keyClick(inbox, Qt::Key_T);
    CHECK_FALSE(picker->isVisible());
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString() == u"Select one or more items in the inbox to tag them."_s);
}
