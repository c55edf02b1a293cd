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
        <location filename="../app/main.cpp" line="61" />
        <source>Not a server address: %1</source>
        <translation>Keine Serveradresse: %1</translation>
    </message>
</context>
<context>
    <name>emporium::client::ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="98" />
        <source>The server sent an unreadable answer.</source>
        <translation>Der Server hat eine unlesbare Antwort geschickt.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="149" />
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
        <location filename="../ui/MainWindow.cpp" line="30" />
        <source>Starting the shop…</source>
        <translation>Der Shop startet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34" />
        <source>Emporium</source>
        <translation>Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60" />
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63" />
        <source>&amp;About Emporium</source>
        <translation>Ü&amp;ber Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64" />
        <source>About Emporium</source>
        <translation>Über Emporium</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65" />
        <source>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;A self-hosted multi-vendor marketplace.</source>
        <translation>&lt;b&gt;Emporium&lt;/b&gt; %1&lt;br&gt;Ein selbst betriebener Marktplatz für viele Händler.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
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
</TS>