#include "ui/SignInDialog.h"

#include "app/api/Session.h"
#include "server/protocol/ErrorFields.h"
#include "ui/FormField.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

namespace {
const char *const kDemoPassword = "demo1234";
}

SignInDialog::SignInDialog(client::Session &session, bool showDemoAccounts, QWidget *parent)
    : QDialog(parent), m_session(session), m_tabs(new QTabWidget), m_error(new QLabel)
{
    setWindowTitle(tr("Sign in to Emporium"));
    m_tabs->setAccessibleName(tr("Sign in or create an account"));
    m_tabs->addTab(buildSignIn(showDemoAccounts), tr("Sign &in"));
    m_tabs->addTab(buildSignUp(), tr("&Create account"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setAutoDefault(false); // Enter never cancels: it signs in or creates the account
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(440);

    connect(&m_session, &client::Session::failed, this, &SignInDialog::showError);
    connect(&m_session, &client::Session::busyChanged, this, &SignInDialog::setBusy);
    connect(&m_session, &client::Session::changed, this, [this] {
        if (m_session.isSignedIn())
            accept();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SignInDialog::clearErrors);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) { // Enter does what the tab is for
        m_signIn->setDefault(tab == 0);
        m_signUp->setDefault(tab == 1);
    });
}

QLineEdit *SignInDialog::addField(QFormLayout *form, const QString &name, const QString &label, bool password)
{
    const FormField f = addFormField(form, label);
    if (password)
        f.edit->setEchoMode(QLineEdit::Password);
    m_fields.insert(name, f.edit);
    m_fieldErrors.insert(name, f.error);
    return f.edit;
}

QWidget *SignInDialog::buildSignIn(bool showDemoAccounts)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout;
    addField(form, QStringLiteral("email"), tr("&Email:"))
        ->setPlaceholderText(QStringLiteral("you@example.com"));
    addField(form, QStringLiteral("password"), tr("&Password:"), true);
    m_signIn = new QPushButton(tr("Sign in"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submitSignIn);
    connect(m_fields[QStringLiteral("password")], &QLineEdit::returnPressed, this,
            &SignInDialog::submitSignIn);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_signIn, 0, Qt::AlignRight);
    if (showDemoAccounts) {
        auto *demo = new QGroupBox(tr("Try the demo shop"));
        auto *row = new QHBoxLayout(demo);
        const QList<std::pair<QString, QString>> roles{{QStringLiteral("buyer"), tr("As a &buyer")},
                                                       {QStringLiteral("seller"), tr("As a s&eller")},
                                                       {QStringLiteral("admin"), tr("As an &admin")}};
        for (const auto &[role, label] : roles) {
            auto *b = new QPushButton(label);
            b->setToolTip(tr("%1@demo.test, password %2").arg(role, QLatin1String(kDemoPassword)));
            connect(b, &QPushButton::clicked, this, [this, role] {
                m_fields[QStringLiteral("email")]->setText(role + QStringLiteral("@demo.test"));
                m_fields[QStringLiteral("password")]->setText(QLatin1String(kDemoPassword));
                submitSignIn();
            });
            row->addWidget(b);
            m_demo.insert(role, b);
        }
        layout->addWidget(demo);
    }
    layout->addStretch();
    return page;
}

QWidget *SignInDialog::buildSignUp()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout;
    addField(form, QStringLiteral("display_name"), tr("&Name:"));
    addField(form, QStringLiteral("new_email"), tr("E&mail:"));
    addField(form, QStringLiteral("new_password"), tr("Pass&word:"), true)
        ->setPlaceholderText(tr("at least 8 characters"));
    m_buyer = new QRadioButton(tr("I want to &buy"));
    m_seller = new QRadioButton(tr("I want to &sell"));
    m_buyer->setChecked(true);
    auto *group = new QButtonGroup(page);
    group->addButton(m_buyer);
    group->addButton(m_seller);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_buyer);
    roleRow->addWidget(m_seller);
    roleRow->addStretch();
    form->addRow(tr("Account:"), roleRow);
    QLineEdit *shop = addField(form, QStringLiteral("shop_name"), tr("S&hop name:"));
    shop->setEnabled(false);
    connect(m_seller, &QRadioButton::toggled, shop, &QWidget::setEnabled);
    m_signUp = new QPushButton(tr("Create account"));
    connect(m_signUp, &QPushButton::clicked, this, &SignInDialog::submitSignUp);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_signUp, 0, Qt::AlignRight);
    layout->addStretch();
    return page;
}

void SignInDialog::submitSignIn()
{
    clearErrors();
    m_session.signIn(m_fields[QStringLiteral("email")]->text().trimmed(),
                     m_fields[QStringLiteral("password")]->text());
}

void SignInDialog::submitSignUp()
{
    clearErrors();
    client::SignUpForm form;
    form.displayName = m_fields[QStringLiteral("display_name")]->text().trimmed();
    form.email = m_fields[QStringLiteral("new_email")]->text().trimmed();
    form.password = m_fields[QStringLiteral("new_password")]->text();
    form.role = m_seller->isChecked() ? protocol::Role::Seller : protocol::Role::Buyer;
    form.shopName = m_fields[QStringLiteral("shop_name")]->text().trimmed();
    // A password the server would refuse anyway is caught here, without a round trip.
    if (form.password.size() < 8) {
        showError(protocol::validationFailed(
            tr("Please check the highlighted fields."),
            {{QStringLiteral("password"), tr("must have at least 8 characters")}}));
        return;
    }
    m_session.signUp(form);
}

void SignInDialog::showError(const Error &error)
{
    const bool signUp = m_tabs->currentIndex() == 1;
    const protocol::FieldErrors fields = protocol::fieldErrors(error);
    for (auto [name, why] : fields) {
        if (signUp && (name == u"email" || name == u"password"))
            name = QStringLiteral("new_") + name;
        if (QLabel *label = m_fieldErrors.value(name))
            showFieldError({m_fields[name], label}, why);
    }
    QString message = error.message;
    if (error.code == u"unauthenticated")
        message = tr("Wrong email or password.");
    else if (error.code == u"rate_limited")
        message = tr("Too many failed attempts. Please wait %n second(s) and try again.", nullptr,
                     protocol::retryAfterSeconds(error));
    else if (error.code == u"validation_failed" || error.code == u"conflict")
        message = fields.isEmpty() ? error.message : tr("Please check the highlighted fields.");
    m_error->setText(message);
    m_error->show();
}

void SignInDialog::clearErrors()
{
    m_error->hide();
    for (auto it = m_fieldErrors.begin(); it != m_fieldErrors.end(); ++it)
        clearFieldError({m_fields[it.key()], it.value()});
}

void SignInDialog::setBusy(bool busy)
{
    for (QPushButton *b : {m_signIn, m_signUp})
        b->setEnabled(!busy);
    for (QPushButton *b : std::as_const(m_demo))
        b->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace ui
} // namespace emporium
