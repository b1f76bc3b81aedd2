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
// the snapshot the renderer reads, the number and the dates a paper takes, and the files it
// goes to (PDF, or OpenDocument text when the file name ends in .odt).
namespace dd::paperservice {

// Everything of the session's event a paper may print (the dates are set per paper by
// preparePaper).
documents::PaperData paperData(Session &session);

// The dates of one printing. std::nullopt: the date remembered for the paper of the event
// (none: the line is left blank to be filled in by hand); a null QDate: blank this time.
struct PaperDates
{
    std::optional<QDate> signedOn; // "Tây Ninh, ngày … tháng … năm …"
    std::optional<QDate> answerBy; // the covering letter: answers asked before this day
};

// The data of one paper: checked to be printable, with its dates and, with `takeNumber`, the
// next number of its kind (the counter moves on).
Result<documents::PaperData> preparePaper(Session &session, PaperKind kind,
                                          const documents::PaperOptions &options, bool takeNumber,
                                          const PaperDates &dates = {});

// One file written.
struct PrintedPaper
{
    QString path;
    int pages = 0; // of the PDF; 0 for an ODT (its pages are the word processor's)
    int number = 0; // the number printed on it; 0 when none was taken
};

// Writes the paper of the session's event to `path`: an OpenDocument text when it ends in
// .odt, a PDF otherwise. With `takeNumber` the paper gets the next number of its kind (given
// back when the paper cannot be written). The file is replaced only when the whole paper
// was written.
Result<PrintedPaper> writePaper(Session &session, PaperKind kind,
                                const documents::PaperOptions &options, const QString &path,
                                bool takeNumber, const PaperDates &dates = {});

// Prints onto a device (the window's QPrinter) the same way; returns the number printed
// on the paper (0 when none was taken).
Result<int> printPaper(Session &session, PaperKind kind, const documents::PaperOptions &options,
                       QPagedPaintDevice &device, bool takeNumber, const PaperDates &dates = {});

// Fails with the reason when the paper would be empty (nobody to invite, no online plan),
// so that the window can say so before opening a preview.
Status canPrint(PaperKind kind, const documents::PaperData &data,
                const documents::PaperOptions &options);

// What the clerk should know before sending the paper signed on `signedOn` (null: undated):
// the event has no date yet, so the paper gives only the planned month; a letter that asks for
// questions is signed after their deadline, so it asks for them before a day already past;
// a letter or programme is signed after the day of the meeting, the results report before it;
// the online notice is printed while the event follows the in-person plan. Empty when there is
// nothing to say; one line per warning.
QString dateWarning(PaperKind kind, const documents::PaperData &data, const QDate &signedOn);

// The questions a covering letter to the agency lists whose forwarding is not recorded yet:
// printing the letter records them (paperedits::printed).
QList<qint64> unrecordedForwarding(Session &session, qint64 agencyId);

// Letters as one file per unit into `folder` (created when missing), each named after the
// unit's short name (or its name), made safe as a file name on Windows too; `extension` is
// "pdf" or "odt". PersonInvitation: `ids` are the invitees (empty: everyone who gets a
// letter), grouped by their unit. UnitInvitation: `ids` are units (empty: every unit taking
// part). With `takeNumber` the whole batch shares one number.
Result<QList<PrintedPaper>> writeLettersPerUnit(Session &session, PaperKind kind,
                                                const QList<qint64> &ids, const QString &folder,
                                                bool takeNumber = false,
                                                const PaperDates &dates = {},
                                                const QString &extension = QStringLiteral("pdf"));

// A unit's name as a file name: Vietnamese letters are kept; what Windows forbids
// (: / \ ? * " < > | and control characters, trailing dots and spaces, device names such
// as CON) is replaced.
QString safeFileName(const QString &name);

// The paper's word on the command line ("invitation", "sign-in", ...) and back.
QString paperWord(PaperKind kind);
std::optional<PaperKind> paperFromWord(const QString &word);

} // namespace dd::paperservice
