<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../app/models/OrderStatus.cpp" line="+22"/>
        <source>Payment pending</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Partly refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not shipped yet</source>
        <translation>Noch nicht versandt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>To ship</source>
        <translation>Zu versenden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ddd, MMM d</source>
        <extracomment>a date format (QDate::toString) for &quot;Arrives by …&quot;, such as &quot;Thu, Dec 3&quot;</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives by %1</source>
        <translation>Ankunft bis %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/ItemDelegate.cpp" line="+99"/>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 left</source>
        <translation>Nur noch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in stock</source>
        <translation>%1 auf Lager</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="+23"/>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1.</source>
        <translation>Der Server hat %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+55"/>
        <source>No PEM certificate in %1 (--ca-cert).</source>
        <translation>Kein PEM-Zertifikat in %1 (--ca-cert).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not a server address: %1</source>
        <translation>Keine Serveradresse: %1</translation>
    </message>
</context>
<context>
    <name>emporium::client::AdminUsersModel</name>
    <message>
        <location filename="../app/models/AdminUsersModel.cpp" line="+18"/>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Dabei seit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a role: buyer, seller or admin.</source>
        <translation>„%1“ ist keine Rolle: buyer, seller oder admin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is disabled; their sessions have ended.</source>
        <translation>%1 ist gesperrt; die Sitzungen sind beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
</context>
<context>
    <name>emporium::client::ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="+134"/>
        <source>The server sent an unreadable answer.</source>
        <translation>Der Server hat eine unlesbare Antwort geschickt.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>The picture could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>emporium::client::CartModel</name>
    <message>
        <location filename="../app/models/CartModel.cpp" line="+54"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>emporium::client::CategoryModel</name>
    <message>
        <location filename="../app/models/CategoryModel.cpp" line="+22"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emporium::client::Checkout</name>
    <message>
        <location filename="../app/models/Checkout.cpp" line="+26"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a valid card number</source>
        <translation>ist keine gültige Kartennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a month from 1 to 12</source>
        <translation>muss ein Monat von 1 bis 12 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the card has expired</source>
        <translation>die Karte ist abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 3 or 4 digits</source>
        <translation>muss 3 oder 4 Ziffern haben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>emporium::client::HomeModel</name>
    <message>
        <location filename="../app/models/HomeModel.cpp" line="+41"/>
        <source>Recommended for you</source>
        <translation>Empfohlen für Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently viewed</source>
        <translation>Zuletzt angesehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best sellers in %1</source>
        <translation>Bestseller in %1</translation>
    </message>
