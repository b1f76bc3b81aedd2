#pragma once

#include "io/tablewriter.h"
#include "session/session.h"

#include <QDate>
#include <QList>

namespace dd {

// The questions sent to one agency (or the whole list), as the table written to XLSX/CSV.
// The sheet is in Vietnamese: it goes to the agency as it is.
struct QuestionExport
{
    io::ExportTable table;
    QList<Question> questions; // in the table's order
    // Of those, the ones whose forwarding this export records (assigned but not yet
    // forwarded, or forwarded without a date): questionactions::recordForwarding().
    QList<Question> toRecord;
};

// agencyId 0: every open question of the event (nothing is recorded). Otherwise the questions
// forwarded to the agency and, with includeAssigned, those assigned to it but not forwarded.
QuestionExport buildQuestionExport(Session &session, qint64 agencyId, bool includeAssigned);

// Writes .csv when the path ends so, XLSX otherwise.
Status writeQuestionExport(const QString &path, const QuestionExport &e);

} // namespace dd
