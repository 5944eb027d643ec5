#include "JoinTeamDialog.h"

#include "sync/ServerAddress.h"
#include "sync/TeamSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSysInfo>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd::ui {

namespace {

// The fields' libpq options; anything else in a pasted address is kept as it is.
const QStringList kFieldOptions{u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s};

QString optionValue(const QString &options, const QString &key)
{
    for (const QString &pair : options.split(u';', Qt::SkipEmptyParts)) {
        if (pair.startsWith(key + u'='))
            return pair.mid(key.size() + 1);
    }
    return {};
}

} // namespace

JoinTeamDialog::JoinTeamDialog(core::TeamSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"joinTeam"_s);
    setWindowTitle(tr("Join a team"));

    auto *intro = new QLabel(
        tr("Connect this station to your team's server. Your team's admin gives you the "
           "server's address, your login and a password; the password is kept in the system "
           "keychain."),
        this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"join.host"_s);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"join.port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(u"frontdesk"_s, this);
    m_database->setObjectName(u"join.database"_s);
    auto *where = new QHBoxLayout;
    where->addWidget(m_host, 3);
    where->addWidget(new QLabel(tr("Port"), this));
    where->addWidget(m_port);
    where->addWidget(new QLabel(tr("Database"), this));
    where->addWidget(m_database, 2);

    m_security = new QComboBox(this);
    m_security->setObjectName(u"join.security"_s);
    m_security->addItem(tr("Encrypted; the server's certificate and name are checked"),
                        u"verify-full"_s);
    m_security->addItem(tr("Encrypted; the server's certificate is checked"), u"verify-ca"_s);
    m_security->addItem(tr("Encrypted; the server is not checked"), u"require"_s);
    m_security->addItem(tr("Encrypted when the server offers it"), u"prefer"_s);
    m_security->addItem(tr("Not encrypted (a trusted local network only)"), u"disable"_s);
    m_rootCert = fileField(u"join.rootCert"_s, tr("the system's (~/.postgresql/root.crt)"),
                           tr("The certificate authority of the team's server"));
    m_clientCert = fileField(u"join.clientCert"_s, tr("none"), tr("This station's certificate"));
    m_clientKey = fileField(u"join.clientKey"_s, tr("none"), tr("This station's private key"));

    m_address = new QLineEdit(this);
    m_address->setObjectName(u"join.address"_s);
    m_address->setToolTip(tr("The same address frontdeskctl team join takes as --server. Paste "
                             "a postgresql:// address here to fill in the fields above."));

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"join.login"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"join.password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_station = new QLineEdit(QSysInfo::machineHostName(), this);
    m_station->setObjectName(u"join.station"_s);
    m_station->setToolTip(tr("How the team sees this workstation."));

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), where);
    form->addRow(tr("Security"), m_security);
    form->addRow(tr("Server's certificate authority"), m_rootCert->parentWidget());
    form->addRow(tr("Client certificate"), m_clientCert->parentWidget());
    form->addRow(tr("Client key"), m_clientKey->parentWidget());
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Your login"), m_login);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("This station"), m_station);

    m_progress = new QLabel(this);
    m_progress->setObjectName(u"join.progress"_s);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(u"join.error"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_joinButton = m_buttons->addButton(tr("Join"), QDialogButtonBox::AcceptRole);
    m_joinButton->setObjectName(u"join.join"_s);
    m_joinButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // A station rejoining (its password lost) starts from where it was.
    if (session.membership())
        addressEdited(session.membership()->server);
    if (session.membership())
        m_login->setText(session.membership()->login);
    fieldsChanged();

    for (QLineEdit *edit : {m_host, m_database, m_rootCert, m_clientCert, m_clientKey})
        connect(edit, &QLineEdit::textChanged, this, &JoinTeamDialog::fieldsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &JoinTeamDialog::fieldsChanged);
    connect(m_security, &QComboBox::currentIndexChanged, this, &JoinTeamDialog::fieldsChanged);
    connect(m_address, &QLineEdit::textEdited, this, &JoinTeamDialog::addressEdited);
    for (QLineEdit *edit : {m_login, m_password})
        connect(edit, &QLineEdit::textChanged, this, &JoinTeamDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinTeamDialog::join);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&session, &core::TeamSession::joinFinished, this, &JoinTeamDialog::finished);
    updateButtons();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

