<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/ItemDelegate.cpp" line="89" />
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/ItemDelegate.cpp" line="96" />
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../ui/ItemDelegate.cpp" line="99" />
        <source>Only %1 left</source>
        <translation>Nur noch %1</translation>
    </message>
    <message>
        <location filename="../ui/ItemDelegate.cpp" line="102" />
        <source>%1 in stock</source>
        <translation>%1 auf Lager</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="20" />
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="21" />
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="27" />
        <source>The server answered %1.</source>
        <translation>Der Server hat %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77" />
        <source>Not a server address: %1</source>
        <translation>Keine Serveradresse: %1</translation>
    </message>
</context>
<context>
    <name>emporium::client::ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="104" />
        <source>The server sent an unreadable answer.</source>
        <translation>Der Server hat eine unlesbare Antwort geschickt.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="303" />
        <source>The picture could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>emporium::client::CartModel</name>
    <message>
        <location filename="../app/models/CartModel.cpp" line="48" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/models/CartModel.cpp" line="49" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../app/models/CartModel.cpp" line="50" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../app/models/CartModel.cpp" line="51" />
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>emporium::client::CategoryModel</name>
    <message>
        <location filename="../app/models/CategoryModel.cpp" line="21" />
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/CategoryModel.cpp" line="29" />
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
        <location filename="../app/models/Checkout.cpp" line="31" />
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/models/Checkout.cpp" line="41" />
        <source>is not a valid card number</source>
        <translation>ist keine gültige Kartennummer</translation>
    </message>
    <message>
        <location filename="../app/models/Checkout.cpp" line="43" />
        <source>must be a month from 1 to 12</source>
        <translation>muss ein Monat von 1 bis 12 sein</translation>
    </message>
    <message>
        <location filename="../app/models/Checkout.cpp" line="46" />
        <source>the card has expired</source>
        <translation>die Karte ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/models/Checkout.cpp" line="48" />
        <source>must be 3 or 4 digits</source>
        <translation>muss 3 oder 4 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../app/models/Checkout.cpp" line="65" />
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>emporium::client::OrdersModel</name>
    <message numerus="yes">
        <location filename="../app/models/OrdersModel.cpp" line="27" />
        <source>Order #%1 · %2 · %3 · %n item(s)</source>
        <translation>
            <numerusform>Bestellung #%1 · %2 · %3 · %n Artikel</numerusform>
            <numerusform>Bestellung #%1 · %2 · %3 · %n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emporium::client::Session</name>
    <message>
        <location filename="../app/api/Session.cpp" line="15" />
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>emporium::client::WishlistModel</name>
    <message>
        <location filename="../app/models/WishlistModel.cpp" line="23" />
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/models/WishlistModel.cpp" line="24" />
        <source>%1 in stock</source>
        <translation>%1 auf Lager</translation>
    </message>
    <message>
        <location filename="../app/models/WishlistModel.cpp" line="24" />
        <source>out of stock</source>
        <translation>ausverkauft</translation>
    </message>
