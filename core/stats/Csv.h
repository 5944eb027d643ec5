#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace fd::core {

// CSV as RFC 4180 says: UTF-8, CRLF after every record, a field quoted when it holds a comma, a
// double quote, CR or LF (quotes doubled inside). Customer text goes into exports as it is, so
// the writer never loses a character; the reader gives back exactly what was written.
struct CsvOptions
{
    // A UTF-8 byte-order mark first, so spreadsheet tools read the file as UTF-8.
    bool byteOrderMark = false;
    // Spreadsheet tools run a cell that starts with = + - @ (or a tab or CR) as a formula; a
    // customer can write such text. With this on, such a field gets a leading apostrophe, which
    // spreadsheets show as plain text. Off for exports meant for programs.
    bool guardFormulas = false;
};

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *out, CsvOptions options = {});

    void writeRow(const QStringList &fields);
    // False once a write to the device failed (disk full, closed pipe); the error says why.
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    static QByteArray encodeRow(const QStringList &fields, bool guardFormulas = false);

private:
    QIODevice *m_out;
    CsvOptions m_options;
    bool m_started = false;
    QString m_error;
};

struct CsvParseResult
{
    QList<QStringList> rows;
    QString error; // empty when the whole input was read; otherwise where it stopped and why
};

// Reads RFC 4180 CSV (a leading BOM is skipped; LF alone is accepted as a line end too).
CsvParseResult parseCsv(const QByteArray &data);

} // namespace fd::core
