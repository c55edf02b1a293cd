// The CSV reader behind the seller's import (RFC 4180) and the field writer behind the export:
// rows with the line each starts on, quoting, and a malformed quote reported with its line.
#include "server/domain/Csv.h"
#include "tests/common/TestSupport.h"

#include <gtest/gtest.h>

using namespace emporium::domain;

namespace {

QList<QStringList> fieldsOf(const CsvParse &p)
{
    QList<QStringList> out;
    for (const CsvRow &r : p.rows)
        out << r.fields;
    return out;
}

QList<int> linesOf(const CsvParse &p)
{
    QList<int> out;
    for (const CsvRow &r : p.rows)
        out << r.line;
    return out;
}

TEST(CsvTest, PlainRowsWithLf)
{
    const CsvParse p = parseCsv(QStringLiteral("id,title\n1,Lamp\n2,Desk\n"));
    EXPECT_TRUE(p.error.isEmpty());
    EXPECT_EQ(fieldsOf(p), (QList<QStringList>{{"id", "title"}, {"1", "Lamp"}, {"2", "Desk"}}));
    EXPECT_EQ(linesOf(p), (QList<int>{1, 2, 3}));
}

TEST(CsvTest, CrLfAndLfReadTheSame)
{
    const CsvParse lf = parseCsv(QStringLiteral("a,b\n1,2\n\"x\",\"y\"\n"));
    const CsvParse crlf = parseCsv(QStringLiteral("a,b\r\n1,2\r\n\"x\",\"y\"\r\n"));
    EXPECT_TRUE(crlf.error.isEmpty()) << crlf.error.toStdString();
    EXPECT_EQ(fieldsOf(crlf), fieldsOf(lf));
    EXPECT_EQ(fieldsOf(crlf).last(), (QStringList{"x", "y"}));
    EXPECT_EQ(linesOf(crlf), linesOf(lf));
    // mixed in one file, too
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral("a\r\nb\nc"))), (QList<QStringList>{{"a"}, {"b"}, {"c"}}));
}

TEST(CsvTest, TrailingNewlineOrNoneGiveTheSameRows)
{
    const auto with = fieldsOf(parseCsv(QStringLiteral("a,b\n1,2\n")));
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral("a,b\n1,2"))), with);
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral("a,b\r\n1,2\r\n"))), with);
    EXPECT_EQ(with.size(), 2);
}

TEST(CsvTest, BlankLinesAreSkippedButCounted)
{
    const CsvParse p = parseCsv(QStringLiteral("a\n\n\nb\r\n\r\nc\n"));
    EXPECT_EQ(fieldsOf(p), (QList<QStringList>{{"a"}, {"b"}, {"c"}}));
    EXPECT_EQ(linesOf(p), (QList<int>{1, 4, 6}));
    EXPECT_TRUE(parseCsv(QString()).rows.isEmpty());
    EXPECT_TRUE(parseCsv(QStringLiteral("\n\n")).rows.isEmpty());
}

TEST(CsvTest, EmptyFieldsAreKept)
{
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral("a,,c\n,b,\n,,\n"))),
              (QList<QStringList>{{"a", "", "c"}, {"", "b", ""}, {"", "", ""}}));
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral("x,\"\",z"))), (QList<QStringList>{{"x", "", "z"}}));
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral("x,"))),
              (QList<QStringList>{{"x", ""}})); // no newline at the end
}

