#pragma once

#include "io/tablewriter.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

// Export of the delegate list to CSV and XLSX (Vietnamese headers, Vietnamese name order,
// phone numbers as text, formula injection guarded by io/tablewriter), and the empty list a
// host unit fills in and sends back.
namespace dd {

class Session;

namespace exporting {

enum class Format { Csv, Xlsx };
// By the file name's extension: .xlsx is XLSX, everything else CSV.
Format formatForPath(const QString &path);

// Which people: the whole event, the given ids (a filtered view) or one unit.
struct Selection
{
    std::optional<QList<qint64>> ids;
    qint64 unitId = 0;
};

// The table that is written, in Vietnamese name order (all of it in memory: for tests and
// small lists; the exports below stream).
io::ExportTable attendeeTable(Session &session, const Selection &which = {});
// Streamed: the rows go from the database to the file one by one, never all in memory.
// *written (when given) is the number of people written.
Status exportAttendees(Session &session, const QString &path, const Selection &which = {},
                       int *written = nullptr);
Status exportAttendees(Session &session, QIODevice &out, Format format,
                       const Selection &which = {});

// An XLSX with a title row naming the unit and the event, the header the importer expects and
// numbered empty rows (the unit's quota, or 10).
io::ExportTable templateTable(Session &session, qint64 unitId);
Status exportTemplate(Session &session, const QString &path, qint64 unitId);

// The Vietnamese words written in the files.
QString statusVietnamese(int status); // int(InvitationStatus)
QString genderVietnamese(int gender); // int(Gender)

} // namespace exporting
} // namespace dd
