#pragma once

#include "documents/paperdata.h"
#include "domain/documentsettings.h"
#include "session/session.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QPagedPaintDevice;

// The one place where the window and the command line turn the open event into papers:
// the snapshot the renderer reads, the number a paper takes, and the files it goes to.
namespace dd::paperservice {

// Everything of the session's event a paper may print. `issueDate` is the date under the
// place line; a null date means today.
documents::PaperData paperData(Session &session, QDate issueDate = {});

// One PDF written.
struct PrintedPaper
{
    QString path;
    int pages = 0;
    int number = 0; // the number printed on it; 0 when none was taken
};

// Renders the paper of the session's event to a PDF file. With `takeNumber` the paper gets
// the next number of its kind (and the counter moves on; it is given back when the paper
// cannot be written). The file is replaced only when the whole paper was written.
Result<PrintedPaper> printPaperToPdf(Session &session, PaperKind kind,
                                     const documents::PaperOptions &options, const QString &path,
                                     bool takeNumber, QDate issueDate = {});

// Prints onto a device (the window's QPrinter) the same way; returns the number printed
// on the paper (0 when none was taken).
Result<int> printPaper(Session &session, PaperKind kind, const documents::PaperOptions &options,
                       QPagedPaintDevice &device, bool takeNumber, QDate issueDate = {});

// Fails with the reason when the paper would be empty (nobody to invite, no online plan),
// so that the window can say so before opening a preview.
Status canPrint(PaperKind kind, const documents::PaperData &data,
                const documents::PaperOptions &options);

// Letters as one PDF per unit into `folder` (created when missing), each named after the
// unit's short name (or its name), made safe as a file name on Windows too.
// PersonInvitation: `ids` are the invitees (empty: everyone listed), grouped by their unit;
// people without a unit go to "Khác.pdf". UnitInvitation: `ids` are units (empty: every unit
// with a seat quota). With `takeNumber` the whole batch shares one number.
Result<QList<PrintedPaper>> writeLettersPerUnit(Session &session, PaperKind kind,
                                                const QList<qint64> &ids, const QString &folder,
                                                bool takeNumber = false, QDate issueDate = {});

// A unit's name as a file name: Vietnamese letters are kept; what Windows forbids
// (: / \ ? * " < > | and control characters, trailing dots and spaces, device names such
// as CON) is replaced.
QString safeFileName(const QString &name);

// The paper's word on the command line ("invitation", "sign-in", ...) and back.
QString paperWord(PaperKind kind);
std::optional<PaperKind> paperFromWord(const QString &word);

} // namespace dd::paperservice
