<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>emporium::client::CategoryModel</name>
    <message numerus="yes">
        <location filename="../app/models/CategoryModel.cpp" line="29" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emporium::client::OrdersModel</name>
    <message numerus="yes">
        <location filename="../app/models/OrdersModel.cpp" line="28" />
        <source>Order #%1 · %2 · %3 · %n item(s)</source>
        <translation>
            <numerusform>Order #%1 · %2 · %3 · %n item</numerusform>
            <numerusform>Order #%1 · %2 · %3 · %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emporium::client::QuestionsModel</name>
    <message numerus="yes">
        <location filename="../app/models/QuestionsModel.cpp" line="83" />
        <source>Q: %1
%2 · %3 · %n answer(s)</source>
        <translation>
            <numerusform>Q: %1
%2 · %3 · %n answer</numerusform>
            <numerusform>Q: %1
%2 · %3 · %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/QuestionsModel.cpp" line="97" />
        <source>%1
%2 · %3 · %n found this helpful</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n found this helpful</numerusform>
            <numerusform>%1
%2 · %3 · %n found this helpful</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>emporium::ui::InventoryPage</name>
    <message numerus="yes">
        <location filename="../ui/InventoryPage.cpp" line="404" />
        <source>%n item(s) on sale.</source>
        <translation>
            <numerusform>%n item on sale.</numerusform>
            <numerusform>%n items on sale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InventoryPage.cpp" line="422" />
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>emporium::ui::ItemDiscussion</name>
    <message numerus="yes">
        <location filename="../ui/ItemDiscussion.cpp" line="216" />
        <source>%1 %2 out of 5 · %n review(s)</source>
        <translation>
            <numerusform>%1 %2 out of 5 · %n review</numerusform>
            <numerusform>%1 %2 out of 5 · %n reviews</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>emporium::ui::ItemPage</name>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="218" />
        <source>%1 %2 (%n review(s))</source>
        <translation>
            <numerusform>%1 %2 (%n review)</numerusform>
            <numerusform>%1 %2 (%n reviews)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="240" />
        <source>Sold %n time(s)</source>
        <translation>
            <numerusform>Sold once</numerusform>
            <numerusform>Sold %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ItemPage.cpp" line="256" />
        <source>%n people viewing</source>
        <translation>
            <numerusform>%n person viewing</numerusform>
            <numerusform>%n people viewing</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>emporium::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="360" />
        <source>Only %n left of “%1”.</source>
        <translation>
            <numerusform>Only %n left of “%1”.</numerusform>
            <numerusform>Only %n left of “%1”.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>emporium::ui::SalesPage</name>
    <message numerus="yes">
        <location filename="../ui/SalesPage.cpp" line="161" />
        <source>%1 from %n unit(s), %2</source>
        <translation>
            <numerusform>%1 from %n unit, %2</numerusform>
            <numerusform>%1 from %n units, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>emporium::ui::SignInDialog</name>
    <message numerus="yes">
        <location filename="../ui/SignInDialog.cpp" line="170" />
        <source>Too many failed attempts. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Please wait %n second and try again.</numerusform>
            <numerusform>Too many failed attempts. Please wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    </context>
</TS>