#include "ui/ShippingSettingsPage.h"

#include "app/api/ApiClient.h"
#include "app/api/Session.h"
#include "app/models/Money.h"
#include "app/models/SalesModel.h"
#include "server/protocol/ErrorFields.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace emporium {
namespace ui {
namespace {

constexpr int kErrorRole = Qt::UserRole + 1;
constexpr int kMaxDays = 365; // the editors' limit; the server says what it accepts
const QString kElsewhere = QStringLiteral("*");

// Every ISO 3166 alpha-2 territory Qt knows, by name: {name, code}.
const QList<std::pair<QString, QString>> &territories()
{
    static const QList<std::pair<QString, QString>> all = [] {
        QList<std::pair<QString, QString>> out;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString code = QLocale::territoryToCode(QLocale::Territory(t));
            if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
                out.append({QLocale::territoryToString(QLocale::Territory(t)), code});
        }
        std::sort(out.begin(), out.end(),
                  [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
        return out;
    }();
    return all;
}

QString elsewhereText()
{
    return ShippingSettingsPage::tr("Everywhere else");
}

// "Germany (DE)", "Everywhere else", or the code as typed when it names no country
QString countryText(const QString &code)
{
    if (code == kElsewhere)
        return elsewhereText();
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    if (code.size() != 2 || t == QLocale::AnyTerritory)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(t), code);
}

// What the user typed or picked, as the code the server takes ("germany", "Germany (DE)", "de": DE).
QString countryCode(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t == kElsewhere || t.compare(elsewhereText(), Qt::CaseInsensitive) == 0)
        return kElsewhere;
    for (const auto &[name, code] : territories())
        if (t.compare(name, Qt::CaseInsensitive) == 0 || t.compare(code, Qt::CaseInsensitive) == 0 ||
            t.compare(countryText(code), Qt::CaseInsensitive) == 0)
            return code;
    return t.toUpper();
}

// How a cell reads: the country's name, the amount with its currency, the days.
QString cellText(int column, const QVariant &value)
{
    switch (column) {
    case ShippingSettingsPage::CountryColumn:
        return countryText(value.toString());
    case ShippingSettingsPage::FlatColumn:
    case ShippingSettingsPage::FreeOverColumn: {
        const QString typed = value.toString().trimmed();
        if (typed.isEmpty())
            return column == ShippingSettingsPage::FreeOverColumn ? ShippingSettingsPage::tr("never") : typed;
        const auto cents = client::parseMoney(typed);
        return cents ? client::formatMoney(*cents, client::SalesModel::currency()) : typed;
    }
    case ShippingSettingsPage::TransitColumn:
        return ShippingSettingsPage::tr("%n day(s)", nullptr, value.toInt());
    }
    return value.toString();
}

// A list of the countries to pick from (or type into) for the country cells, a spin box for the days,
// and a line edit for the amounts, whose text is kept as typed.
class RateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == ShippingSettingsPage::TransitColumn) {
            auto *days = new QSpinBox(parent);
            days->setRange(0, kMaxDays);
            return days;
        }
        if (index.column() != ShippingSettingsPage::CountryColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(elsewhereText(), kElsewhere);
        for (const auto &[name, code] : territories())
            combo->addItem(countryText(code), code);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        // a completion picked (Enter or a click in the list) is the answer; that Enter never reaches the
        // filter that commits on Enter
        connect(combo->completer(), qOverload<const QString &>(&QCompleter::activated), this, [this, combo] {
            auto *self = const_cast<RateDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo)
            return QStyledItemDelegate::setEditorData(editor, index);
        const QString code = index.data(Qt::EditRole).toString();
        const int at = combo->findData(code);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else
            combo->setEditText(code);
        combo->lineEdit()->selectAll(); // typing replaces, as in the other cells
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, countryCode(combo->currentText()));
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = cellText(index.column(), index.data(Qt::EditRole));
        if (index.column() != ShippingSettingsPage::CountryColumn)
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
};

// The red of the reasons, lighter on a dark palette so that it stays readable.
QString errorRed(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("#ef7373")
                                                                  : QStringLiteral("#c62828");
}

int columnOf(const QString &field)
{
    static const QStringList fields{QStringLiteral("country"), QStringLiteral("flat_cents"),
                                    QStringLiteral("free_over_cents"), QStringLiteral("transit_days")};
    return int(fields.indexOf(field));
}

} // namespace