QLineEdit *JoinTeamDialog::fileField(const QString &objectName, const QString &placeholder,
                                     const QString &title)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    layout->addWidget(edit, 1);
    auto *browse = new QToolButton(row);
    browse->setText(tr("Choose…"));
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

QString JoinTeamDialog::address() const
{
    return m_address->text().trimmed();
}

void JoinTeamDialog::fieldsChanged()
{
    if (m_syncing)
        return;
    core::ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    QStringList options{u"sslmode="_s + m_security->currentData().toString()};
    const auto add = [&options](const QString &key, const QLineEdit *edit) {
        if (!edit->text().trimmed().isEmpty())
            options << key + u'=' + edit->text().trimmed();
    };
    add(u"sslrootcert"_s, m_rootCert);
    add(u"sslcert"_s, m_clientCert);
    add(u"sslkey"_s, m_clientKey);
    if (!m_extraOptions.isEmpty())
        options << m_extraOptions;
    a.options = options.join(u';');
    const QScopedValueRollback syncing(m_syncing, true);
    m_address->setText(a.host.isEmpty() ? QString() : a.display());
    updateButtons();
}

void JoinTeamDialog::addressEdited(const QString &text)
{
    const auto a = core::ServerAddress::parse(text, nullptr);
    if (!a) {
        updateButtons();
        return; // half typed: the fields wait for a whole address
    }
    const QScopedValueRollback syncing(m_syncing, true);
    m_host->setText(a->host);
    m_port->setValue(a->port);
    m_database->setText(a->database);
    const QString mode = optionValue(a->options, u"sslmode"_s);
    const int index = m_security->findData(mode.isEmpty() ? u"prefer"_s : mode);
    if (index >= 0)
        m_security->setCurrentIndex(index);
    m_rootCert->setText(optionValue(a->options, u"sslrootcert"_s));
    m_clientCert->setText(optionValue(a->options, u"sslcert"_s));
    m_clientKey->setText(optionValue(a->options, u"sslkey"_s));
    QStringList extra;
    for (const QString &pair : a->options.split(u';', Qt::SkipEmptyParts)) {
        if (!kFieldOptions.contains(pair.section(u'=', 0, 0)))
            extra << pair;
    }
    m_extraOptions = extra.join(u';');
    if (!a->user.isEmpty() && m_login->text().isEmpty())
        m_login->setText(a->user);
    updateButtons();
}

void JoinTeamDialog::updateButtons()
{
    const bool ready = !address().isEmpty() && !m_login->text().trimmed().isEmpty() &&
                       !m_password->text().isEmpty();
    m_joinButton->setEnabled(ready && !m_busy);
}

void JoinTeamDialog::join()
{
    if (m_busy)
        return;
    QString why;
    if (!core::ServerAddress::parse(address(), &why)) {
        finished(false, why);
        return;
    }
    core::TeamSession::JoinRequest request;
    request.server = address();
    request.login = m_login->text().trimmed();
    request.password = m_password->text();
    request.stationName = m_station->text().trimmed();
    request.newStoreHint = tr("Start Frontdesk with a new store (frontdesk --db NEW-FILE) and "
                              "join from there.");
    m_error->hide();
    m_joined.clear();
    setBusy(true);
    m_session.join(request);
}

void JoinTeamDialog::finished(bool ok, const QString &message)
{
    setBusy(false);
    if (ok) {
        m_joined = message;
        accept();
        return;
    }
    // libpq indents its hints with tabs and ends with blank lines: one clean line each.
    QStringList lines;
    for (const QString &line : message.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    m_error->setText(lines.join(u'\n'));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Window).lightness() < 128
                                               ? QColor(0xff, 0x8a, 0x80)
                                               : QColor(0xb3, 0x14, 0x1f));
    m_error->setPalette(palette);
    m_error->show();
}

void JoinTeamDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setText(busy ? tr("Connecting to the team's server…") : QString());
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_security,
                                                       m_rootCert, m_clientCert, m_clientKey,
                                                       m_address, m_login, m_password, m_station})
        w->setEnabled(!busy);
    updateButtons();
}

QString JoinTeamDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace fd::ui
