#pragma once
// RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside, CRLF or LF rows.
#include <QList>
#include <QString>
#include <QStringList>

namespace emporium::domain {

struct CsvRow
{
    int line = 0; // the file's line where the row starts (1 = the header)
    QStringList fields;
};

struct CsvParse
{
    QList<CsvRow> rows;
    QString error; // empty when the text is well-formed
    int errorLine = 0;
};

CsvParse parseCsv(const QString &text);
QString csvField(const QString &value);

// Text a person typed (a title, a description), for a file someone opens in a spreadsheet: a value a
// spreadsheet would run as a formula ("=", "+", "-", "@", a tab or a carriage return first: OWASP "CSV
// injection"), or one that starts with an apostrophe, is written with an apostrophe in front, which
// spreadsheets show as text. csvText() takes it off again on import, so the value comes back as typed.
QString csvTextField(const QString &value);
QString csvText(const QString &field);

} // namespace emporium::domain
