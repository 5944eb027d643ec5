#pragma once

#include <QString>
#include <QStringList>

namespace fd::core {

// Splits an SQL script into its statements at the semicolons that end them, leaving those inside
// quotes, quoted identifiers, dollar-quoted bodies ($$ … $$, $tag$ … $tag$) and comments alone.
// Needed because Qt's PostgreSQL driver runs a multi-statement string but reports only the first
// statement's result: an error further down would pass unnoticed.
QStringList splitSqlScript(const QString &script);

} // namespace fd::core
