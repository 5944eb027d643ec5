#include "UiTestSupport.h"

#include "TemplateListModel.h"
#include "TemplatesDock.h"
#include "TemplatesEditor.h"
#include "console/InboxActions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fd::core;
using namespace fd::test;
using fd::ui::TemplateListModel;
using fd::ui::TemplatesDock;
using fd::ui::TemplatesEditor;

namespace {

qint64 saveTemplate(InboxActions &actions, const QString &folder, const QString &title,
                    const QString &shortcode, const QString &body)
{
    Template t;
    t.folder = folder;
    t.title = title;
    t.shortcode = shortcode;
    t.body = body;
    auto saved = actions.saveTemplate(t);
    saved.waitForFinished();
    INFO(saved.result().error().message.toStdString());
    REQUIRE(saved.result().ok());
    return *saved.result();
}

// The tree as the user reads it: "Folder: title /code uses" lines, in the order shown.
QStringList shownTree(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int f = 0; f < model->rowCount(); ++f) {
        const QModelIndex folder = model->index(f, 0);
        for (int r = 0; r < model->rowCount(folder); ++r) {
            QString line =
                folder.data().toString() + u": "_s +
                model->index(r, TemplateListModel::TitleColumn, folder).data().toString();
            const QString code =
                model->index(r, TemplateListModel::ShortcodeColumn, folder).data().toString();
            if (!code.isEmpty())
                line += u' ' + code;
            line += u' ' + model->index(r, TemplateListModel::UsesColumn, folder).data().toString();
            lines << line;
        }
    }
    return lines;
}

// Fills the open editor and presses Save.
void fillAndSave(TemplatesEditor *editor, const QString &folder, const QString &title,
                 const QString &shortcode, const QString &body)
{
    REQUIRE(editor);
    REQUIRE(editor->isVisible());
    editor->folderField()->setEditText(folder);
    editor->titleField()->clear();
    typeText(editor->titleField(), title);
    editor->shortcodeField()->clear();
    typeText(editor->shortcodeField(), shortcode);
    editor->bodyField()->setPlainText(body);
    REQUIRE(editor->saveButton()->isEnabled());
    editor->saveButton()->click();
}

} // namespace

TEST_CASE("The template list groups the templates by folder and finds them", "[ui][templates]")
{
    fd::test::TempStore store;
    InboxActions actions(store.store(), Actor::local());
    saveTemplate(actions, u"Доставка"_s, u"Где мой заказ"_s, u"где"_s,
                 u"Здравствуйте, {author.name}! Ваш заказ уже в пути."_s);
    saveTemplate(actions, u"Возвраты"_s, u"Возврат денег"_s, u"refund"_s,
                 u"Деньги вернутся за 3–5 дней."_s);
    saveTemplate(actions, QString(), u"Спасибо"_s, QString(), u"Спасибо за отзыв!"_s);
    saveTemplate(actions, u"доставка курьером"_s, u"Курьер"_s, QString(), u"Курьер позвонит."_s);

    fd::test::ModelTesterLog log;
    TemplateListModel model(readerOf(store));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    // Folders in alphabetical order whatever their case; templates in no folder last.
    CHECK(shownTree(&model) ==
          QStringList{u"Возвраты: Возврат денег /refund 0"_s, u"Доставка: Где мой заказ /где 0"_s,
                      u"доставка курьером: Курьер 0"_s, u"No folder: Спасибо 0"_s});
    CHECK(model.templateCount() == 4);
    CHECK(model.folders() == (QStringList{u"Возвраты"_s, u"Доставка"_s, u"доставка курьером"_s}));

    const QModelIndex where =
        model.indexOfTemplate(model.templateAt(model.index(0, 0, model.index(1, 0)))->id);
    REQUIRE(where.isValid());
    CHECK(where.data(TemplateListModel::BodyRole).toString() ==
          u"Здравствуйте, {author.name}! Ваш заказ уже в пути."_s);
    CHECK(where.data(TemplateListModel::FolderRole).toString() == u"Доставка"_s);
    CHECK_FALSE(where.data(TemplateListModel::IsFolderRole).toBool());
    CHECK(model.index(1, 0).data(TemplateListModel::IsFolderRole).toBool());

    // Any case, any part: title, text, folder or shortcode.
    model.setSearch(u"ЗАКАЗ"_s);
    CHECK(shownTree(&model) == QStringList{u"Доставка: Где мой заказ /где 0"_s});
    model.setSearch(u"доставка"_s);
    CHECK(shownTree(&model) ==
          (QStringList{u"Доставка: Где мой заказ /где 0"_s, u"доставка курьером: Курьер 0"_s}));
    // The editor's folder choice still offers every folder.
    CHECK(model.folders().size() == 3);
    model.setSearch(u"нет такого"_s);
    CHECK(model.rowCount() == 0);
    model.setSearch({});
    CHECK(model.templateCount() == 4);

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}

