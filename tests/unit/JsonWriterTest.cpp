// JsonWriter, the server's hand-rolled serializer: whatever it writes must parse with QJsonDocument
// to the value that was written (strings escaped, separators placed, numbers exact).
#include "server/protocol/JsonWriter.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <clocale>
#include <gtest/gtest.h>
#include <limits>
#include <string>

using emporium::protocol::JsonWriter;

namespace {

QJsonDocument parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << " in " << json.toStdString();
    return doc;
}

// Writes one string inside an array and returns what QJsonDocument reads back.
QString roundTrip(const QString &s, QByteArray *json = nullptr)
{
    JsonWriter w;
    w.beginArray().value(s).endArray();
    if (json)
        *json = w.data();
    return parsed(w.data()).array().at(0).toString();
}

TEST(JsonWriterTest, QuotesAndBackslashesAreEscaped)
{
    QByteArray json;
    EXPECT_EQ(roundTrip(QStringLiteral(R"(say "hi" \ C:\path\)"), &json),
              QStringLiteral(R"(say "hi" \ C:\path\)"));
    EXPECT_EQ(json, QByteArray(R"(["say \"hi\" \\ C:\\path\\"])"));
}

TEST(JsonWriterTest, ControlCharactersAreEscaped)
{
    QString all;
    for (char16_t c = 0; c < 0x20; ++c)
        all += QChar(c);
    all += QStringLiteral("\x7f end");
    QByteArray json;
    EXPECT_EQ(roundTrip(all, &json), all);
    EXPECT_TRUE(json.startsWith(R"(["\u0000\u0001)")) << json.toStdString();
    EXPECT_TRUE(json.contains(R"(\b)") || json.contains(R"(\u0008)"));
    EXPECT_TRUE(json.contains(R"(\t\n\u000b\u000c\r)")) << json.toStdString();
    EXPECT_TRUE(json.contains(R"(\u001f)"));
    for (const char c : json) // no raw control byte survives
        EXPECT_GE(static_cast<unsigned char>(c), 0x20);
}

TEST(JsonWriterTest, NonAsciiIsWrittenAsUtf8)
{
    const QString text = QStringLiteral("Grüße, naïve café — 日本語 😀");
    QByteArray json;
    EXPECT_EQ(roundTrip(text, &json), text);
    EXPECT_EQ(json, "[\"" + text.toUtf8() + "\"]");
    // U+2028/U+2029 are legal inside JSON strings and survive untouched
    EXPECT_EQ(roundTrip(QString(QChar(0x2028)) + QChar(0x2029)), QString(QChar(0x2028)) + QChar(0x2029));
}

TEST(JsonWriterTest, LoneSurrogatesBecomeValidUtf8)
{
    const QString lonely = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00);
    QByteArray json;
    const QString back = roundTrip(lonely, &json);
    // the bytes are valid UTF-8 (no CESU-8 surrogate bytes ED A0 80 / ED B0 80)...
    EXPECT_FALSE(json.contains("\xED\xA0\x80"));
    EXPECT_FALSE(json.contains("\xED\xB0\x80"));
    EXPECT_TRUE(QString::fromUtf8(json).toUtf8() == json);
    // ...and the text around each lone surrogate is kept, the surrogate itself replaced
    ASSERT_EQ(back.size(), 4) << back.toStdString();
    EXPECT_EQ(back[0], u'a');
    EXPECT_EQ(back[2], u'b');
    for (const QChar replaced : {back[1], back[3]}) // Qt's encoder writes '?'; U+FFFD would do too
        EXPECT_TRUE(replaced == u'?' || replaced == QChar(0xFFFD)) << int(replaced.unicode());
    // a proper pair is one character
    const QString pair = QString::fromUtf16(u"\xD83D\xDE00");
    EXPECT_EQ(roundTrip(pair), pair);
}

TEST(JsonWriterTest, IntegersAreExactIncludingNegativeAndLargeQint64)
{
    JsonWriter w;
    w.beginArray()
        .value(0)
        .value(-1)
        .value(qint64(-42))
        .value(std::numeric_limits<int>::min())
        .value(qint64(9007199254740993)) // 2^53 + 1: not representable as a double
        .value(std::numeric_limits<qint64>::max())
        .value(std::numeric_limits<qint64>::min())
        .endArray();
    EXPECT_EQ(w.data(), "[0,-1,-42,-2147483648,9007199254740993,9223372036854775807,-9223372036854775808]");
    const QJsonArray a = parsed(w.data()).array();
    ASSERT_EQ(a.size(), 7);
    EXPECT_EQ(a[1].toInteger(), -1);
    EXPECT_EQ(a[2].toInteger(), -42);
    EXPECT_EQ(a[3].toInteger(), std::numeric_limits<int>::min());
    EXPECT_EQ(a[4].toInteger(), 9007199254740993);
    EXPECT_EQ(a[5].toInteger(), std::numeric_limits<qint64>::max());
}

