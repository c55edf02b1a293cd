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
        <location filename="../app/api/ApiClient.cpp" line="218" />
        <source>The picture could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
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
        <translation><numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform></translation>
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
        <location filename="../ui/ItemPage.cpp" line="24" />
        <source>← &amp;Back to shop</source>
        <translation>← &amp;Zurück zum Shop</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="25" />
        <source>Back (Esc, Alt+Left)</source>
        <translation>Zurück (Esc, Alt+Links)</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="33" />
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="94" />
        <source>Could not load this item: %1</source>
        <translation>Der Artikel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="107" />
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="122" />
        <source>Sold by &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Verkauft von &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="123" />
        <source>%1 %2 (%n review(s))</source>
        <translation><numerusform>%1 %2 (%n Bewertung)</numerusform><numerusform>%1 %2 (%n Bewertungen)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="126" />
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="128" />
        <source>Out of stock</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="131" />
        <source>In stock: %1</source>
        <translation>Auf Lager: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="134" />
        <source>Sold %n time(s)</source>
        <translation><numerusform>%n-mal verkauft</numerusform><numerusform>%n-mal verkauft</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="135" />
        <source>%n people viewing</source>
        <translation><numerusform>%n Person sieht sich das an</numerusform><numerusform>%n Personen sehen sich das an</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/ItemPage.cpp" line="142" />
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38" />
        <source>Starting the shop…</source>
        <translation>Der Shop startet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43" />
        <source>Emporium</source>
        <translation>Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82" />
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69" />
        <source>&amp;About Emporium</source>
        <translation>Ü&amp;ber Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70" />
        <source>About Emporium</source>
        <translation>Über Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71" />
        <source>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;A self-hosted multi-vendor marketplace.</source>
        <translation>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;Ein selbst betriebener Marktplatz für viele Händler.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83" />
        <source>&amp;Cart</source>
        <translation>&amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84" />
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84" />
        <source>The cart arrives with checkout in the next release.</source>
        <translation>Der Warenkorb kommt mit der Kasse in der nächsten Version.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86" />
        <source>&amp;Wishlist</source>
        <translation>&amp;Merkliste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87" />
        <source>Wishlist</source>
        <translation>Merkliste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87" />
        <source>The wishlist arrives with checkout in the next release.</source>
        <translation>Die Merkliste kommt mit der Kasse in der nächsten Version.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Your orders will be listed here once checkout is available.</source>
        <translation>Hier erscheinen Ihre Bestellungen, sobald die Kasse verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92" />
        <source>&amp;My shop</source>
        <translation>Mein &amp;Laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93" />
        <source>My shop</source>
        <translation>Mein Laden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93" />
        <source>Inventory, sales and live charts of your shop arrive in a coming release.</source>
        <translation>Bestand, Verkäufe und Live-Diagramme Ihres Ladens kommen in einer der nächsten Versionen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96" />
        <source>&amp;Analytics</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
        <source>The live market dashboard arrives in a coming release.</source>
        <translation>Das Live-Dashboard des Marktes kommt in einer der nächsten Versionen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168" />
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179" />
        <source>Seller · %1</source>
        <translation>Verkäufer · %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181" />
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185" />
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187" />
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218" />
        <source>The shop could not start:
%1</source>
        <translation>Der Shop konnte nicht starten:
%1</translation>
    </message>
</context>
<context>
    <name>emporium::ui::ShopPage</name>
    <message>
        <location filename="../ui/ShopPage.cpp" line="25" />
        <source>Include out of stock</source>
        <translation>Auch ausverkaufte</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="26" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="29" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="43" />
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="46" />
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="47" />
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="48" />
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="49" />
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="50" />
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="51" />
        <source>Best selling</source>
        <translation>Meistverkauft</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="52" />
        <source>Customer rating</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="54" />
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="94" />
        <source>Could not load items: %1</source>
        <translation>Artikel konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="99" />
        <source>Could not load categories: %1</source>
        <translation>Kategorien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="144" />
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="146" />
        <source>No items match.</source>
        <translation>Keine passenden Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/ShopPage.cpp" line="148" />
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
        <translation><numerusform>Zu viele Fehlversuche. Bitte warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform><numerusform>Zu viele Fehlversuche. Bitte warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="206" />
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
</TS>