</context>
<context>
    <name>emporium::ui::CartPage</name>
    <message>
        <location filename="../ui/CartPage.cpp" line="37" />
        <source>Your cart is empty.</source>
        <translation>Ihr Warenkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/CartPage.cpp" line="38" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/CartPage.cpp" line="39" />
        <source>&amp;Checkout…</source>
        <translation>&amp;Zur Kasse…</translation>
    </message>
    <message>
        <location filename="../ui/CartPage.cpp" line="41" />
        <source>Your cart</source>
        <translation>Ihr Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/CartPage.cpp" line="54" />
        <source>Cart lines</source>
        <translation>Warenkorbpositionen</translation>
    </message>
    <message>
        <location filename="../ui/CartPage.cpp" line="82" />
        <source>Not enough stock: %1</source>
        <translation>Nicht genug auf Lager: %1</translation>
    </message>
    <message>
        <location filename="../ui/CartPage.cpp" line="95" />
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="28" />
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="31" />
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="33" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="34" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="35" />
        <source>Address &amp;line 2:</source>
        <translation>Adress&amp;zeile 2:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="36" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="37" />
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="38" />
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="39" />
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="41" />
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="43" />
        <source>Card &amp;number:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="54" />
        <source>&amp;Expires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="64" />
        <source>C&amp;VC:</source>
        <translation>&amp;Prüfnummer:</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="73" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="94" />
        <source>View my &amp;orders</source>
        <translation>Meine &amp;Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="95" />
        <source>Continue &amp;shopping</source>
        <translation>&amp;Weiter einkaufen</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="120" />
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="120" />
        <location filename="../ui/CheckoutDialog.cpp" line="154" />
        <source>Pay %1</source>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="152" />
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="153" />
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="198" />
        <source>Your card was declined. Nothing was charged. Please use another card.</source>
        <translation>Ihre Karte wurde abgelehnt. Es wurde nichts abgebucht. Bitte verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="203" />
        <source>item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="207" />
        <source>%1 (only %2 left)</source>
        <translation>%1 (nur noch %2)</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="209" />
        <source>Not enough stock for: %1. Nothing was charged; please adjust your cart.</source>
        <translation>Nicht genug auf Lager für: %1. Es wurde nichts abgebucht; bitte passen Sie Ihren Warenkorb an.</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="213" />
        <source>%1 Your order was not placed twice: press Pay again to retry.</source>
        <translation>%1 Ihre Bestellung wurde nicht doppelt aufgegeben: Drücken Sie erneut auf Bezahlen.</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="215" />
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/CheckoutDialog.cpp" line="225" />
        <source>&lt;b&gt;Thank you!&lt;/b&gt;&lt;br&gt;Order #%1 is paid: %2, charged to %3 ···· %4.</source>
        <translation>&lt;b&gt;Vielen Dank!&lt;/b&gt;&lt;br&gt;Bestellung #%1 ist bezahlt: %2, belastet auf %3 ···· %4.</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ConnectionIndicator</name>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="26" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="27" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="28" />
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="29" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="33" />
        <source>Server connection: %1</source>
        <translation>Serververbindung: %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ItemPage</name>
    <message>
        <location filename="../ui/ItemPage.cpp" line="25" />
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="25" />
        <source>Add to &amp;wishlist</source>
        <translation>Auf die &amp;Merkliste</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="28" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="34" />
        <source>← &amp;Back to shop</source>
        <translation>← &amp;Zurück zum Shop</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="35" />
        <source>Back (Esc, Alt+Left)</source>
        <translation>Zurück (Esc, Alt+Links)</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="43" />
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="72" />
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="114" />
        <source>Could not load this item: %1</source>
        <translation>Der Artikel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="127" />
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="142" />
        <source>Sold by &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Verkauft von &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="143" />
        <source>%1 %2 (%n review(s))</source>
        <translation>
            <numerusform>%1 %2 (%n Bewertung)</numerusform>
            <numerusform>%1 %2 (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="146" />
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="173" />
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="188" />
        <source>Windows showing this item right now, yours included</source>
        <translation>Fenster, die diesen Artikel gerade zeigen, Ihres eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="176" />
        <source>In stock: %1</source>
        <translation>Auf Lager: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="179" />
        <source>Sold %n time(s)</source>
        <translation>
            <numerusform>%n-mal verkauft</numerusform>
            <numerusform>%n-mal verkauft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="187" />
        <source>%n people viewing</source>
        <translation>
            <numerusform>%n Person sieht sich das an</numerusform>
            <numerusform>%n Personen sehen sich das an</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="156" />
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55" />
        <source>Starting the shop…</source>
        <translation>Der Shop startet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63" />
        <source>Emporium</source>
        <translation>Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108" />
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95" />
        <source>&amp;About Emporium</source>
        <translation>Ü&amp;ber Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96" />
        <source>About Emporium</source>
        <translation>Über Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
        <source>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;A self-hosted multi-vendor marketplace.</source>
        <translation>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;Ein selbst betriebener Marktplatz für viele Händler.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109" />
        <location filename="../ui/MainWindow.cpp" line="146" />
        <source>&amp;Cart</source>
        <translation>&amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>&amp;Wishlist</source>
        <translation>&amp;Merkliste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111" />
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112" />
        <source>&amp;My shop</source>
        <translation>Mein &amp;Laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113" />
        <source>My shop</source>
        <translation>Mein Laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113" />
        <source>Inventory, sales and live charts of your shop arrive in a coming release.</source>
        <translation>Bestand, Verkäufe und Live-Diagramme Ihres Ladens kommen in einer der nächsten Versionen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116" />
        <source>&amp;Analytics</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117" />
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117" />
        <source>The live market dashboard arrives in a coming release.</source>
        <translation>Das Live-Dashboard des Marktes kommt in einer der nächsten Versionen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146" />
        <source>&amp;Cart (%1)</source>
        <translation>&amp;Warenkorb (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155" />
        <source>Order #%1 is paid. Thank you!</source>
        <translation>Bestellung #%1 ist bezahlt. Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205" />
        <source>Sign in to use your cart.</source>
        <translation>Melden Sie sich an, um den Warenkorb zu nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>Added to your cart.</source>
        <translation>In den Warenkorb gelegt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213" />
        <source>Sign in to keep a wishlist.</source>
        <translation>Melden Sie sich an, um eine Merkliste zu führen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216" />
        <source>Added to your wishlist.</source>
        <translation>Auf die Merkliste gesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262" />
        <source>Could not get the receipt: %1</source>
        <translation>Der Beleg konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269" />
        <source>Could not save the receipt to %1</source>
        <translation>Der Beleg konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272" />
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325" />
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336" />
        <source>Seller · %1</source>
        <translation>Verkäufer · %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338" />
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342" />
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344" />
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375" />
        <source>The shop could not start:
%1</source>
        <translation>Der Shop konnte nicht starten:
%1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::OrdersPage</name>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="20" />
        <source>Open &amp;receipt</source>
        <translation>&amp;Beleg öffnen</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="23" />
        <source>Opens the receipt email in your mail program</source>
        <translation>Öffnet die Beleg-E-Mail in Ihrem Mailprogramm</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="29" />
        <source>Your orders</source>
        <translation>Ihre Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="35" />
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="37" />
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="38" />
        <source>You have no orders yet.</source>
        <translation>Sie haben noch keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="79" />
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="82" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="82" />
        <source>Shop</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="82" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="82" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="82" />
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="90" />
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="93" />
        <source>Shipping to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <location filename="../ui/OrdersPage.cpp" line="96" />
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
</context>
<context>
    <name>emporium::ui::PurchaseBanner</name>
    <message>
        <location filename="../ui/PurchaseBanner.cpp" line="18" />
        <source>Recent purchases</source>
        <translation>Neueste Käufe</translation>
    </message>
    <message>
        <location filename="../ui/PurchaseBanner.cpp" line="22" />
        <location filename="../ui/PurchaseBanner.cpp" line="23" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/PurchaseBanner.cpp" line="43" />
        <source>Someone bought %1 × %2</source>
        <translation>Jemand hat %1 × %2 gekauft</translation>
    </message>
    <message>
        <location filename="../ui/PurchaseBanner.cpp" line="48" />
        <source>%1 purchases just now: %2 and %3 more</source>
        <translation>%1 Käufe gerade eben: %2 und %3 weitere</translation>
    </message>
    <message>
        <location filename="../ui/PurchaseBanner.cpp" line="49" />
        <source>%1 purchases just now: %2</source>
        <translation>%1 Käufe gerade eben: %2</translation>
    </message>
</context>
<context>
    <name>emporium::ui::QuantityDelegate</name>
    <message>
        <location filename="../ui/CartPage.cpp" line="29" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ShopPage</name>
    <message>
        <location filename="../ui/ShopPage.cpp" line="32" />
        <source>Include out of stock</source>
        <translation>Auch ausverkaufte</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="33" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="36" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="50" />
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="53" />
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="54" />
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="55" />
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="56" />
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="57" />
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="58" />
        <source>Best selling</source>
        <translation>Meistverkauft</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="59" />
        <source>Customer rating</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="61" />
        <source>Search the shop… (Ctrl+F)</source>
        <translation>Im Shop suchen… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="63" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="82" />
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="86" />
        <source>Lowest price</source>
        <translation>Niedrigster Preis</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="87" />
        <source>Highest price</source>
        <translation>Höchster Preis</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="94" />
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="101" />
        <source>Add to &amp;wishlist</source>
        <translation>Auf die &amp;Merkliste</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="112" />
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="121" />
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="162" />
        <source>Could not load items: %1</source>
        <translation>Artikel konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="167" />
        <source>Could not load categories: %1</source>
        <translation>Kategorien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="222" />
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="224" />
        <source>No items match.</source>
        <translation>Keine passenden Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="226" />
        <source>Showing %1 of %2 items</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
</context>
<context>
    <name>emporium::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="27" />
        <source>Sign in to Emporium</source>
        <translation>Bei Emporium anmelden</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="28" />
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="29" />
        <source>&amp;Create account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="33" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="78" />
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="79" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="80" />
        <location filename="../ui/SignInDialog.cpp" line="206" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="88" />
        <source>Try the demo shop</source>
        <translation>Den Demo-Shop ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="90" />
        <source>As a &amp;buyer</source>
        <translation>Als &amp;Käufer</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="91" />
        <source>As a s&amp;eller</source>
        <translation>Als &amp;Verkäufer</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="92" />
        <source>As an &amp;admin</source>
        <translation>Als &amp;Admin</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="95" />
        <source>%1@demo.test, password %2</source>
        <translation>%1@demo.test, Passwort %2</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="114" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="115" />
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="116" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="116" />
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="117" />
        <source>I want to &amp;buy</source>
        <translation>Ich möchte &amp;kaufen</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="118" />
        <source>I want to &amp;sell</source>
        <translation>Ich möchte &amp;verkaufen</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="127" />
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="128" />
        <source>S&amp;hop name:</source>
        <translation>&amp;Ladenname:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="131" />
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="157" />
        <location filename="../ui/SignInDialog.cpp" line="186" />
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="159" />
        <source>must have at least 8 characters</source>
        <translation>muss mindestens 8 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="181" />
        <source>Wrong email or password.</source>
        <translation>E-Mail oder Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SignInDialog.cpp" line="183" />
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Bitte warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Bitte warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="206" />
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>emporium::ui::WishlistPage</name>
    <message>
        <location filename="../ui/WishlistPage.cpp" line="17" />
        <source>Nothing on your wishlist yet. Add items from the shop.</source>
        <translation>Ihre Merkliste ist noch leer. Fügen Sie Artikel aus dem Shop hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/WishlistPage.cpp" line="19" />
        <source>Your wishlist</source>
        <translation>Ihre Merkliste</translation>
    </message>
    <message>
        <location filename="../ui/WishlistPage.cpp" line="25" />
        <source>Wishlist</source>
        <translation>Merkliste</translation>
    </message>
    <message>
        <location filename="../ui/WishlistPage.cpp" line="27" />
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/WishlistPage.cpp" line="28" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
</TS>