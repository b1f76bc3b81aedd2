#pragma once

#include "import/headerfinder.h"
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
// Nothing is written here: the batch is previewed, then committed as ONE undoable command
// (commands::addQuestions with readyQuestions()).
namespace dd {

struct QuestionImportRow
{
    Question question;
    QString source; // "dmc.eml, item 2", "cau-hoi.xlsx, row 7"
    QString sender; // e-mail: "Name <address>"
    QStringList problems; // in the user's words, shown on the row
    bool blocking = false; // cannot be imported at all (unreadable file, no text)
    bool needsUnit = false; // a unit was named (or an e-mail sent) that is not in the directory
    QString unitProblem; // why; shown until a unit is chosen
    bool duplicate = false; // the same text is already recorded or earlier in the batch
    QString duplicateNote; // why it is a duplicate
    // Imported unless the user decides otherwise in the preview.
    bool ready() const { return !blocking && !duplicate && (!needsUnit || question.unitId); }
    // The problems and the duplicate note, one per line.
    QString message() const;
};

struct QuestionImportBatch
{
    QList<QuestionImportRow> rows;
    int readyCount() const;
    QList<Question> readyQuestions() const;
};

// The columns a header names (accents and case ignored): Đơn vị/Unit, Người hỏi/Họ tên/
// Asked by, Loại/Kind, Chủ đề/Topic, Nội dung/Câu hỏi/Ý kiến/Text, Ngày/Date, Kênh/Channel.
enum class QuestionField { None, Unit, Submitter, Kind, Topic, Text, Date, Channel };
QuestionField questionFieldForHeader(const QString &header);
// The header finder's vocabulary for question sheets: the text and one more column.
const import::HeaderVocabulary &questionVocabulary();

QuestionImportBatch importQuestionsFromSheet(Session &session, const io::Sheet &sheet,
                                             const QString &sourceName);
// The unit that sent an e-mail: by its address, else by a display name or a signature line
// that is exactly a unit's name or short name, accents and case ignored ("Thị đoàn Hòa Thành
// <thidoanhoathanh@gmail.com>" from an address the directory does not have yet).
std::optional<Unit> emailSender(Session &session, const io::EmailMessage &mail,
                                const QStringList &signature = {});

QuestionImportBatch importQuestionsFromEmail(Session &session, const QByteArray &bytes,
                                             const QString &sourceName);
// Files and folders (a folder gives its .eml files and spreadsheets); an unreadable file is
// one blocking row with the reason, the rest is still read.
// CSV files are read with `csv` (the encoding the user chose, or detection).
QuestionImportBatch importQuestionsFromFiles(Session &session, const QStringList &paths,
                                             const io::CsvOptions &csv = {});

// Re-checks duplicates (against the event and inside the batch) after the user changed rows.
void markQuestionDuplicates(Session &session, QuestionImportBatch &batch);

// Helpers shared with the preview.
QuestionKind guessQuestionKind(const QString &text);
bool isQuestionImportFile(const QString &path);

} // namespace dd