TEST_CASE("Templates are written and changed and found and chosen and deleted in their dock",
          "[ui][templates]")
{
    fd::test::TempStore store;
    InboxActions actions(store.store(), Actor::local());
    TemplatesDock dock(actions, readerOf(store));
    fd::test::showExposed(dock);
    fd::test::ModelTesterLog log;
    QAbstractItemModelTester tester(dock.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy changed(&dock, &TemplatesDock::changed);
    Awaited changedNext(changed);
    QSignalSpy failed(&dock, &TemplatesDock::failed);
    Awaited failedNext(failed);
    CHECK(dock.objectName() == u"dock.templates"_s);
    CHECK_FALSE(dock.editAction()->isEnabled());
    CHECK_FALSE(dock.deleteAction()->isEnabled());

    // A new template.
    dock.newAction()->trigger();
    QPointer<TemplatesEditor> editor = dock.editor();
    REQUIRE(editor);
    CHECK(editor->windowTitle() == u"New template"_s);
    CHECK_FALSE(editor->saveButton()->isEnabled()); // no title, no text yet
    const QString whereBody = u"Здравствуйте, {author.name}!\nВаш заказ уже в пути."_s;
    fillAndSave(editor, u"Доставка"_s, u"Где мой заказ"_s, u"/где"_s, whereBody);
    REQUIRE(changedNext.next());
    CHECK((!editor || !editor->isVisible()));
    CHECK(shownTree(dock.view()->model()) == QStringList{u"Доставка: Где мой заказ /где 0"_s});
    const qint64 whereId = dock.currentTemplateId();
    CHECK(whereId != 0);
    CHECK(dock.preview()->toPlainText() == whereBody);
    CHECK(dock.editAction()->isEnabled());

    // A shortcode already taken (in another case) is refused in the dialog, with the text kept.
    dock.newAction()->trigger();
    editor = dock.editor();
    REQUIRE(editor);
    CHECK(editor->folderField()->currentText() == u"Доставка"_s); // the current folder
    const QString statusBody = u"Заказ <b>%1</b> передан в доставку."_s;
    fillAndSave(editor, u"Доставка"_s, u"Статус заказа"_s, u"ГДЕ"_s, statusBody);
    REQUIRE(failedNext.next());
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(editor->errorText() == u"The shortcode /где is taken by another template."_s);
    CHECK(editor->bodyField()->toPlainText() == statusBody);
    editor->shortcodeField()->setText(u"статус"_s);
    editor->saveButton()->click();
    REQUIRE(changedNext.next());
    CHECK((!editor || !editor->isVisible()));
    CHECK(shownTree(dock.view()->model()) == (QStringList{u"Доставка: Где мой заказ /где 0"_s,
                                                          u"Доставка: Статус заказа /статус 0"_s}));
    // Markup in a template is text like any other.
    CHECK(dock.preview()->toPlainText() == statusBody);
    const qint64 statusId = dock.currentTemplateId();

    // Editing keeps the template and shows the change.
    REQUIRE(dock.selectTemplate(whereId));
    dock.editAction()->trigger();
    editor = dock.editor();
    REQUIRE(editor);
    CHECK(editor->windowTitle() == u"Edit template"_s);
    CHECK(editor->titleField()->text() == u"Где мой заказ"_s);
    CHECK(editor->shortcodeField()->text() == u"где"_s);
    CHECK(editor->bodyField()->toPlainText() == whereBody);
    fillAndSave(editor, u"Заказы"_s, u"Где посылка"_s, u"где"_s, whereBody);
    REQUIRE(changedNext.next());
    CHECK(shownTree(dock.view()->model()) ==
          (QStringList{u"Доставка: Статус заказа /статус 0"_s, u"Заказы: Где посылка /где 0"_s}));
    CHECK(dock.currentTemplateId() == whereId);

    // Searching, in Cyrillic and any case.
    typeText(dock.searchField(), u"ПОСЫЛ"_s);
    CHECK(shownTree(dock.view()->model()) == QStringList{u"Заказы: Где посылка /где 0"_s});
    dock.searchField()->clear();
    typeText(dock.searchField(), u"доставк"_s);
    CHECK(shownTree(dock.view()->model()) == QStringList{u"Доставка: Статус заказа /статус 0"_s});
    dock.searchField()->clear();
    CHECK(dock.view()->model()->rowCount() == 2);

    // Enter on a template hands it to the composer.
    QSignalSpy chosen(&dock, &TemplatesDock::templateChosen);
    REQUIRE(dock.selectTemplate(statusId));
    dock.view()->setFocus();
    QTest::keyClick(dock.view(), Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.at(0).at(0).toLongLong() == statusId);
    CHECK(chosen.at(0).at(1).toString() == statusBody);
    // So does a double click.
    const QRect at = dock.view()->visualRect(dock.view()->currentIndex());
    QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, {}, at.center());
    QTest::mouseDClick(dock.view()->viewport(), Qt::LeftButton, {}, at.center());
    REQUIRE(chosen.count() == 2);
    CHECK(chosen.at(1).at(0).toLongLong() == statusId);
    // The composer counts the use once it inserts the text; the list shows it on the next look.
    auto used = actions.countTemplateUse(statusId);
    used.waitForFinished();
    REQUIRE(used.result().ok());
    dock.reload();
    CHECK(shownTree(dock.view()->model()) ==
          (QStringList{u"Доставка: Статус заказа /статус 1"_s, u"Заказы: Где посылка /где 0"_s}));
    CHECK(dock.currentTemplateId() == statusId); // the operator's place is kept
    // A folder row is not a template.
    dock.view()->setCurrentIndex(dock.view()->model()->index(0, 0));
    QTest::keyClick(dock.view(), Qt::Key_Return);
    CHECK(chosen.count() == 2);
    CHECK(dock.preview()->toPlainText().isEmpty());
    CHECK_FALSE(dock.editAction()->isEnabled());

    // Deleting asks first.
    REQUIRE(dock.selectTemplate(whereId));
    dock.deleteAction()->trigger();
    auto *ask = dock.findChild<QMessageBox *>(u"templates.confirmDelete"_s);
    REQUIRE(ask);
    CHECK(ask->text() == u"Delete the template “Где посылка”?"_s);
    ask->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    CHECK(dock.view()->model()->rowCount() == 2);
    dock.deleteAction()->trigger();
    ask = dock.findChild<QMessageBox *>(u"templates.confirmDelete"_s);
    REQUIRE(ask);
    ask->button(QMessageBox::Yes)->click();
    REQUIRE(changedNext.next());
    CHECK(shownTree(dock.view()->model()) == QStringList{u"Доставка: Статус заказа /статус 1"_s});
    CHECK(dock.messageText().isEmpty());

    INFO(fd::test::ModelTesterLog::failures().toStdString());
    CHECK(fd::test::ModelTesterLog::failures().isEmpty());
}
