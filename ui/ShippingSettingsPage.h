#pragma once
// "My shop" → Shipping: the shop's handling time and its rates per destination (a flat price per
// order, free from an amount on, days in transit; "Everywhere else" for the countries without a
// rate of their own), read with GET and saved with PUT /api/v1/seller/shipping. The table is a
// form: what is typed stays as typed until the server took it, and a refused value is marked where
// it is (the cell, the handling days) with the reasons listed under the table. Loaded when first
// shown, and again for the next seller signed in. By keyboard: Alt+Y handling days, Alt+B the rates,
// Alt+E and Alt+M add and remove a rate, Alt+S saves, F5 reads the settings again.
#include "server/protocol/ShippingTypes.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace emporium {
namespace client {
class ApiClient;
class Session;
} // namespace client
struct Error;
} // namespace emporium

namespace emporium {
namespace ui {

class ShippingSettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { CountryColumn, FlatColumn, FreeOverColumn, TransitColumn, ColumnCount };

    ShippingSettingsPage(client::ApiClient &api, client::Session &session, QWidget *parent = nullptr);

    QSpinBox *handlingDays() const { return m_handling; }
    QTableWidget *rates() const { return m_rates; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *reloadButton() const { return m_reload; }
    // Loading…, Saving…, Saved, or what went wrong
    QString messageText() const;
    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }
    // The reason shown on a field, named as the server names it ("" when none): handling_days,
    // rates[1].country, rates[0].flat_cents, rates[2].free_over_cents, rates[0].transit_days.
    QString fieldError(const QString &field) const;

    // A row at the end of the table (to fill in), its country cell being edited.
    void addRate();
    void removeRate();
    void reload();
    void save();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpTable();
    void buildLayout();
    void followAccount();
    void setBusy(bool busy, const QString &message);
    void showSettings(const protocol::ShippingSettings &settings);
    void appendRow(const protocol::ShippingRate &rate);
    // What the form says, or nullopt when an amount cannot be read (its cell is marked).
    std::optional<protocol::ShippingSettings> typedSettings();
    void showSaveError(const Error &error);
    void markField(const QString &field, const QString &why);
    void clearErrors();
    void clearCellError(QTableWidgetItem *item);
    void clearHandlingError();
    void showErrorSummary();
    void focusFirstError();
    void setMessage(const QString &text, bool error = false);
    QTableWidgetItem *cellFor(const QString &field) const;

    client::ApiClient &m_api;
    client::Session &m_session;
    QSpinBox *m_handling;
    QLabel *m_handlingError;
    QTableWidget *m_rates;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reload;
    QPushButton *m_save;
    QLabel *m_message;
    QStringList m_otherErrors; // refusals that name no cell (the list as a whole)
    bool m_showingErrors = false;
    qint64 m_account = 0; // the seller whose settings the page holds
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace ui
} // namespace emporium
