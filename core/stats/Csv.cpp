#include "stats/Csv.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace fd::core {

namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(fd::core::Csv)
};

constexpr char kBom[] = "\xEF\xBB\xBF";

bool needsQuotes(QStringView field)
{
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

bool looksLikeFormula(QStringView field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void appendField(QByteArray &out, const QString &field, bool guardFormulas)
{
    QString text = field;
    if (guardFormulas && looksLikeFormula(text))
        text.prepend(u'\'');
    if (!needsQuotes(text)) {
        out += text.toUtf8();
        return;
    }
    out += '"';
    out += QString(text).replace(u"\""_s, u"\"\""_s).toUtf8();
    out += '"';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *out, CsvOptions options)
    : m_out(out)
    , m_options(options)
{}

QByteArray CsvWriter::encodeRow(const QStringList &fields, bool guardFormulas)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        appendField(line, fields.at(i), guardFormulas);
    }
    line += "\r\n";
    return line;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (!ok())
        return;
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes += kBom;
    m_started = true;
    bytes += encodeRow(fields, m_options.guardFormulas);
    if (m_out->write(bytes) != bytes.size())
        m_error = CsvText::tr("Could not write the CSV file: %1").arg(m_out->errorString());
}

CsvParseResult parseCsv(const QByteArray &data)
{
    CsvParseResult result;
    const QString text = QString::fromUtf8(data.startsWith(kBom) ? data.mid(3) : data);
    const qsizetype n = text.size();
    QStringList row;
    QString field;
    qsizetype line = 1;
    qsizetype i = 0;
    bool fieldStarted = false;
    auto endRow = [&] {
        row.append(field);
        result.rows.append(row);
        row.clear();
        field.clear();
        fieldStarted = false;
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' && field.isEmpty() && !fieldStarted) {
            const qsizetype startLine = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == u'\n')
                    ++line;
                field += q;
                ++i;
            }
            if (!closed) {
                result.error =
                    CsvText::tr("Line %1: a quoted field is never closed.").arg(startLine);
                return result;
            }
            fieldStarted = true;
            if (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                result.error = CsvText::tr("Line %1: text follows a closing quote.").arg(line);
                return result;
            }
            continue;
        }
        if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            endRow();
            ++line;
            i += 2;
            continue;
        }
        if (c == u'\n') {
            endRow();
            ++line;
            ++i;
            continue;
        }
        field += c;
        fieldStarted = true;
        ++i;
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    return result;
}

} // namespace fd::core