TEST(JsonWriterTest, DoublesParseBackAndNonFiniteIsNull)
{
    const QList<double> values{0.0, -0.5, 4.5, 1e-7, 123456789.25, 1e300, -2.5e-300};
    JsonWriter w;
    w.beginArray();
    for (double d : values)
        w.value(d);
    w.value(std::numeric_limits<double>::infinity()).value(std::numeric_limits<double>::quiet_NaN());
    w.endArray();
    const QJsonArray a = parsed(w.data()).array();
    ASSERT_EQ(a.size(), values.size() + 2);
    for (qsizetype i = 0; i < values.size(); ++i)
        EXPECT_EQ(a[i].toDouble(), values[i]) << "value " << i << " in " << w.data().toStdString();
    EXPECT_TRUE(a[values.size()].isNull());
    EXPECT_TRUE(a[values.size() + 1].isNull());
}

TEST(JsonWriterTest, DoublesNeedingSeventeenDigitsRoundTrip)
{
    const double third = 13.0 / 3.0; // an average rating: 4.333333333333333
    const double sum = 0.1 + 0.2;    // 0.30000000000000004
    JsonWriter w;
    w.beginArray().value(third).value(sum).endArray();
    const QJsonArray a = parsed(w.data()).array();
    EXPECT_EQ(a[0].toDouble(), third) << w.data().toStdString();
    EXPECT_EQ(a[1].toDouble(), sum) << w.data().toStdString();
}

TEST(JsonWriterTest, DoublesIgnoreTheProcessLocale)
{
    // QCoreApplication applies the user's locale (setlocale(LC_ALL, "")) on Unix, so the embedded
    // server of a German desktop runs with a decimal comma in the C library.
    const std::string saved = std::setlocale(LC_NUMERIC, nullptr);
    const char *german = nullptr;
    for (const char *name : {"de_DE.UTF-8", "de_DE.utf8", "de_DE", "fr_FR.UTF-8", "fr_FR.utf8"})
        if (std::setlocale(LC_NUMERIC, name)) {
            german = name;
            break;
        }
    if (!german)
        GTEST_SKIP() << "no locale with a decimal comma installed (localedef -i de_DE -f UTF-8 de_DE.UTF-8)";
    JsonWriter w;
    w.beginObject().field("average", 4.5).field("tiny", -1.25e-5).endObject();
    std::setlocale(LC_NUMERIC, saved.c_str());
    EXPECT_EQ(w.data().count(','), 1) << german << ": " << w.data().toStdString();
    const QJsonObject o = parsed(w.data()).object();
    EXPECT_EQ(o.value(u"average").toDouble(), 4.5);
    EXPECT_EQ(o.value(u"tiny").toDouble(), -1.25e-5);
}

TEST(JsonWriterTest, BoolsNullsAndStringsFromCharPointers)
{
    JsonWriter w;
    w.beginObject()
        .field("yes", true)
        .field("no", false)
        .key("nothing")
        .null()
        .field("s", "plain")
        .endObject();
    EXPECT_EQ(w.data(), R"({"yes":true,"no":false,"nothing":null,"s":"plain"})");
}

TEST(JsonWriterTest, NestedObjectsAndArraysHaveCommasExactlyBetweenSiblings)
{
    JsonWriter w;
    w.beginObject();
    w.field("a", 1);
    w.key("empty_object").beginObject().endObject();
    w.key("empty_array").beginArray().endArray();
    w.key("list").beginArray();
    w.beginObject().field("x", 1).endObject();
    w.beginObject()
        .field("x", 2)
        .key("inner")
        .beginArray()
        .value(1)
        .beginArray()
        .endArray()
        .value(2)
        .endArray()
        .endObject();
    w.endArray();
    w.field("z", QStringLiteral("last"));
    w.endObject();
    EXPECT_EQ(
        w.data(),
        R"({"a":1,"empty_object":{},"empty_array":[],"list":[{"x":1},{"x":2,"inner":[1,[],2]}],"z":"last"})");
    const QJsonObject o = parsed(w.data()).object();
    EXPECT_EQ(o.value(u"list").toArray().at(1).toObject().value(u"inner").toArray().size(), 3);
    EXPECT_EQ(o.value(u"z").toString(), QStringLiteral("last"));
}

TEST(JsonWriterTest, TopLevelArrayOfObjectsIsSeparated)
{
    JsonWriter w;
    w.beginArray();
    for (int i = 0; i < 3; ++i)
        w.beginObject().field("i", i).endObject();
    w.endArray();
    EXPECT_EQ(w.data(), R"([{"i":0},{"i":1},{"i":2}])");
}

TEST(JsonWriterTest, RawFragmentsAreOneValueEach)
{
    const QByteArray cached = R"({"id":7,"tags":["a","b"]})";
    JsonWriter w;
    w.beginObject().field("before", 1).key("cached").raw(cached).field("after", 2).key("list").beginArray();
    w.raw(cached).raw("3").value(4);
    w.endArray().endObject();
    EXPECT_EQ(
        w.data(),
        R"({"before":1,"cached":{"id":7,"tags":["a","b"]},"after":2,"list":[{"id":7,"tags":["a","b"]},3,4]})");
    const QJsonObject o = parsed(w.data()).object();
    EXPECT_EQ(o.value(u"cached").toObject().value(u"id").toInt(), 7);
    EXPECT_EQ(o.value(u"list").toArray().size(), 3);
}

TEST(JsonWriterTest, TakeHandsOverTheBytes)
{
    JsonWriter w;
    w.beginObject().field("k", QStringLiteral("v")).endObject();
    const QByteArray copy = w.data();
    EXPECT_EQ(w.take(), copy);
    EXPECT_TRUE(w.data().isEmpty());
}

} // namespace