</context>
<context>
    <name>emporium::client::InventoryModel</name>
    <message>
        <location filename="../app/models/InventoryModel.cpp" line="+169"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Drop a picture here, or choose one with “Picture…”</source>
        <translation>Bild hier ablegen oder mit „Bild…“ wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At or below the low-stock threshold (%1)</source>
        <translation>Am oder unter dem Mindestbestand (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Picture of %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You are alerted when a sale takes the stock to this number or below.</source>
        <translation>Sie werden gewarnt, sobald ein Verkauf den Bestand auf diese Zahl oder darunter bringt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert at</source>
        <translation>Warnen bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A title has 2 to 200 characters.</source>
        <translation>Ein Titel hat 2 bis 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A price is from 0 to 1,000,000.00.</source>
        <translation>Ein Preis liegt zwischen 0 und 1.000.000,00.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a whole number from 0 to %1.</source>
        <translation>Bitte eine ganze Zahl von 0 bis %1 eingeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose one of the categories.</source>
        <translation>Bitte eine der Kategorien wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a price; write it like %2.</source>
        <translation>„%1“ ist kein Preis; bitte so schreiben: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a whole number.</source>
        <translation>Bitte eine ganze Zahl eingeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change %1 of “%2”</source>
        <translation>%1 von „%2“ ändern</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>larger than 10 MiB</source>
        <translation>größer als 10 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>emporium::client::InventoryTransfer</name>
    <message>
        <location filename="../app/models/InventoryTransfer.cpp" line="+31"/>
        <source>Downloading the inventory…</source>
        <translation>Bestand wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is larger than 32 MiB</source>
        <translation>die Datei ist größer als 32 MiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking and saving every line…</source>
        <translation>Jede Zeile wird geprüft und gespeichert…</translation>
    </message>
</context>
<context>
    <name>emporium::client::OrdersModel</name>
    <message numerus="yes">
        <location filename="../app/models/OrdersModel.cpp" line="+29"/>
        <source>Order #%1 · %2 · %3 · %n item(s)</source>
        <translation>
            <numerusform>Bestellung #%1 · %2 · %3 · %n Artikel</numerusform>
            <numerusform>Bestellung #%1 · %2 · %3 · %n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emporium::client::QuestionsModel</name>
    <message numerus="yes">
        <location filename="../app/models/QuestionsModel.cpp" line="+79"/>
        <source>Q: %1
%2 · %3 · %n answer(s)</source>
        <translation>
            <numerusform>F: %1
%2 · %3 · %n Antwort</numerusform>
            <numerusform>F: %1
%2 · %3 · %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question by %1: %2</source>
        <translation>Frage von %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (seller)</source>
        <translation>%1 (Verkäufer)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1
%2 · %3 · %n found this helpful</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n fand das hilfreich</numerusform>
            <numerusform>%1
%2 · %3 · %n fanden das hilfreich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer by %1: %2</source>
        <translation>Antwort von %1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Your question %1.</source>
        <translation>Ihre Frage: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your answer %1.</source>
        <translation>Ihre Antwort: %1.</translation>
    </message>
</context>
<context>
    <name>emporium::client::ReviewsModel</name>
    <message>
        <location filename="../app/models/ReviewsModel.cpp" line="+36"/>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 · %3
%4</source>
        <translation>%1  %2 · %3
%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 5 stars from %2: %3</source>
        <translation>%1 von 5 Sternen von %2: %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Only buyers who bought this item can review it.</source>
        <translation>Nur wer diesen Artikel gekauft hat, kann ihn bewerten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have reviewed this item already.</source>
        <translation>Sie haben diesen Artikel bereits bewertet.</translation>
    </message>
</context>
<context>
    <name>emporium::client::SalesModel</name>
    <message>
        <location filename="../app/models/SalesModel.cpp" line="+81"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Item %1</source>
        <translation>Artikel %1</translation>
    </message>
</context>
<context>
    <name>emporium::client::SellerStats</name>
    <message>
        <location filename="../app/models/SellerStats.cpp" line="+171"/>
        <source>Item %1</source>
        <translation>Artikel %1</translation>
    </message>
</context>
<context>
    <name>emporium::client::Session</name>
    <message>
        <location filename="../app/api/Session.cpp" line="+16"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>emporium::client::ShopOrdersModel</name>
    <message>
        <location filename="../app/models/ShopOrdersModel.cpp" line="+34"/>
        <location line="+46"/>
        <source>%1 (%2 refunded)</source>
        <translation>%1 (%2 erstattet)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
</context>
<context>
    <name>emporium::client::WishlistModel</name>
    <message>
        <location filename="../app/models/WishlistModel.cpp" line="+23"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in stock</source>
        <translation>%1 auf Lager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out of stock</source>
        <translation>ausverkauft</translation>
    </message>
</context>
<context>
    <name>emporium::ui::AdminPage</name>
    <message>
        <location filename="../ui/AdminPage.cpp" line="+67"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A seller needs a shop, and this account has none.</source>
        <translation>Ein Verkäufer braucht einen Shop, und dieses Konto hat keinen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Orders per minute, last hour</source>
        <translation>Bestellungen pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by category today</source>
        <translation>Umsatz nach Kategorie heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top searches, last hour</source>
        <translation>Top-Suchen, letzte Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top searches, last 24 hours</source>
        <translation>Top-Suchen, letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most viewed right now</source>
        <translation>Gerade am meisten angesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Viewers</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revenue today</source>
        <translation>Umsatz heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders, last hour</source>
        <translation>Bestellungen, letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to ship</source>
        <translation>Zu versendende Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds today</source>
        <translation>Erstattungen heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewing items now</source>
        <translation>Betrachten gerade Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections now</source>
        <translation>Verbindungen jetzt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search by email, name or shop…</source>
        <translation>Nach E-Mail, Name oder Shop suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click a role to change it; untick “Status” to disable an account (its sessions end at once).</source>
        <translation>Doppelklicken Sie eine Rolle, um sie zu ändern; entfernen Sie das Häkchen bei „Status“, um ein Konto zu sperren (seine Sitzungen enden sofort).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No searches in the last hour</source>
        <translation>Keine Suchen in der letzten Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No searches today</source>
        <translation>Heute keine Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is viewing an item</source>
        <translation>Niemand sieht gerade einen Artikel an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live · updated %1</source>
        <translation>Live · aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::CartPage</name>
    <message>
        <location filename="../ui/CartPage.cpp" line="+40"/>
        <source>Your cart is empty.</source>
        <translation>Ihr Warenkorb ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items you add from the shop wait here until you check out.</source>
        <translation>Was Sie im Shop hinzufügen, wartet hier, bis Sie zur Kasse gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue sho&amp;pping</source>
        <translation>Weiter ein&amp;kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checkout…</source>
        <translation>&amp;Zur Kasse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cart</source>
        <translation>Ihr Warenkorb</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cart lines</source>
        <translation>Warenkorbpositionen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not enough stock: %1</source>
        <translation>Nicht genug auf Lager: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="+30"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address &amp;line 2:</source>
        <translation>Adress&amp;zeile 2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card &amp;number:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;VC:</source>
        <translation>&amp;Prüfnummer:</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>&lt;b&gt;Thank you!&lt;/b&gt;&lt;br&gt;Order #%1 is paid: %2, charged to %3.</source>
        <translation>&lt;b&gt;Vielen Dank!&lt;/b&gt;&lt;br&gt;Bestellung #%1 ist bezahlt: %2, belastet auf %3.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>View my &amp;orders</source>
        <translation>Meine &amp;Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue &amp;shopping</source>
        <translation>&amp;Weiter einkaufen</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Shipping: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipping: calculated for the country below…</source>
        <translation>Versand: wird für das Land unten berechnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pa&amp;y %1</source>
        <translation>&amp;Jetzt %1 bezahlen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your card was declined. Nothing was charged. Please use another card.</source>
        <translation>Ihre Karte wurde abgelehnt. Es wurde nichts abgebucht. Bitte verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (only %2 left)</source>
        <translation>%1 (nur noch %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough stock for: %1. Nothing was charged; please adjust your cart.</source>
        <translation>Nicht genug auf Lager für: %1. Es wurde nichts abgebucht; bitte passen Sie Ihren Warenkorb an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Your order was not placed twice: press Pay again to retry.</source>
        <translation>%1 Ihre Bestellung wurde nicht doppelt aufgegeben: Drücken Sie erneut auf Bezahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ConnectionIndicator</name>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="+29"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server connection: %1</source>
        <translation>Serververbindung: %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::HomePage</name>
    <message>
        <location filename="../ui/HomePage.cpp" line="+20"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Emporium</source>
        <translation>Willkommen bei Emporium</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The home page could not load: %1</source>
        <translation>Die Startseite konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See all</source>
        <translation>Alle ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See all of %1</source>
        <translation>Alle aus %1 ansehen</translation>
    </message>
</context>
<context>
    <name>emporium::ui::InventoryPage</name>
    <message>
        <location filename="../ui/InventoryPage.cpp" line="+277"/>
        <source>&amp;Low stock only</source>
        <translation>Nur &amp;knappe Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;list</source>
        <translation>Aus dem &amp;Verkauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Picture…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter by title or category… (Ctrl+F)</source>
        <translation>Nach Titel oder Kategorie filtern… (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the inventory</source>
        <translation>Bestand filtern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New item…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the selected item off sale (kept in order history)</source>
        <translation>Den gewählten Artikel aus dem Verkauf nehmen (bleibt in der Bestellhistorie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a picture to the selected item (or drop an image file on its row)</source>
        <translation>Dem gewählten Artikel ein Bild hinzufügen (oder eine Bilddatei auf seiner Zeile ablegen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+160"/>
        <source>Select an item first.</source>
        <translation>Bitte zuerst einen Artikel wählen.</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import inventory</source>
        <translation>Bestand importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export inventory</source>
        <translation>Bestand exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Inventory status</source>
        <translation>Bestandsstatus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delisted; it stays in your order history.</source>
        <translation>Aus dem Verkauf genommen; er bleibt in der Bestellhistorie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture added.</source>
        <translation>Bild hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) on sale.</source>
        <translation>
            <numerusform>%n Artikel im Verkauf.</numerusform>
            <numerusform>%n Artikel im Verkauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is not a PNG, JPEG or WebP picture.</source>
        <translation>%1 ist kein PNG-, JPEG- oder WebP-Bild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Fix these lines and import the file again:</source>
        <translation>%1 Bitte diese Zeilen korrigieren und die Datei erneut importieren:</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ItemDiscussion</name>
    <message>
        <location filename="../ui/ItemDiscussion.cpp" line="+24"/>
        <source>As&amp;k</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nswer</source>
        <translation>A&amp;ntworten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Helpful</source>
        <translation>&amp;Hilfreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Post review</source>
        <translation>Bewertung &amp;senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Ask the seller and other buyers a question…</source>
        <translation>Fragen Sie den Verkäufer und andere Käufer…</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a question to answer it…</source>
        <translation>Wählen Sie eine Frage, um sie zu beantworten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected answer helpful (once)</source>
        <translation>Die gewählte Antwort als hilfreich markieren (einmal)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No questions yet. Ask the first one above: the seller and other buyers answer here.</source>
        <translation>Noch keine Fragen. Stellen Sie oben die erste: Verkäufer und andere Käufer antworten hier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a question of at least 3 characters.</source>
        <translation>Bitte eine Frage mit mindestens 3 Zeichen schreiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select the question to answer.</source>
        <translation>Bitte die zu beantwortende Frage wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write an answer of at least 3 characters.</source>
        <translation>Bitte eine Antwort mit mindestens 3 Zeichen schreiben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your question is posted; the seller and other buyers can answer it.</source>
        <translation>Ihre Frage ist veröffentlicht; Verkäufer und andere Käufer können sie beantworten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answer is posted.</source>
        <translation>Ihre Antwort ist veröffentlicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>What did you like or not? (optional)</source>
        <translation>Was hat Ihnen gefallen, was nicht? (optional)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Your review</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Thank you for your review.</source>
        <translation>Danke für Ihre Bewertung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Questions &amp;&amp; answers</source>
        <translation>&amp;Fragen &amp;&amp; Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;views</source>
        <translation>Be&amp;wertungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in to ask a question</source>
        <translation>Zum Fragen bitte anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to review an item you bought</source>
        <translation>Zum Bewerten gekaufter Artikel bitte anmelden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Questions &amp;&amp; answers (%1)</source>
        <translation>&amp;Fragen &amp;&amp; Antworten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;views (%1)</source>
        <translation>Be&amp;wertungen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %2 out of 5 · %n review(s)</source>
        <translation>
            <numerusform>%1 %2 von 5 · %n Bewertung</numerusform>
            <numerusform>%1 %2 von 5 · %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ItemPage</name>
    <message>
        <location filename="../ui/ItemPage.cpp" line="+35"/>
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;wishlist</source>
        <translation>Auf die &amp;Merkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Frequently bought together</source>
        <translation>Häufig zusammen gekauft</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>← &amp;Back to shop</source>
        <translation>← &amp;Zurück zum Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc, Alt+Left)</source>
        <translation>Zurück (Esc, Alt+Links)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not load this item: %1</source>
        <translation>Der Artikel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sold by &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Verkauft von &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 %2 (%n review(s))</source>
        <translation>
            <numerusform>%1 %2 (%n Bewertung)</numerusform>
            <numerusform>%1 %2 (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Does not ship to %1</source>
        <translation>Kein Versand nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered to %1</source>
        <translation>Lieferung nach %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Windows showing this item right now, yours included</source>
        <translation>Fenster, die diesen Artikel gerade zeigen, Ihres eingeschlossen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>In stock: %1</source>
        <translation>Auf Lager: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sold %n time(s)</source>
        <translation>
            <numerusform>%n-mal verkauft</numerusform>
            <numerusform>%n-mal verkauft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n people viewing</source>
        <translation>
            <numerusform>%n Person sieht sich das an</numerusform>
            <numerusform>%n Personen sehen sich das an</numerusform>
        </translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+88"/>
        <source>Starting the shop…</source>
        <translation>Der Shop startet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Emporium</source>
        <translation>Emporium</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Emporium</source>
        <translation>Ü&amp;ber Emporium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Emporium</source>
        <translation>Über Emporium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;A self-hosted multi-vendor marketplace.</source>
        <translation>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;Ein selbst betriebener Marktplatz für viele Händler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>&amp;Cart</source>
        <translation>&amp;Warenkorb</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Wishlist</source>
        <translation>&amp;Merkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;My shop</source>
        <translation>Mein &amp;Laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Analytics</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Cart (%1)</source>
        <translation>&amp;Warenkorb (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order #%1 is paid. Thank you!</source>
        <translation>Bestellung #%1 ist bezahlt. Vielen Dank!</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&amp;Search the shop</source>
        <translation>Im Shop &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sign in to use your cart.</source>
        <translation>Melden Sie sich an, um den Warenkorb zu nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to your cart.</source>
        <translation>In den Warenkorb gelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to keep a wishlist.</source>
        <translation>Melden Sie sich an, um eine Merkliste zu führen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to your wishlist.</source>
        <translation>Auf die Merkliste gesetzt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is sold out.</source>
        <translation>„%1“ ist ausverkauft.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Only %n left of “%1”.</source>
        <translation>
            <numerusform>Nur noch %n Stück von „%1“.</numerusform>
            <numerusform>Nur noch %n Stück von „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low stock</source>
        <translation>Bestand knapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your order #%1 from %2 has shipped (%3)</source>
        <translation>Ihre Bestellung #%1 von %2 wurde versandt (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order shipped</source>
        <translation>Bestellung versandt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not get the receipt: %1</source>
        <translation>Der Beleg konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the receipt to %1</source>
        <translation>Der Beleg konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seller · %1</source>
        <translation>Verkäufer · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The shop could not start:
%1</source>
        <translation>Der Shop konnte nicht starten:
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect securely to %1.

%2

If this shop uses a certificate authority of its own, start Emporium with --ca-cert FILE (that authority&apos;s certificate, PEM).</source>
        <translation>Keine sichere Verbindung zu %1 möglich.

%2

Wenn dieser Shop eine eigene Zertifizierungsstelle verwendet, starten Sie Emporium mit --ca-cert DATEI (dem Zertifikat dieser Stelle, PEM).</translation>
    </message>
</context>
<context>
    <name>emporium::ui::NewItemDialog</name>
    <message>
        <location filename="../ui/InventoryPage.cpp" line="-429"/>
        <source>&amp;Add item</source>
        <translation>Artikel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What buyers will search for</source>
        <translation>Wonach Käufer suchen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stock</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low-stock alert at</source>
        <translation>&amp;Warnung bei Bestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: material, size, what is in the box…</source>
        <translation>Optional: Material, Größe, Lieferumfang…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Please correct the marked fields.</source>
        <translation>Bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A title has 2 to 200 characters.</source>
        <translation>Ein Titel hat 2 bis 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the price like %1.</source>
        <translation>Bitte den Preis so schreiben: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Bitte eine ganze Zahl ab 0 eingeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a category.</source>
        <translation>Bitte eine Kategorie wählen.</translation>
    </message>
</context>
<context>
    <name>emporium::ui::NoticeBanner</name>
    <message>
        <location filename="../ui/NoticeBanner.cpp" line="+13"/>
        <source>View order</source>
        <translation>Bestellung ansehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order news</source>
        <translation>Neues zu Ihren Bestellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
</context>
<context>
    <name>emporium::ui::OrdersPage</name>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="+40"/>
        <source>%1, tracking number &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1, Sendungsnummer &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 refunded</source>
        <translation>%1 erstattet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refunded: %1</source>
        <translation>Erstattet: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Cancel order…</source>
        <translation>Bestellung &amp;stornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;receipt</source>
        <translation>&amp;Beleg öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the receipt email in your mail program</source>
        <translation>Öffnet die Beleg-E-Mail in Ihrem Mailprogramm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Possible until a shop ships; the whole amount goes back to your card</source>
        <translation>Möglich, bis ein Laden versendet; der ganze Betrag geht auf Ihre Karte zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your orders</source>
        <translation>Ihre Bestellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no orders yet.</source>
        <translation>Sie haben noch keine Bestellungen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Order #%1 is cancelled; %2 goes back to your card.</source>
        <translation>Bestellung #%1 ist storniert; %2 gehen auf Ihre Karte zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order #%1 could not be cancelled: %2</source>
        <translation>Bestellung #%1 konnte nicht storniert werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel order #%1?</source>
        <translation>Bestellung #%1 stornieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order #%1? The shops will not send it, and %2 goes back to your card.</source>
        <translation>Bestellung #%1 stornieren? Die Läden versenden sie dann nicht, und %2 gehen auf Ihre Karte zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel order</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep order</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling order #%1…</source>
        <translation>Bestellung #%1 wird storniert…</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shipping to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
</context>
<context>
    <name>emporium::ui::PurchaseBanner</name>
    <message>
        <location filename="../ui/PurchaseBanner.cpp" line="+18"/>
        <source>Recent purchases</source>
        <translation>Neueste Käufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You bought %1 × %2</source>
        <translation>Sie haben %1 × %2 gekauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone bought %1 × %2</source>
        <translation>Jemand hat %1 × %2 gekauft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 purchases just now: %2 and %3 more</source>
        <translation>%1 Käufe gerade eben: %2 und %3 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 purchases just now: %2</source>
        <translation>%1 Käufe gerade eben: %2</translation>
    </message>
</context>
<context>
    <name>emporium::ui::QuantityDelegate</name>
    <message>
        <location filename="../ui/CartPage.cpp" line="-72"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
</context>
<context>
    <name>emporium::ui::RefundDialog</name>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="+24"/>
        <source>&amp;Put the items back in stock</source>
        <translation>Artikel wieder ins &amp;Lager legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Refund order #%1</source>
        <translation>Bestellung #%1 erstatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how many of each item to refund to %1. The money goes back to the card they paid with.</source>
        <translation>Wählen Sie, wie viele Stück je Artikel %1 erstattet werden. Das Geld geht auf die Karte zurück, mit der bezahlt wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only when the items came back and can be sold again</source>
        <translation>Nur wenn die Artikel zurückgekommen sind und wieder verkauft werden können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; the buyer reads it in the mail</source>
        <translation>Optional; der Käufer liest ihn in der E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund now</source>
        <translation>Jetzt erstatten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quantity of %1 to refund</source>
        <translation>Zu erstattende Menge von %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Refund: %1</source>
        <translation>Erstattung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how many to refund.</source>
        <translation>Wählen Sie, wie viele erstattet werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refunding…</source>
        <translation>Wird erstattet…</translation>
    </message>
</context>
<context>
    <name>emporium::ui::SalesPage</name>
    <message>
        <location filename="../ui/SalesPage.cpp" line="+28"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold by item</source>
        <translation>Verkaufte Stück je Artikel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per minute, last hour</source>
        <translation>Pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per hour, last 2 days</source>
        <translation>Pro Stunde, letzte 2 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day, last 30 days</source>
        <translation>Pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart period</source>
        <translation>Zeitraum des Diagramms</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sales from</source>
        <translation>Verkäufe von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales to</source>
        <translation>Verkäufe bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>All items</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Orders paid and not shipped yet (My shop → Orders)</source>
        <translation>Bezahlte, noch nicht versendete Bestellungen (Mein Laden → Bestellungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to ship that are past your handling time</source>
        <translation>Zu versendende Bestellungen, deren Bearbeitungszeit überschritten ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Item</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Order lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bestellpositionen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>To ship: %1</source>
        <translation>Zu versenden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late: %1</source>
        <translation>Verspätet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) to ship</source>
        <translation>
            <numerusform>%n Bestellung zu versenden</numerusform>
            <numerusform>%n Bestellungen zu versenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n late shipment(s)</source>
        <translation>
            <numerusform>%n verspätete Sendung</numerusform>
            <numerusform>%n verspätete Sendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1 from %n unit(s), %2</source>
        <translation>
            <numerusform>%1 aus %n Stück, %2</numerusform>
            <numerusform>%1 aus %n Stück, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emporium::ui::SellerPage</name>
    <message>
        <location filename="../ui/SellerPage.cpp" line="+24"/>
        <source>My shop</source>
        <translation>Mein Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inventory</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;les</source>
        <translation>&amp;Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>Bestellun&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shippin&amp;g</source>
        <translation>Versandk&amp;osten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock alerts</source>
        <translation>Bestandswarnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dismiss alerts</source>
        <translation>Warnungen &amp;schließen</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ShipDialog</name>
    <message>
        <location filename="../ui/ShipDialog.cpp" line="+21"/>
        <location line="+79"/>
        <source>&amp;Ship</source>
        <translation>&amp;Versenden</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Ship order #%1</source>
        <translation>Bestellung #%1 versenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to: %1</source>
        <translation>Versand an: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Carrier:</source>
        <translation>&amp;Paketdienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Sendungsnummer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UPS, DHL, FedEx…</source>
        <translation>UPS, DHL, FedEx…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name the carrier.</source>
        <translation>Bitte den Paketdienst angeben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the tracking number.</source>
        <translation>Bitte die Sendungsnummer eingeben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipping…</source>
        <translation>Wird versendet…</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ShippingSettingsPage</name>
    <message>
        <location filename="../ui/ShippingSettingsPage.cpp" line="+55"/>
        <source>Everywhere else</source>
        <translation>Überall sonst</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Add rat&amp;e</source>
        <translation>Preis hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move rate</source>
        <translation>Preis ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handling days</source>
        <translation>Bearbeitungstage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the settings again (F5); what is not saved is dropped</source>
        <translation>Einstellungen neu laden (F5); nicht Gespeichertes geht verloren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flat price</source>
        <translation>Pauschalpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free over</source>
        <translation>Kostenlos ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transit</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What shipping costs per order</source>
        <translation>Was der Versand je Bestellung kostet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders of this amount or more ship free; leave empty if shipping is never free</source>
        <translation>Bestellungen ab diesem Betrag werden kostenlos versendet; leer lassen, wenn der Versand nie kostenlos ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days from leaving your shop to the door</source>
        <translation>Tage vom Versand bis zur Haustür</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shipping rates</source>
        <translation>Versandpreise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handling da&amp;ys:</source>
        <translation>Bearbeitungs&amp;tage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days from an order until it leaves your shop</source>
        <translation>Tage von der Bestellung, bis sie Ihren Laden verlässt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates &amp;by destination:</source>
        <translation>&amp;Preise je Ziel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Everywhere else” is the rate for every country without a rate of its own; without it, the shop ships only to the countries listed. Leave “Free over” empty when shipping is never free.</source>
        <translation>„Überall sonst“ gilt für jedes Land ohne eigenen Preis; ohne diese Zeile versendet der Laden nur in die aufgeführten Länder. „Kostenlos ab“ leer lassen, wenn der Versand nie kostenlos ist.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading shipping settings…</source>
        <translation>Versandeinstellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the shipping settings: %1</source>
        <translation>Die Versandeinstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Write the price like %1 (%2 when shipping is free).</source>
        <translation>Geben Sie den Preis wie %1 ein (%2 bei kostenlosem Versand).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the amount like %1, or leave it empty.</source>
        <translation>Geben Sie den Betrag wie %1 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Handling days: %1</source>
        <translation>Bearbeitungstage: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate %1 (%2), %3: %4</source>
        <translation>Preis %1 (%2), %3: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved. Please check:</source>
        <translation>Nicht gespeichert. Bitte prüfen:</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ShopOrdersPage</name>
    <message>
        <location filename="../ui/ShopOrdersPage.cpp" line="+24"/>
        <source>Shi&amp;p…</source>
        <translation>Versende&amp;n…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark deli&amp;vered</source>
        <translation>Als &amp;zugestellt markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders of your shop</source>
        <translation>Bestellungen Ihres Ladens</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No orders here.</source>
        <translation>Keine Bestellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: %1</source>
        <translation>Bestellungen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the carrier and tracking number; the buyer is told at once</source>
        <translation>Paketdienst und Sendungsnummer eingeben; der Käufer erfährt es sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel has arrived</source>
        <translation>Das Paket ist angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give back some or all of the order&apos;s items</source>
        <translation>Einige oder alle Artikel der Bestellung erstatten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ship to: %1</source>
        <translation>Versand an: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order #%1 is shipped; the buyer has been told.</source>
        <translation>Bestellung #%1 ist versandt; der Käufer wurde benachrichtigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order #%1: the refund is on its way to the buyer.</source>
        <translation>Bestellung #%1: Die Erstattung ist auf dem Weg zum Käufer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marking order #%1 delivered…</source>
        <translation>Bestellung #%1 wird als zugestellt markiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 is delivered.</source>
        <translation>Bestellung #%1 ist zugestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 could not be marked delivered: %2</source>
        <translation>Bestellung #%1 konnte nicht als zugestellt markiert werden: %2</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ShopPage</name>
    <message>
        <location filename="../ui/ShopPage.cpp" line="+34"/>
        <source>Include out of stock</source>
        <translation>Auch ausverkaufte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best selling</source>
        <translation>Meistverkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer rating</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the shop… (Ctrl+F)</source>
        <translation>Im Shop suchen… (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest price</source>
        <translation>Niedrigster Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest price</source>
        <translation>Höchster Preis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to &amp;wishlist</source>
        <translation>Auf die &amp;Merkliste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not load items: %1</source>
        <translation>Artikel konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load categories: %1</source>
        <translation>Kategorien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check the spelling, use fewer or more general words, or look through a category:</source>
        <translation>Prüfen Sie die Schreibweise, verwenden Sie weniger oder allgemeinere Wörter, oder stöbern Sie in einer Kategorie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all items</source>
        <translation>&amp;Alle Artikel zeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No items match these filters.</source>
        <translation>Keine Artikel entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items match “%1”.</source>
        <translation>Keine Artikel zu „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>Meinten Sie &lt;a href=&quot;#&quot;&gt;%1&lt;/a&gt;?</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Showing %1 of %2 items</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
</context>
<context>
    <name>emporium::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="+28"/>
        <source>Sign in to Emporium</source>
        <translation>Bei Emporium anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in or create an account</source>
        <translation>Anmelden oder Konto anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Try the demo shop</source>
        <translation>Den Demo-Shop ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a &amp;buyer</source>
        <translation>Als &amp;Käufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a s&amp;eller</source>
        <translation>Als &amp;Verkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As an &amp;admin</source>
        <translation>Als &amp;Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1@demo.test, password %2</source>
        <translation>%1@demo.test, Passwort %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to &amp;buy</source>
        <translation>Ich möchte &amp;kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to &amp;sell</source>
        <translation>Ich möchte &amp;verkaufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hop name:</source>
        <translation>&amp;Ladenname:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+24"/>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>must have at least 8 characters</source>
        <translation>muss mindestens 8 Zeichen haben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrong email or password.</source>
        <translation>E-Mail oder Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Bitte warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Bitte warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>emporium::ui::WishlistPage</name>
    <message>
        <location filename="../ui/WishlistPage.cpp" line="+24"/>
        <source>Your wishlist</source>
        <translation>Ihre Merkliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wishlist</source>
        <translation>Merkliste</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nothing on your wishlist yet.</source>
        <translation>Noch nichts auf Ihrer Merkliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep items here for later: Add to wishlist (Ctrl+D) on any item of the shop.</source>
        <translation>Merken Sie sich Artikel für später: „Auf die Merkliste“ (Strg+D) bei jedem Artikel im Shop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue sho&amp;pping</source>
        <translation>Weiter ein&amp;kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
</TS>
