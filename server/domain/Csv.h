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

} // namespace emporium::domain
