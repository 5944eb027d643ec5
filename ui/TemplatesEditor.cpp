#include "TemplatesEditor.h"

#include "console/TemplateRenderer.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

TemplatesEditor::TemplatesEditor(const core::Template &original, const QStringList &folders,
                                 QWidget *parent)
    : QDialog(parent)
    , m_original(original)
{
    setObjectName(u"templates.editor"_s);
    setWindowTitle(original.id == 0 ? tr("New template") : tr("Edit template"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_folder = new QComboBox(this);
    m_folder->setObjectName(u"templates.editor.folder"_s);
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->addItems(folders);
    m_folder->lineEdit()->setPlaceholderText(tr("No folder"));
    m_folder->setCurrentText(original.folder);
    m_folder->setToolTip(tr("Choose a folder or type the name of a new one"));
    form->addRow(tr("&Folder:"), m_folder);

    m_title = new QLineEdit(original.title, this);
    m_title->setObjectName(u"templates.editor.title"_s);
    m_title->setMaxLength(200);
    form->addRow(tr("&Title:"), m_title);

    m_shortcode = new QLineEdit(original.shortcode, this);
    m_shortcode->setObjectName(u"templates.editor.shortcode"_s);
    m_shortcode->setPlaceholderText(tr("for example: refund"));
    m_shortcode->setToolTip(tr("Typed as /shortcode in the reply box to insert this template"));
    // Letters of any alphabet, digits, '-' and '_'; a leading slash is accepted and dropped.
    m_shortcode->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"/?[\\w-]{0,40}"_s, QRegularExpression::UseUnicodePropertiesOption),
        m_shortcode));
    form->addRow(tr("&Shortcode:"), m_shortcode);
    layout->addLayout(form);

    auto *bodyBar = new QHBoxLayout;
    auto *bodyLabel = new QLabel(tr("Te&xt:"), this);
    bodyBar->addWidget(bodyLabel);
    bodyBar->addStretch(1);
    auto *variables = new QToolButton(this);
    variables->setObjectName(u"templates.editor.variables"_s);
    variables->setText(tr("Insert &variable"));
    variables->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(variables);
    for (const QString &name : core::TemplateRenderer::knownVariables()) {
        QAction *insert = menu->addAction(u'{' + name + u'}');
        connect(insert, &QAction::triggered, this,
                [this, name] { m_body->insertPlainText(u'{' + name + u'}'); });
    }
    variables->setMenu(menu);
    bodyBar->addWidget(variables);
    layout->addLayout(bodyBar);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"templates.editor.body"_s);
    m_body->setPlainText(original.body);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Hello, {author.name}! …"));
    bodyLabel->setBuddy(m_body);
    layout->addWidget(m_body, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"templates.editor.error"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    {
        // A refusal must catch the eye, on light and dark palettes alike.
        QPalette palette = m_error->palette();
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
        m_error->setPalette(palette);
    }
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TemplatesEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TemplatesEditor::reject);
    connect(m_title, &QLineEdit::textChanged, this, &TemplatesEditor::updateSaveButton);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplatesEditor::updateSaveButton);

    resize(520, 420);
    updateSaveButton();
}

QPushButton *TemplatesEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

core::Template TemplatesEditor::edited() const
{
    core::Template t = m_original;
    t.folder = m_folder->currentText().simplified();
    t.title = m_title->text().simplified();
    t.shortcode = m_shortcode->text().trimmed();
    if (t.shortcode.startsWith(u'/'))
        t.shortcode.remove(0, 1);
    t.body = m_body->toPlainText();
    return t;
}

void TemplatesEditor::accept()
{
    if (m_saving || !saveButton()->isEnabled())
        return;
    m_saving = true;
    m_error->hide();
    updateSaveButton();
    Q_EMIT saveRequested(edited());
}

void TemplatesEditor::showError(const QString &message)
{
    m_saving = false;
    m_error->setText(message);
    m_error->show();
    updateSaveButton();
}

QString TemplatesEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TemplatesEditor::finishSaved()
{
    m_saving = false;
    QDialog::accept();
}

void TemplatesEditor::updateSaveButton()
{
    // The store refuses these too; saying so before a round trip is kinder.
    saveButton()->setEnabled(!m_saving && !m_title->text().trimmed().isEmpty() &&
                             !m_body->toPlainText().trimmed().isEmpty());
}

} // namespace fd::ui
