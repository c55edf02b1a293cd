#pragma once
// Sign in, or create an account (buyer, or seller with a shop). Errors appear next to the
// fields they concern; the window stays responsive while the server checks. In the embedded
// demo, one click signs in as each demo role.
#include <QDialog>
#include <QMap>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;

namespace emporium {
struct Error;
namespace client {
class Session;
}
} // namespace emporium

namespace emporium {
namespace ui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(client::Session &session, bool showDemoAccounts, QWidget *parent = nullptr);

    // for tests and keyboard users alike
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QLabel *fieldError(const QString &name) const { return m_fieldErrors.value(name); }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *signUpButton() const { return m_signUp; }
    QPushButton *demoButton(const QString &role) const { return m_demo.value(role); }
    QRadioButton *sellerRole() const { return m_seller; }
    QTabWidget *tabs() const { return m_tabs; }
    QString errorText() const;

private:
    QWidget *buildSignIn(bool showDemoAccounts);
    QWidget *buildSignUp();
    QLineEdit *addField(QFormLayout *form, const QString &name, const QString &label, bool password = false);
    void submitSignIn();
    void submitSignUp();
    void showError(const emporium::Error &error);
    void clearErrors();
    void setBusy(bool busy);

    client::Session &m_session;
    QTabWidget *m_tabs;
    QMap<QString, QLineEdit *> m_fields;
    QMap<QString, QLabel *> m_fieldErrors;
    QMap<QString, QPushButton *> m_demo;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signUp = nullptr;
    QRadioButton *m_buyer = nullptr;
    QRadioButton *m_seller = nullptr;
    QLabel *m_error;
};

} // namespace ui
} // namespace emporium
