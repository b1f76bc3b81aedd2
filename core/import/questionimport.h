#pragma once

#include "import/attendeepreview.h"
#include "import/questionfields.h"
#include "io/csvreader.h"
#include "io/emailreader.h"
#include "io/sheet.h"
#include "session/session.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Questions from the channels the plan names: spreadsheets (CSV/XLSX/ODS/XLS) with a header
// row in Vietnamese or English, and e-mails saved as .eml (one question per numbered item).
// They come as the attendee lists do, as an import::ImportPreview (kind Questions) whose rows
// carry their question fields, problems and decision (Import or Skip). Nothing is written
// here: the preview is shown, then committed as ONE undoable command (questioncommit.h).
namespace dd {

// Every row under the header of one sheet; a sheet without a header is one blocked row. A
// list is handed in (a file given to the board, saved from a USB stick or Zalo) unless it came
// inside an e-mail (`channel` Email) or its "Kênh" column says otherwise; its date is its
// "Ngày"/"Ngày gửi"/"Thời gian" column, else none (the file's own date says when it was saved,
// not when the board received it). What no field holds — a "Lĩnh vực" naming none of the
// event's topics, a "Ghi chú" — goes to the question's note as written ("Lĩnh vực: Việc làm;
// Ghi chú: …") for the clerk who classifies it: topics are the plan's, never made up by an
// import, and the text stays the question alone.
// A row the file hides is shown with hiddenRowProblem() and left out (Skip) unless
// `includeHiddenRows`; a hidden column is not read.
import::ImportPreview importQuestionsFromSheet(Session &session, const io::Sheet &sheet,
                                               const QString &sourceName,
                                               QuestionChannel channel = QuestionChannel::HandedIn,
                                               bool includeHiddenRows = false);
// The unit that sent an e-mail: by its address, else by a display name or a signature line
// that is exactly a unit's name or short name, accents and case ignored ("Thị đoàn Hòa Thành
// <thidoanhoathanh@gmail.com>" from an address the directory does not have yet).
std::optional<Unit> emailSender(Session &session, const io::EmailMessage &mail,
                                const QStringList &signature = {});

// The questions of an e-mail: the rows of its question tables and of its attached question
// lists (.xlsx, .xls, .ods, .csv whose header names the question text), each with the e-mail's
// sender, unit and date and the channel E-mail; only when there are none, its numbered text.
import::ImportPreview importQuestionsFromEmail(Session &session, const QByteArray &bytes,
                                               const QString &sourceName);
// The attached files that hold a question list (the mail fetch reads them as questions and
// does not offer them as attendee lists).
bool isQuestionListFile(const QString &fileName, const QByteArray &bytes);
// Files and folders (a folder gives its .eml files and spreadsheets); an unreadable file is
// one blocked row with the reason, the rest is still read. A workbook gives every sheet that
// has a header (each row's source names its sheet), as the command line's attendee import
// takes every sheet holding a list; only when no sheet has one is the first sheet's refusal
// shown. CSV files are read with `csv` (the encoding the user chose, or detection). Hidden
// sheets are read only when no visible sheet has a header; hidden rows as
// importQuestionsFromSheet() says.
import::ImportPreview importQuestionsFromFiles(Session &session, const QStringList &paths,
                                               const io::CsvOptions &csv = {},
                                               bool includeHiddenRows = false);

// Re-checks duplicates (against the event and inside the preview) after rows were added: a
// row that becomes a duplicate is skipped, one that no longer is gets imported again.
void markQuestionDuplicates(Session &session, import::ImportPreview &preview);

// The sheets of a question preview, in the order their rows come (empty names left out): the
// window's sheet choice.
QStringList questionSheets(const import::ImportPreview &preview);

namespace import {

// The rows of `from` appended to `to` (a second file added in the window).
void appendRows(ImportPreview &to, ImportPreview from);
// A question row's problems, one per line: the unknown unit first, while no unit is chosen,
// then the others, the duplicate last.
QString questionMessage(const ImportRow &row);
// The questions the preview imports now (ImportRow::ready()).
QList<Question> questionsToImport(const ImportPreview &preview);
// Gives `row` the unit `unitId` (named `unitName`), and with it every other row that waits
// for a unit and came from the same sender in the same file (all items of one e-mail).
// Returns the rows changed.
QList<int> setQuestionUnit(ImportPreview &preview, int row, qint64 unitId, const QString &unitName);
// The file a row came from: its source up to the first comma ("dmc.eml" of "dmc.eml, item 2").
QString sourceFile(const ImportRow &row);

} // namespace import

} // namespace dd