ShippingSettingsPage::ShippingSettingsPage(client::ApiClient &api, client::Session &session, QWidget *parent)
    : QWidget(parent), m_api(api), m_session(session), m_handling(new QSpinBox), m_handlingError(new QLabel),
      m_rates(new QTableWidget(0, ColumnCount)), m_add(new QPushButton(tr("Add rat&e"))),
      m_remove(new QPushButton(tr("Re&move rate"))), m_reload(new QPushButton(tr("Reload"))),
      m_save(new QPushButton(tr("&Save"))), m_message(new QLabel)
{
    m_handling->setRange(0, kMaxDays);
    m_handling->setAccessibleName(tr("Handling days"));
    m_handlingError->setStyleSheet(QStringLiteral("color:%1;").arg(errorRed(this)));
    m_handlingError->hide();
    setUpTable();
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_reload->setToolTip(tr("Read the settings again (F5); what is not saved is dropped"));
    buildLayout();

    connect(m_add, &QPushButton::clicked, this, &ShippingSettingsPage::addRate);
    connect(m_remove, &QPushButton::clicked, this, &ShippingSettingsPage::removeRate);
    connect(m_save, &QPushButton::clicked, this, &ShippingSettingsPage::save);
    connect(m_reload, &QPushButton::clicked, this, &ShippingSettingsPage::reload);
    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &ShippingSettingsPage::reload);
    addAction(refresh);
    connect(m_handling, &QSpinBox::valueChanged, this, &ShippingSettingsPage::clearHandlingError);
    // an edited cell is no longer what was refused; what it reads is what a screen reader says
    connect(m_rates->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &at, const QModelIndex &, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(Qt::EditRole))
                    return;
                QTableWidgetItem *item = m_rates->item(at.row(), at.column());
                if (!item)
                    return;
                item->setData(Qt::AccessibleTextRole, cellText(at.column(), item->data(Qt::EditRole)));
                clearCellError(item);
            });
    connect(m_rates, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(!m_busy && m_loaded && row >= 0); });
    connect(&m_session, &client::Session::changed, this, &ShippingSettingsPage::followAccount);
    followAccount();
}

void ShippingSettingsPage::setUpTable()
{
    m_rates->setHorizontalHeaderLabels({tr("Destination"), tr("Flat price"), tr("Free over"), tr("Transit")});
    m_rates->horizontalHeaderItem(FlatColumn)->setToolTip(tr("What shipping costs per order"));
    m_rates->horizontalHeaderItem(FreeOverColumn)
        ->setToolTip(tr("Orders of this amount or more ship free; leave empty if shipping is never free"));
    m_rates->horizontalHeaderItem(TransitColumn)->setToolTip(tr("Days from leaving your shop to the door"));
    m_rates->horizontalHeader()->setSectionResizeMode(CountryColumn, QHeaderView::Stretch);
    for (int c = FlatColumn; c < ColumnCount; ++c)
        m_rates->setColumnWidth(c, 140);
    m_rates->verticalHeader()->hide();
    m_rates->setItemDelegate(new RateDelegate(m_rates));
    m_rates->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_rates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rates->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_rates->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_rates->setAccessibleName(tr("Shipping rates"));
}

void ShippingSettingsPage::buildLayout()
{
    auto *handlingLabel = new QLabel(tr("Handling da&ys:"));
    handlingLabel->setBuddy(m_handling);
    auto *handlingHint = new QLabel(tr("days from an order until it leaves your shop"));
    auto *handling = new QGridLayout;
    handling->addWidget(handlingLabel, 0, 0);
    handling->addWidget(m_handling, 0, 1);
    handling->addWidget(handlingHint, 0, 2);
    handling->addWidget(m_handlingError, 1, 1, 1, 2);
    handling->setColumnStretch(3, 1);

    auto *ratesLabel = new QLabel(tr("Rates &by destination:"));
    ratesLabel->setBuddy(m_rates);
    auto *hint = new QLabel(tr("“Everywhere else” is the rate for every country without a rate of its own; "
                               "without it, the shop ships only to the countries listed. Leave “Free over” "
                               "empty when shipping is never free."));
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(handling);
    layout->addSpacing(8);
    layout->addWidget(ratesLabel);
    layout->addWidget(m_rates, 1);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setTabOrder(m_handling, m_rates);
    setTabOrder(m_rates, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_reload);
    setTabOrder(m_reload, m_save);
}

QString ShippingSettingsPage::messageText() const
{
    return m_message->text();
}

void ShippingSettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_busy)
        reload();
}

// The settings belong to the seller signed in: another account's are dropped at once, and the
// new one's read when the page is (or next is) on screen.
void ShippingSettingsPage::followAccount()
{
    const bool seller = m_session.isSignedIn() && m_session.user().role == protocol::Role::Seller;
    const qint64 account = seller ? m_session.user().id : 0;
    if (account == m_account)
        return;
    m_account = account;
    ++m_generation; // an answer still on its way was for the account before
    m_loaded = false;
    clearErrors();
    m_rates->setRowCount(0);
    m_handling->setValue(protocol::ShippingSettings{}.handlingDays);
    setBusy(false, {});
    if (isVisible())
        reload();
}

