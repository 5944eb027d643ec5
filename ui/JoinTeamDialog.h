#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fd::core {
class TeamSession;
}

namespace fd::ui {

// "Join a team…": where the team's server is (host, port, database and how the connection is
// secured: TLS mode and certificates, passed to libpq as `frontdeskctl team join` passes them,
// or one postgresql:// address pasted whole), the operator's login and password (kept in the
// system keychain) and this station's name. Joining runs off the GUI thread; a refusal (a store
// with data of its own, a wrong password, no server) is shown in words and nothing is lost.
class JoinTeamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinTeamDialog(core::TeamSession &session, QWidget *parent = nullptr);

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QComboBox *securityBox() const { return m_security; }
    QLineEdit *rootCertEdit() const { return m_rootCert; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *stationEdit() const { return m_station; }
    QPushButton *joinButton() const { return m_joinButton; }
    // What went wrong last, in words; empty when nothing did.
    QString errorText() const;
    // The message of a successful join.
    const QString &joinedText() const { return m_joined; }

    // The server address as the fields give it (what the CLI takes as --server).
    QString address() const;

private:
    void fieldsChanged();
    void addressEdited(const QString &text);
    void join();
    void finished(bool ok, const QString &message);
    void setBusy(bool busy);
    void updateButtons();
    QLineEdit *fileField(const QString &objectName, const QString &placeholder,
                         const QString &title);

    core::TeamSession &m_session;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_rootCert = nullptr;
    QLineEdit *m_clientCert = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_station = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_joinButton = nullptr;
    QString m_extraOptions; // options of a pasted address that have no field here
    QString m_joined;
    bool m_syncing = false; // fields and address being set from each other
    bool m_busy = false;
};

} // namespace fd::ui
