// Money on the client: integer minor units formatted for the user's locale, and amounts typed by
// users read back into minor units, refusing anything that is not an amount with two decimals.
#include "app/models/Money.h"
#include "tests/common/TestTools.h"

#include <gtest/gtest.h>

using namespace emporium::client;

namespace {

const QLocale en(QLocale::English, QLocale::UnitedStates);
const QLocale de(QLocale::German, QLocale::Germany);
const QString nbsp(QChar(0x00A0));

TEST(FormatMoneyTest, EnglishPutsTheSymbolFirstAndGroupsThousands)
{
    EXPECT_EQ(formatMoney(2499, QStringLiteral("USD"), en), QStringLiteral("$24.99"));
    EXPECT_EQ(formatMoney(0, QStringLiteral("USD"), en), QStringLiteral("$0.00"));
    EXPECT_EQ(formatMoney(1, QStringLiteral("USD"), en), QStringLiteral("$0.01"));
    EXPECT_EQ(formatMoney(10, QStringLiteral("USD"), en), QStringLiteral("$0.10"));
    EXPECT_EQ(formatMoney(123456789, QStringLiteral("USD"), en), QStringLiteral("$1,234,567.89"));
    EXPECT_EQ(formatMoney(1999, QStringLiteral("EUR"), en), QStringLiteral("€19.99"));
    EXPECT_EQ(formatMoney(1999, QStringLiteral("GBP"), en), QStringLiteral("£19.99"));
}

TEST(FormatMoneyTest, GermanPutsTheSymbolAfterWithCommaDecimals)
{
    EXPECT_EQ(formatMoney(2499, QStringLiteral("EUR"), de),
              QStringLiteral("24,99") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(formatMoney(123456789, QStringLiteral("EUR"), de),
              QStringLiteral("1.234.567,89") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(formatMoney(5, QStringLiteral("USD"), de), QStringLiteral("0,05") + nbsp + QStringLiteral("$"));
}

TEST(FormatMoneyTest, NegativeAmountsKeepTheirSign)
{
    // US English may write a negative amount in accounting style, in parentheses
    const QString minus = formatMoney(-1250, QStringLiteral("USD"), en);
    EXPECT_TRUE(minus == QStringLiteral("-$12.50") || minus == QStringLiteral("($12.50)"))
        << minus.toStdString();
    EXPECT_EQ(formatMoney(-1250, QStringLiteral("EUR"), de),
              QStringLiteral("-12,50") + nbsp + QStringLiteral("€"));
}

TEST(FormatMoneyTest, UnknownCurrencyCodesAreShownAsTheCode)
{
    const QString chf = formatMoney(1000, QStringLiteral("CHF"), en);
    EXPECT_TRUE(chf.contains(QStringLiteral("CHF"))) << chf.toStdString();
    EXPECT_TRUE(chf.contains(QStringLiteral("10.00"))) << chf.toStdString();
}

TEST(FormatMoneyTest, LargeAmountsAreExactToTheCent)
{
    // the largest amount parseMoney accepts: 12 digits of whole units
    EXPECT_EQ(formatMoney(99999999999999, QStringLiteral("USD"), en), QStringLiteral("$999,999,999,999.99"));
    EXPECT_EQ(formatMoney(100000000000001, QStringLiteral("USD"), en),
              QStringLiteral("$1,000,000,000,000.01"));
}

TEST(FormatMoneyTest, TheCLocaleFormatsLikeUsEnglish)
{
    EXPECT_EQ(formatMoney(2499, QStringLiteral("USD"), QLocale::c()), QStringLiteral("$24.99"));
    EXPECT_EQ(plainMoney(123456, QLocale::c()), QStringLiteral("1234.56"));
    EXPECT_EQ(parseMoney(QStringLiteral("1,234.5"), QLocale::c()), 123450);
}

TEST(PlainMoneyTest, TwoDecimalsNoGroupingNoSymbol)
{
    EXPECT_EQ(plainMoney(1250, en), QStringLiteral("12.50"));
    EXPECT_EQ(plainMoney(1250, de), QStringLiteral("12,50"));
    EXPECT_EQ(plainMoney(123456789, en), QStringLiteral("1234567.89"));
    EXPECT_EQ(plainMoney(123456789, de), QStringLiteral("1234567,89"));
    EXPECT_EQ(plainMoney(7, en), QStringLiteral("0.07"));
}

TEST(ParseMoneyTest, EnglishAmounts)
{
    EXPECT_EQ(parseMoney(QStringLiteral("12"), en), 1200);
    EXPECT_EQ(parseMoney(QStringLiteral("12.5"), en), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("12.50"), en), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("0.05"), en), 5);
    EXPECT_EQ(parseMoney(QStringLiteral(".5"), en), 50);
    EXPECT_EQ(parseMoney(QStringLiteral("12."), en), 1200);
    EXPECT_EQ(parseMoney(QStringLiteral("1,234.56"), en), 123456);
    EXPECT_EQ(parseMoney(QStringLiteral("1,234"), en), 123400);
    EXPECT_EQ(parseMoney(QStringLiteral("1,234,567"), en), 123456700);
    EXPECT_EQ(parseMoney(QStringLiteral("$12.50"), en), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("  $ 1,000.00  "), en), 100000);
}