void ShippingSettingsPage::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    const bool editable = !busy && m_loaded;
    for (QWidget *w : std::initializer_list<QWidget *>{m_handling, m_rates, m_add, m_save})
        w->setEnabled(editable);
    m_remove->setEnabled(editable && m_rates->currentRow() >= 0);
    m_reload->setEnabled(!busy && m_account);
    setMessage(message);
}

void ShippingSettingsPage::setMessage(const QString &text, bool error)
{
    m_showingErrors = false;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:%1;").arg(errorRed(this)) : QString());
}

void ShippingSettingsPage::reload()
{
    if (!m_account || m_busy)
        return;
    const quint64 generation = ++m_generation;
    clearErrors();
    setBusy(true, tr("Loading shipping settings…"));
    m_api.shipping(this, [this, generation](Result<protocol::ShippingSettings> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setBusy(false, {});
            setMessage(tr("Could not load the shipping settings: %1").arg(r.error().message), true);
            return;
        }
        m_loaded = true;
        showSettings(r.value());
        setBusy(false, {});
    });
}

void ShippingSettingsPage::save()
{
    if (!m_loaded || m_busy)
        return;
    // Alt+S leaves the focus where it is: a cell still being edited gives its text now, as on a click
    if (QWidget *editor = QApplication::focusWidget(); editor && m_rates->isAncestorOf(editor))
        m_rates->setFocus();
    clearErrors();
    const auto settings = typedSettings();
    if (!settings) {
        showErrorSummary();
        focusFirstError();
        return;
    }
    const quint64 generation = ++m_generation;
    setBusy(true, tr("Saving…"));
    m_api.setShipping(*settings, this, [this, generation](Result<protocol::ShippingSettings> r) {
        if (generation != m_generation)
            return;
        setBusy(false, {});
        if (!r) {
            showSaveError(r.error());
            return;
        }
        showSettings(r.value());
        setMessage(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
}

void ShippingSettingsPage::showSettings(const protocol::ShippingSettings &settings)
{
    const QSignalBlocker quiet(m_handling);
    m_handling->setValue(settings.handlingDays);
    m_rates->setRowCount(0);
    for (const protocol::ShippingRate &rate : settings.rates)
        appendRow(rate);
    if (m_rates->rowCount() > 0)
        m_rates->setCurrentCell(0, CountryColumn);
}

void ShippingSettingsPage::appendRow(const protocol::ShippingRate &rate)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    const auto cell = [&](int column, const QVariant &value) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, value);
        item->setData(Qt::AccessibleTextRole, cellText(column, value));
        m_rates->setItem(row, column, item);
    };
    cell(CountryColumn, rate.country);
    cell(FlatColumn, client::plainMoney(rate.flatCents));
    cell(FreeOverColumn, rate.freeOverCents ? client::plainMoney(*rate.freeOverCents) : QString());
    cell(TransitColumn, rate.transitDays);
}

void ShippingSettingsPage::addRate()
{
    if (!m_loaded || m_busy)
        return;
    const int transitDays = protocol::ShippingSettings{}.rates.value(0).transitDays; // as for a new shop
    appendRow({QString(), 0, std::nullopt, transitDays});
    const int row = m_rates->rowCount() - 1;
    m_rates->setFocus();
    m_rates->setCurrentCell(row, CountryColumn);
    m_rates->editItem(m_rates->item(row, CountryColumn));
}

void ShippingSettingsPage::removeRate()
{
    const int row = m_rates->currentRow();
    if (!m_loaded || m_busy || row < 0)
        return;
    m_rates->removeRow(row);
    if (m_rates->rowCount() > 0)
        m_rates->setCurrentCell(std::min(row, m_rates->rowCount() - 1), m_rates->currentColumn());
    m_rates->setFocus();
    if (m_showingErrors)
        showErrorSummary();
}

// Rows go in the table's order, so that the server's rates[i] is row i. Marks what cannot be read.
std::optional<protocol::ShippingSettings> ShippingSettingsPage::typedSettings()
{
    protocol::ShippingSettings s;
    s.handlingDays = m_handling->value();
    s.rates.clear();
    bool readable = true;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_rates->item(row, column);
        return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
    };
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        protocol::ShippingRate rate;
        rate.country = countryCode(text(row, CountryColumn));
        const auto flat = client::parseMoney(text(row, FlatColumn));
        if (!flat) {
            markField(QStringLiteral("rates[%1].flat_cents").arg(row),
                      tr("Write the price like %1 (%2 when shipping is free).")
                          .arg(client::plainMoney(499), client::plainMoney(0)));
            readable = false;
        }
        rate.flatCents = flat.value_or(0);
        if (const QString free = text(row, FreeOverColumn); !free.isEmpty()) {
            rate.freeOverCents = client::parseMoney(free);
            if (!rate.freeOverCents) {
                markField(QStringLiteral("rates[%1].free_over_cents").arg(row),
                          tr("Write the amount like %1, or leave it empty.").arg(client::plainMoney(5000)));
                readable = false;
            }
        }
        rate.transitDays = m_rates->item(row, TransitColumn)->data(Qt::EditRole).toInt();
        s.rates.append(rate);
    }
    return readable ? std::optional(s) : std::nullopt;
}

