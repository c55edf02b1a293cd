#include "server/domain/Csv.h"

namespace emporium::domain {

CsvParse parseCsv(const QString &text)
{
    CsvParse out;
    CsvRow row{1, {}};
    QString field;
    bool quoted = false, fieldStarted = false, afterQuote = false;
    int line = 1;
    const auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = afterQuote = false;
    };
    const auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields[0].isEmpty())) // blank lines are skipped
            out.rows << row;
        row = {line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue; // the \n ends the row
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (afterQuote) {
            out.error = QStringLiteral("text after a closing quote");
            out.errorLine = line;
            return out;
        } else {
            fieldStarted = true;
            field += c;
        }
    }
    if (quoted) {
        out.error = QStringLiteral("a quoted field is not closed");
        out.errorLine = row.line;
        return out;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return out;
}

namespace {
bool runsAsFormula(QStringView v)
{
    return !v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front());
}
} // namespace

QString csvTextField(const QString &value)
{
    const bool guard = runsAsFormula(value) || value.startsWith(u'\'');
    return csvField(guard ? u'\'' + value : value);
}

QString csvText(const QString &field)
{
    const QStringView rest = QStringView(field).mid(1);
    return field.startsWith(u'\'') && (runsAsFormula(rest) || rest.startsWith(u'\'')) ? rest.toString()
                                                                                      : field;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace emporium::domain