TEST(CsvTest, QuotedFieldsWithDoubledQuotesAndCommas)
{
    const CsvParse p = parseCsv(QStringLiteral(R"("Lamp, brass","The ""best"" lamp",""""
)"));
    EXPECT_TRUE(p.error.isEmpty());
    EXPECT_EQ(fieldsOf(p), (QList<QStringList>{{"Lamp, brass", R"(The "best" lamp)", R"(")"}}));
}

TEST(CsvTest, NewlinesInsideQuotesStayInTheFieldAndTheRowKeepsItsStartLine)
{
    const CsvParse p =
        parseCsv(QStringLiteral("id,description\n1,\"first line\nsecond, line\r\nthird\"\n2,after\n"));
    EXPECT_TRUE(p.error.isEmpty());
    ASSERT_EQ(p.rows.size(), 3);
    EXPECT_EQ(p.rows[1].fields, (QStringList{"1", "first line\nsecond, line\r\nthird"}));
    EXPECT_EQ(p.rows[1].line, 2);
    EXPECT_EQ(p.rows[2].fields, (QStringList{"2", "after"}));
    EXPECT_EQ(p.rows[2].line, 5); // lines 2-4 are the first item
}

TEST(CsvTest, SpacesAndNonAsciiArePreserved)
{
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral(" a , b ,Grüße 😀"))),
              (QList<QStringList>{{" a ", " b ", "Grüße 😀"}}));
}

TEST(CsvTest, AQuoteInsideAnUnquotedFieldIsText)
{
    EXPECT_EQ(fieldsOf(parseCsv(QStringLiteral("12\" screen,x"))),
              (QList<QStringList>{{"12\" screen", "x"}}));
}

TEST(CsvTest, ByteOrderMarkIsLeftToTheCaller)
{
    // the seller import strips U+FEFF before parsing; the parser itself keeps it in the first field
    const CsvParse p = parseCsv(QString(QChar(0xFEFF)) + QStringLiteral("id,title\n1,x\n"));
    ASSERT_EQ(p.rows.size(), 2);
    EXPECT_EQ(p.rows[0].fields[0], QString(QChar(0xFEFF)) + QStringLiteral("id"));
    EXPECT_EQ(p.rows[0].fields[1], QStringLiteral("title"));
}

TEST(CsvTest, UnclosedQuoteIsReportedAtTheLineItOpens)
{
    const CsvParse p = parseCsv(QStringLiteral("id,title\n1,ok\n2,\"never closed\n3,x\n4,y\n"));
    EXPECT_EQ(p.error, QStringLiteral("a quoted field is not closed"));
    EXPECT_EQ(p.errorLine, 3);
}

TEST(CsvTest, TextAfterAClosingQuoteIsReportedAtItsLine)
{
    CsvParse p = parseCsv(QStringLiteral("id,title\n1,ok\n2,\"quoted\"tail\n3,fine\n"));
    EXPECT_EQ(p.error, QStringLiteral("text after a closing quote"));
    EXPECT_EQ(p.errorLine, 3);

    p = parseCsv(QStringLiteral("a\r\nb\r\n\"x\" ,y\r\n"));
    EXPECT_EQ(p.error, QStringLiteral("text after a closing quote"));
    EXPECT_EQ(p.errorLine, 3);

    // after a field that spans lines, the line of the stray text
    p = parseCsv(QStringLiteral("h\n\"one\ntwo\"x\n"));
    EXPECT_EQ(p.error, QStringLiteral("text after a closing quote"));
    EXPECT_EQ(p.errorLine, 3);
}

TEST(CsvTest, WellFormedTextHasNoError)
{
    const CsvParse p = parseCsv(QStringLiteral("a,b\n1,2\n"));
    EXPECT_TRUE(p.error.isEmpty());
    EXPECT_EQ(p.errorLine, 0);
}

TEST(CsvFieldTest, QuotesOnlyWhenNeeded)
{
    EXPECT_EQ(csvField(QStringLiteral("plain text")), QStringLiteral("plain text"));
    EXPECT_EQ(csvField(QString()), QString());
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral(R"(12" screen)")), QStringLiteral(R"("12"" screen")"));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral("cr\ronly")), QStringLiteral("\"cr\ronly\""));
}

TEST(CsvFieldTest, WrittenFieldsReadBackUnchanged)
{
    const QStringList values{QStringLiteral("1"),
                             QStringLiteral("Lamp, \"brass\""),
                             QStringLiteral("line\nbreak"),
                             QStringLiteral("crlf\r\nx"),
                             QString(),
                             QStringLiteral(" spaced "),
                             QStringLiteral("\"\""),
                             QStringLiteral("Grüße")};
    QStringList cells;
    for (const QString &v : values)
        cells << csvField(v);
    const QString text =
        QStringLiteral("h1,h2,h3,h4,h5,h6,h7,h8\r\n") + cells.join(u',') + QStringLiteral("\r\n");
    const CsvParse p = parseCsv(text);
    EXPECT_TRUE(p.error.isEmpty()) << p.error.toStdString();
    ASSERT_EQ(p.rows.size(), 2);
    EXPECT_EQ(p.rows[1].fields, values);
}

// OWASP "CSV injection": what a spreadsheet would run as a formula goes out as text, and comes back as typed.
TEST(CsvTest, TextThatWouldRunAsAFormulaIsWrittenAsTextAndReadBackAsTyped)
{
    const QStringList typed{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")"),
                            QStringLiteral("+1+cmd|' /C calc'!A0"),
                            QStringLiteral("-2+3"),
                            QStringLiteral("@SUM(A1:A9)"),
                            QStringLiteral("\tTabbed"),
                            QStringLiteral("'quoted already"),
                            QStringLiteral("'=guarded by hand"),
                            QStringLiteral("Plain lamp"),
                            QStringLiteral("A - B = C")};
    QString file = QStringLiteral("title\r\n");
    for (const QString &t : typed)
        file += csvTextField(t) + QStringLiteral("\r\n");
    const CsvParse p = parseCsv(file);
    ASSERT_TRUE(p.error.isEmpty()) << p.error.toStdString();
    ASSERT_EQ(p.rows.size(), typed.size() + 1);
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString cell = p.rows[i + 1].fields.value(0);
        const QChar first = cell.isEmpty() ? QChar() : cell.front();
        EXPECT_FALSE(first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t')
            << "a live formula: " << cell.toStdString();
        EXPECT_EQ(csvText(cell), typed[i]);
    }
    EXPECT_EQ(csvTextField(QStringLiteral("Plain lamp")), QStringLiteral("Plain lamp")); // nothing added
    EXPECT_EQ(csvText(QStringLiteral("'apostrophe in a hand-made file")),
              QStringLiteral("'apostrophe in a hand-made file"));
}

} // namespace