void ShippingSettingsPage::showSaveError(const Error &error)
{
    const protocol::FieldErrors fields = protocol::fieldErrors(error);
    if (error.code != u"validation_failed" || fields.isEmpty()) {
        setMessage(tr("Not saved: %1").arg(error.message), true);
        return;
    }
    for (const auto &[field, why] : fields)
        markField(field, why);
    showErrorSummary();
    focusFirstError();
}

// The keyboard goes where the first reason is, as the summary lists them.
void ShippingSettingsPage::focusFirstError()
{
    if (!m_handlingError->isHidden()) {
        m_handling->setFocus();
        return;
    }
    for (int row = 0; row < m_rates->rowCount(); ++row)
        for (int column = 0; column < ColumnCount; ++column)
            if (const QTableWidgetItem *item = m_rates->item(row, column);
                item && !item->data(kErrorRole).isNull()) {
                m_rates->setCurrentCell(row, column);
                m_rates->setFocus();
                return;
            }
}

QTableWidgetItem *ShippingSettingsPage::cellFor(const QString &field) const
{
    static const QRegularExpression rateField(QStringLiteral("^rates\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch m = rateField.match(field);
    if (!m.hasMatch())
        return nullptr;
    const int row = m.captured(1).toInt();
    const int column = columnOf(m.captured(2));
    return row < m_rates->rowCount() && column >= 0 ? m_rates->item(row, column) : nullptr;
}

void ShippingSettingsPage::markField(const QString &field, const QString &why)
{
    if (field == u"handling_days") {
        m_handlingError->setText(why);
        m_handlingError->show();
        m_handling->setStyleSheet(QStringLiteral("border:1px solid %1;").arg(errorRed(this)));
        return;
    }
    QTableWidgetItem *item = cellFor(field);
    if (!item) {
        m_otherErrors.append(why);
        return;
    }
    item->setData(kErrorRole, why);
    item->setToolTip(why);
    item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setBackground(QColor(198, 40, 40, 60));
}

QString ShippingSettingsPage::fieldError(const QString &field) const
{
    if (field == u"handling_days")
        return m_handlingError->isHidden() ? QString() : m_handlingError->text();
    const QTableWidgetItem *item = cellFor(field);
    return item ? item->data(kErrorRole).toString() : QString();
}

void ShippingSettingsPage::clearCellError(QTableWidgetItem *item)
{
    if (item->data(kErrorRole).isNull())
        return;
    item->setData(kErrorRole, QVariant());
    item->setToolTip(QString());
    item->setIcon(QIcon());
    item->setBackground(QBrush());
    if (m_showingErrors)
        showErrorSummary();
}

void ShippingSettingsPage::clearHandlingError()
{
    if (m_handlingError->isHidden())
        return;
    m_handlingError->hide();
    m_handlingError->clear();
    m_handling->setStyleSheet(QString());
    if (m_showingErrors)
        showErrorSummary();
}

void ShippingSettingsPage::clearErrors()
{
    m_showingErrors = false;
    clearHandlingError();
    m_otherErrors.clear();
    for (int row = 0; row < m_rates->rowCount(); ++row)
        for (int column = 0; column < ColumnCount; ++column)
            if (QTableWidgetItem *item = m_rates->item(row, column))
                clearCellError(item);
    setMessage({});
}

// Under the table, every reason at once: "Rate 2 (USA), Destination: must be …".
void ShippingSettingsPage::showErrorSummary()
{
    QStringList lines;
    if (!m_handlingError->isHidden())
        lines << tr("Handling days: %1").arg(m_handlingError->text());
    for (int row = 0; row < m_rates->rowCount(); ++row)
        for (int column = 0; column < ColumnCount; ++column)
            if (const QTableWidgetItem *item = m_rates->item(row, column);
                item && !item->data(kErrorRole).isNull())
                lines << tr("Rate %1 (%2), %3: %4")
                             .arg(row + 1)
                             .arg(cellText(CountryColumn,
                                           m_rates->item(row, CountryColumn)->data(Qt::EditRole)),
                                  m_rates->horizontalHeaderItem(column)->text(),
                                  item->data(kErrorRole).toString());
    lines << m_otherErrors;
    if (lines.isEmpty()) {
        setMessage({});
        return;
    }
    setMessage(tr("Not saved. Please check:") + u'\n' + lines.join(u'\n'), true);
    m_showingErrors = true;
}

} // namespace ui
} // namespace emporium
