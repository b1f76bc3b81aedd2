#pragma once

#include "import/attendeefields.h"
#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

namespace import {

class UnitMatcher;

// The mapping a unit's files used last time: folded header text → field.
QHash<QString, Field> rememberedMapping(Database &db, qint64 unitId);
Status rememberMapping(Database &db, qint64 unitId, const QStringList &headers,
                       const ColumnMapping &mapping);
// The automatic mapping corrected by what was remembered for the unit, the unit-like columns
// then decided by what they hold (decideUnitColumns).
ColumnMapping mappingFor(Database &db, qint64 unitId, const io::Sheet &sheet,
                         const HeaderInfo &header, const UnitMatcher &units);

// Who sent a list, as far as the file says: a title line or an "Đơn vị: …" line naming a
// district or affiliated union of the directory, or else a title line the user once said
// belonged to a union (the letterhead of a union whose name the directory writes otherwise).
struct Sender
{
    enum class From { Nowhere, Title, Remembered, Signature, FileName };
    qint64 unitId = 0;
    From from = From::Nowhere;
    QString line; // the title or signature line that names it, or the file's name
};
// Else the union the signature block under the table names ("T/M BAN THƯỜNG VỤ HUYỆN ĐOÀN …"),
// else the union the file's name names (UnitMatcher::senderInFileName).
Sender findSender(Database *db, const QStringList &titleLines, const UnitMatcher &units,
                  const QString &fileName = {}, const QStringList &signatureLines = {});
// Remembers that the title lines of a list the user imported for `unitId` name that union;
// lines that name another unit of the directory, or every list's ("ĐOÀN TNCS HỒ CHÍ MINH",
// the date, "DANH SÁCH …"), are left out.
Status rememberSender(Database &db, const QStringList &titleLines, qint64 unitId,
                      const UnitMatcher &units);

} // namespace import
} // namespace dd