TEST(ParseMoneyTest, GermanAmounts)
{
    EXPECT_EQ(parseMoney(QStringLiteral("12,5"), de), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("12,50 €"), de), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("1.234,56"), de), 123456);
    EXPECT_EQ(parseMoney(QStringLiteral("1.234"), de), 123400);
    EXPECT_EQ(parseMoney(QStringLiteral("1.234.567,8"), de), 123456780);
    EXPECT_EQ(parseMoney(QStringLiteral("24,99") + nbsp + QStringLiteral("€"), de), 2499);
}

TEST(ParseMoneyTest, ThreeDecimalsAfterTheLocalesDecimalPointAreRefusedNotRounded)
{
    EXPECT_EQ(parseMoney(QStringLiteral("12.345"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("12,345"), de), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("0.999"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("12.3456"), en), std::nullopt);
}

TEST(ParseMoneyTest, GroupsMustBeThreeDigits)
{
    EXPECT_EQ(parseMoney(QStringLiteral("1,23,456"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("1234,567.00"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral(",123"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("12.34.56"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("1.2345"), de), std::nullopt);
}

TEST(ParseMoneyTest, NegativeAmountsAreRefused)
{
    EXPECT_EQ(parseMoney(QStringLiteral("-5"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("-$12.50"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("12,50-"), de), std::nullopt);
    EXPECT_EQ(parseMoney(QString(QChar(0x2212)) + QStringLiteral("5"), en),
              std::nullopt); // U+2212 MINUS SIGN
}

TEST(ParseMoneyTest, TooLargeAmountsAreRefused)
{
    EXPECT_EQ(parseMoney(QStringLiteral("999999999999.99"), en), 99999999999999);
    EXPECT_EQ(parseMoney(QStringLiteral("999,999,999,999"), en), 99999999999900);
    EXPECT_EQ(parseMoney(QStringLiteral("1000000000000"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("99999999999999999999999"), en), std::nullopt);
}

TEST(ParseMoneyTest, TextWithoutAnAmountIsRefused)
{
    for (const char *text : {"", "   ", "$", "€", "abc", "free"})
        EXPECT_EQ(parseMoney(QString::fromUtf8(text), en), std::nullopt) << text;
}

TEST(ParseMoneyTest, SeparatorsAloneAreNotAnAmount)
{
    for (const char *text : {".", ",", "$.", ". €"})
        EXPECT_EQ(parseMoney(QString::fromUtf8(text), en), std::nullopt) << text;
    EXPECT_EQ(parseMoney(QStringLiteral(","), de), std::nullopt);
}

TEST(ParseMoneyTest, TheLocalesCurrencySymbolAndCodeAreAccepted)
{
    EXPECT_EQ(parseMoney(QStringLiteral("USD 12.50"), en), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("12,50 EUR"), de), 1250);
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);
    EXPECT_EQ(parseMoney(formatMoney(1250, QStringLiteral("SEK"), sv), sv), 1250)
        << formatMoney(1250, "SEK", sv).toStdString();
    EXPECT_EQ(parseMoney(QStringLiteral("12,50 kr"), sv), 1250);
}

TEST(ParseMoneyTest, LettersMixedIntoAnAmountAreRefused)
{
    // dropping the letters would silently store another price ("1O.50" typed for 10.50 -> 1.50)
    for (const char *text : {"12abc", "1O.50", "12.5O", "1e3", "12.5%"})
        EXPECT_EQ(parseMoney(QString::fromUtf8(text), en), std::nullopt) << text;
}

TEST(ParseMoneyTest, WhatPlainMoneyAndFormatMoneyWriteReadsBack)
{
    for (const qint64 cents : {qint64(0), qint64(1), qint64(99), qint64(1250), qint64(123456),
                               qint64(100000000), qint64(99999999999999)}) {
        for (const QLocale &locale : {en, de}) {
            EXPECT_EQ(parseMoney(plainMoney(cents, locale), locale), cents)
                << plainMoney(cents, locale).toStdString();
            const QString shown = formatMoney(cents, QStringLiteral("EUR"), locale);
            EXPECT_EQ(parseMoney(shown, locale), cents) << shown.toStdString();
        }
    }
}

} // namespace
