#include "import/questionimport.h"

#include "import/headerfinder.h"
#include "import/importchecks.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"
#include "io/emailreader.h"
#include "io/htmltables.h"
#include "io/numbereditems.h"
#include "io/readlimits.h"
#include "io/spreadsheetreader.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace dd {

using import::Decision;
using import::Duplicate;
using import::ImportPreview;
using import::ImportRow;
using import::Problem;
using import::ProblemKind;
using import::Severity;

namespace {

void setStatusFromTopic(Question &q)
{
    q.status = q.topicId ? QuestionStatus::Classified : QuestionStatus::Received;
}

QString shortName(const QString &path)
{
    return QFileInfo(path).fileName();
}

ImportPreview questionPreview(Session &session)
{
    ImportPreview p;
    p.kind = import::ImportKind::Questions;
    p.eventId = session.eventId();
    return p;
}

// A row of `source` that cannot be imported, for the reason given.
ImportRow blockedRow(const QString &source, const QString &reason, ProblemKind kind,
                     const QString &sender = {})
{
    ImportRow row;
    row.questionFields().source = source;
    row.questionFields().sender = sender;
    row.problems << Problem { Severity::Error, import::Field::Ignore, reason, kind };
    row.decision = Decision::Skip;
    return row;
}

void addProblem(ImportRow &row, Severity severity, ProblemKind kind, const QString &message)
{
    row.problems << Problem { severity, import::Field::Ignore, message, kind };
}

// The sheets of a workbook to look for question tables in: the visible ones when one of them
// holds a table, else all of them (a list kept on a hidden sheet alone is still found).
QList<io::Sheet> visibleSheetsFirst(const QList<io::Sheet> &sheets)
{
    QList<io::Sheet> visible;
    for (const io::Sheet &sheet : sheets)
        if (!sheet.isHidden())
            visible << sheet;
    if (visible.size() == sheets.size())
        return sheets;
    for (const io::Sheet &sheet : std::as_const(visible))
        if (import::findHeader(sheet, questionVocabulary()).row >= 0)
            return visible;
    return sheets;
}

// The sheets of an attached spreadsheet whose header names the question text; none when the
// file is no spreadsheet, is unreadable or holds another list (attendees).
QList<io::Sheet> attachedQuestionSheets(const QString &fileName, const QByteArray &bytes)
{
    QList<io::Sheet> out;
    if (!isQuestionImportFile(fileName)
        || QFileInfo(fileName).suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0)
        return out;
    const auto book = io::readSpreadsheet(bytes, fileName);
    if (!book)
        return out;
    for (const io::Sheet &sheet : visibleSheetsFirst(book->sheets))
        if (import::findHeader(sheet, questionVocabulary()).row >= 0)
            out << sheet;
    return out;
}

} // namespace

std::optional<Unit> emailSender(Session &session, const io::EmailMessage &mail,
                                const QStringList &signature)
{
    if (auto unit = session.units().findByEmail(mail.fromAddress))
        return unit;
    const auto same = [](const QString &a, const QString &b) {
        const QString fa = text::fold(a).simplified();
        return !fa.isEmpty() && fa == text::fold(b).simplified();
    };
    QStringList names { mail.fromName };
    names << signature;
    const QList<Unit> units = session.units().list();
    for (const QString &name : std::as_const(names)) {
        QString cleaned = name;
        cleaned.remove(QRegularExpression(QStringLiteral("[,.;:]+$")));
        for (const Unit &u : units)
            if (same(cleaned, u.name) || same(cleaned, u.shortName))
                return u;
    }
    // The union written inside a line of the signature, as people sign: "UV BCH Huyện đoàn
    // Gò Dầu", "T/M BCH CHI ĐOÀN KHU PHỐ 4 - THÀNH ĐOÀN TÂY NINH", "Người gửi: …, Huyện đoàn
    // Dương Minh Châu" (a district or affiliated union, one per line).
    const import::UnitMatcher matcher(units);
    for (const QString &name : std::as_const(names))
        if (const qint64 id = matcher.senderIn(name))
            for (const Unit &u : units)
                if (u.id == id)
                    return u;
    return std::nullopt;
}

ImportPreview importQuestionsFromSheet(Session &session, const io::Sheet &sheet,
                                       const QString &sourceName, QuestionChannel channel,
                                       bool includeHiddenRows)
{
    ImportPreview batch = questionPreview(session);
    // The header below any title rows, one or two rows deep, as for the attendee lists.
    const import::HeaderInfo header = import::findHeader(sheet, questionVocabulary());
    batch.header = header;
    QHash<QuestionField, int> columns;
    for (int c = 0; c < header.headers.size(); ++c) {
        // A column the file hides is not read, as for the attendee lists (automaticMapping()).
        if (sheet.isColumnHidden(c))
            continue;
        const QuestionField field = questionFieldForHeader(header.headers.at(c));
        if (field != QuestionField::None && !columns.contains(field))
            columns.insert(field, c);
    }
    if (header.row < 0) {
        batch.rows << blockedRow(
            sourceName,
            QCoreApplication::translate(
                "Questions",
                "No header row naming the question text (Nội dung, Câu hỏi, Ý kiến or "
                "Text) and another column (Đơn vị, Người hỏi, Loại, Chủ đề, Ngày, Kênh) "
                "was found in the first rows."),
            ProblemKind::MissingField);
        return batch;
    }
    // The union that sent the sheet, when its title, its signature block or the file's name
    // says so: the unit of rows that name none.
    const import::UnitMatcher units(session.units().list());
    batch.titleLines = import::titleLines(sheet, header);
    const qint64 senderId = import::findSender(&session.database(), batch.titleLines, units,
                                               sourceName, import::signatureLines(sheet, header))
                                .unitId;
    batch.defaultUnitId = senderId;
    QHash<qint64, QString> unitNames;
    for (const Unit &u : session.units().list())
        unitNames.insert(u.id, u.name);

    const qint64 eventId = session.eventId();
    const QList<Topic> topics = session.questions().topics(eventId);
    // The year of a date written "25/8": the year the event collects its questions in.
    int eventYear = 0;
    if (const auto event = session.events().get(eventId))
        eventYear = event->questionDeadline.isValid() ? event->questionDeadline.year()
            : event->date.isValid()                   ? event->date.year()
                                                      : event->plannedYear;
    const auto cell = [&](const QStringList &cells, QuestionField f) {
        const int c = columns.value(f, -1);
        return c >= 0 && c < cells.size() ? text::clean(cells.at(c)) : QString();
    };
    for (int r = header.firstDataRow(); r < sheet.rowCount(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        bool blank = true;
        bool numbers = true; // the column numbers under a header: "(1)", "(2)"
        for (const QString &c : cells) {
            blank = blank && c.trimmed().isEmpty();
            numbers = numbers && (c.trimmed().isEmpty() || import::isColumnNumber(c));
        }
        if (blank || numbers || import::isTotalRow(cells)) {
            ++batch.ignoredRows;
            continue;
        }
        if (import::isFooterRow(cells))
            break; // the signatures under the table
        ImportRow row;
        row.fileRow = r + 1;
        row.cells = cells;
        if (sheet.isRowHidden(r)) {
            row.hiddenInFile = true;
            row.problems << import::hiddenRowProblem();
        }
        import::QuestionFields &fields = row.questionFields();
        fields.source
            = QCoreApplication::translate("Questions", "%1, row %2").arg(sourceName).arg(r + 1);
        fields.sheet = sheet.name;
        // Cells longer than their field may be: the row is refused before any is worked on.
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            const int limit = it.key() == QuestionField::Text ? io::kMaxLongTextLength
                : it.key() == QuestionField::Submitter        ? io::kMaxNameLength
                                                              : io::kMaxFieldLength;
            const QString problem = import::lengthProblem(cells.value(it.value()), limit,
                                                          header.headers.value(it.value()));
            if (!problem.isEmpty())
                addProblem(row, Severity::Error, ProblemKind::TooLong, problem);
        }
        if (row.blocked()) {
            row.decision = Decision::Skip;
            batch.rows << row;
            continue;
        }
        Question &q = fields.question;
        q.eventId = eventId;
        q.text = cells.value(columns.value(QuestionField::Text)).trimmed();
        q.submitter = cell(cells, QuestionField::Submitter);
        q.channel = channel;
        QStringList kept; // what the file says that no field holds, as "Header: value"
        const auto keep = [&](QuestionField f, const QString &value) {
            kept << QStringLiteral("%1: %2").arg(
                header.headers.value(columns.value(f)).simplified(), value);
        };
        if (q.text.isEmpty()) {
            // Totals and notes under the table have no text: not an error worth a row.
            const QString first = text::fold(cells.join(QLatin1Char(' ')));
            if (first.startsWith(QLatin1String("tong"))
                || first.startsWith(QLatin1String("total"))) {
                ++batch.ignoredRows;
                continue;
            }
            addProblem(row, Severity::Error, ProblemKind::MissingField,
                       QCoreApplication::translate("Questions", "The row has no question text."));
            row.decision = Decision::Skip;
        }
        QString unit = cell(cells, QuestionField::Unit);
        qint64 unitId = unit.isEmpty() ? 0 : units.find(unit);
        if (!unitId && unit.contains(QLatin1Char('@')))
            if (const auto u = session.units().findByEmail(unit))
                unitId = u->id;
        if (!unitId && import::startsWithOrganisation(unit)
            && (senderId || channel == QuestionChannel::Email)) {
            // A host union's own branch ("Chi đoàn Công ty TNHH Hưng Thịnh", "Chi hội thanh
            // niên công nhân ấp Long Mỹ"): the union that sent the list (its title, or the
            // e-mail's sender) is the unit; the branch says who asked.
            q.submitter = q.submitter.isEmpty() ? unit : q.submitter + QStringLiteral(", ") + unit;
            unit.clear();
        }
        if (!unit.isEmpty()) {
            row.unitGiven = true;
            q.unitId = unitId;
            row.unitName = q.unitId ? unitNames.value(q.unitId) : unit;
            // A shortened name that fits several units ("TĐ Tây Ninh"): the user picks one
            // of them.
            fields.unitCandidates = q.unitId ? QList<qint64>() : units.candidates(unit);
            if (fields.unitCandidates.size() > 1) {
                QStringList names;
                for (const qint64 id : std::as_const(fields.unitCandidates))
                    names << unitNames.value(id);
                row.unitUnknown = true;
                addProblem(row, Severity::Warning, ProblemKind::UnknownUnit,
                           QCoreApplication::translate(
                               "Questions", "“%1” fits several units (%2): choose the unit.")
                               .arg(unit, names.join(QStringLiteral("; "))));
                if (!batch.unknownUnits.contains(unit))
                    batch.unknownUnits << unit;
            } else if (!q.unitId) {
                row.unitUnknown = true;
                addProblem(
                    row, Severity::Warning, ProblemKind::UnknownUnit,
                    QCoreApplication::translate("Questions", "Unknown unit “%1”: choose the unit.")
                        .arg(unit));
                if (!batch.unknownUnits.contains(unit))
                    batch.unknownUnits << unit;
            }
        } else {
            q.unitId = senderId;
            row.unitName = unitNames.value(senderId);
        }
        const QString kind = cell(cells, QuestionField::Kind);
        if (!kind.isEmpty()) {
            if (auto k = import::parseQuestionKind(kind))
                q.kind = *k;
            else
                addProblem(row, Severity::Warning, ProblemKind::UnknownValue,
                           QCoreApplication::translate("Questions",
                                                       "Unknown kind “%1”; taken as a question.")
                               .arg(kind));
        } else {
            q.kind = guessQuestionKind(q.text);
        }
        if (const QString topic = cell(cells, QuestionField::Topic); !topic.isEmpty()) {
            if (auto t = import::findTopic(topics, topic)) {
                q.topicId = t->id;
                fields.topicPosition = t->position;
                fields.topicTitle = t->title;
            } else {
                keep(QuestionField::Topic, topic);
                addProblem(row, Severity::Warning, ProblemKind::UnknownValue,
                           QCoreApplication::translate(
                               "Questions",
                               "“%1” names none of the event's topics: left unclassified, "
                               "kept in the question's note.")
                               .arg(topic));
            }
        }
        if (const QString date = cell(cells, QuestionField::Date); !date.isEmpty()) {
            q.receivedOn = import::parseQuestionDate(date, eventYear);
            if (!q.receivedOn.isValid())
                addProblem(row, Severity::Warning, ProblemKind::BadDate,
                           QCoreApplication::translate("Questions",
                                                       "Unreadable date “%1” (use dd/mm/yyyy).")
                               .arg(date));
        }
        if (const QString given = cell(cells, QuestionField::Channel); !given.isEmpty()) {
            if (auto c = import::parseQuestionChannel(given))
                q.channel = *c;
            else
                addProblem(
                    row, Severity::Warning, ProblemKind::UnknownValue,
                    QCoreApplication::translate("Questions", "Unknown channel “%1”; taken as %2.")
                        .arg(given, questionChannelLabel(q.channel)));
        }
        if (const QString given = cell(cells, QuestionField::Note); !given.isEmpty())
            keep(QuestionField::Note, given);
        // In the note, for the clerk who classifies it; the text stays what the leaders read
        // out and the papers print.
        q.note = kept.join(QStringLiteral("; "));
        setStatusFromTopic(q);
        // Left out unless the user includes it, as a hidden row of a delegate list is.
        if (row.hiddenInFile && !includeHiddenRows)
            row.decision = Decision::Skip;
        const QStringList items = io::cellItems(q.text);
        if (items.isEmpty()) {
            batch.rows << row;
            continue;
        }
        // Several questions of one person numbered in one cell: one row each, as the items of
        // an e-mail are.
        const QString source = fields.source;
        for (qsizetype i = 0; i < items.size(); ++i) {
            ImportRow item = row;
            import::QuestionFields &itemFields = item.questionFields();
            itemFields.source
                = QCoreApplication::translate("Questions", "%1, item %2").arg(source).arg(i + 1);
            itemFields.question.text = items.at(i);
            if (kind.isEmpty())
                itemFields.question.kind = guessQuestionKind(items.at(i));
            batch.rows << item;
        }
    }
    markQuestionDuplicates(session, batch);
    return batch;
}

ImportPreview importQuestionsFromEmail(Session &session, const QByteArray &bytes,
                                       const QString &sourceName)
{
    ImportPreview batch = questionPreview(session);
    QList<io::EmailAttachment> files;
    const auto mail = io::readEmailFiles(bytes, sourceName, &files);
    if (!mail) {
        batch.rows << blockedRow(sourceName, mail.error(), ProblemKind::Unreadable);
        return batch;
    }
    const io::EmailQuestions found = io::splitEmailQuestions(mail->body);
    const std::optional<Unit> unit = emailSender(session, *mail, found.signature);
    const QString sender = mail->fromName.isEmpty()
        ? mail->fromAddress
        : QStringLiteral("%1 <%2>").arg(mail->fromName, mail->fromAddress);
    batch.defaultUnitId = unit ? unit->id : 0;
    // What the e-mail says of every question in it: who sent it, who signed, which day.
    const auto fromEmail = [&](ImportRow &row) {
        import::QuestionFields &fields = row.questionFields();
        fields.sender = sender;
        Question &q = fields.question;
        if (q.submitter.isEmpty())
            q.submitter = found.signer;
        if (!q.receivedOn.isValid())
            q.receivedOn = mail->date.isValid() ? mail->date.date() : QDate();
        if (row.unitGiven || row.blocked())
            return; // the table's unit column decides
        if (unit) {
            q.unitId = unit->id;
            row.unitName = unit->name;
        } else if (!q.unitId) { // a table's title may have named it
            row.unitUnknown = true;
            addProblem(row, Severity::Warning, ProblemKind::UnknownUnit,
                       QCoreApplication::translate(
                           "Questions", "No unit has the address %1: choose the unit that sent it.")
                           .arg(mail->fromAddress));
        }
    };
    // Questions in a table (Outlook and Gmail send a Word-like one) whose header names the
    // question columns: read as a spreadsheet list is, one question per row. Any other table
    // (a signature's layout) leaves the text read as before.
    const auto addSheet = [&](const io::Sheet &table, const QString &source) {
        ImportPreview rows
            = importQuestionsFromSheet(session, table, source, QuestionChannel::Email);
        for (ImportRow &row : rows.rows)
            fromEmail(row);
        rows.defaultUnitId = batch.defaultUnitId;
        import::appendRows(batch, std::move(rows));
    };
    for (const io::Sheet &table : io::htmlTables(mail->html))
        if (import::findHeader(table, questionVocabulary()).row >= 0)
            addSheet(table, sourceName);
    // A list attached to the e-mail (the usual way a union sends its questions): its rows,
    // named "mail.eml, list.xlsx, row 5"; the covering words of the message are no question.
    for (const io::EmailAttachment &file : std::as_const(files)) {
        const QList<io::Sheet> sheets = attachedQuestionSheets(file.fileName, file.bytes);
        for (const io::Sheet &sheet : sheets)
            addSheet(
                sheet,
                sheet.name.isEmpty() || sheets.size() == 1
                    ? QStringLiteral("%1, %2").arg(sourceName, file.fileName)
                    : QStringLiteral("%1, %2 [%3]").arg(sourceName, file.fileName, sheet.name));
    }
    if (!batch.rows.isEmpty()) {
        markQuestionDuplicates(session, batch);
        return batch;
    }
    const QStringList &items = found.items;
    int n = 0;
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const QString source = items.size() > 1
            ? QCoreApplication::translate("Questions", "%1, item %2").arg(sourceName).arg(++n)
            : sourceName;
        if (const QString problem
            = import::lengthProblem(item, io::kMaxLongTextLength,
                                    QCoreApplication::translate("Questions", "The question"));
            !problem.isEmpty()) {
            batch.rows << blockedRow(source, problem, ProblemKind::TooLong, sender);
            continue;
        }
        ImportRow row;
        import::QuestionFields &fields = row.questionFields();
        fields.source = source;
        Question &q = fields.question;
        q.eventId = session.eventId();
        q.text = item.trimmed();
        q.kind = guessQuestionKind(q.text);
        q.channel = QuestionChannel::Email;
        fromEmail(row);
        setStatusFromTopic(q);
        batch.rows << row;
    }
    if (batch.rows.isEmpty()) {
        // Attached files that hold no question list, and no text: the reader says which files
        // (save them and import them), as for any message without words.
        if (const auto words = io::readEmail(bytes, sourceName); !words)
            batch.rows << blockedRow(sourceName, words.error(), ProblemKind::Unreadable, sender);
        else
            batch.rows << blockedRow(
                sourceName,
                QCoreApplication::translate("Questions", "The e-mail holds no question text."),
                ProblemKind::MissingField, sender);
    }
    markQuestionDuplicates(session, batch);
    return batch;
}

bool isQuestionListFile(const QString &fileName, const QByteArray &bytes)
{
    return !attachedQuestionSheets(fileName, bytes).isEmpty();
}

ImportPreview importQuestionsFromFiles(Session &session, const QStringList &paths,
                                       const io::CsvOptions &csv, bool includeHiddenRows)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            const QDir dir(p);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                if (isQuestionImportFile(name))
                    files << dir.filePath(name);
        } else {
            files << p;
        }
    }
    ImportPreview all = questionPreview(session);
    for (const QString &path : files) {
        const QString name = shortName(path);
        // Bounded, and regular files only: a FIFO or /dev/zero among the paths is refused.
        const Result<QByteArray> bytes = io::readImportFile(path);
        if (!bytes) {
            all.rows << blockedRow(name, bytes.error(), ProblemKind::Unreadable);
        } else if (QFileInfo(path).suffix().compare(QStringLiteral("eml"), Qt::CaseInsensitive)
                   == 0) {
            import::appendRows(all, importQuestionsFromEmail(session, *bytes, name));
        } else if (const auto book = io::readSpreadsheet(*bytes, name, csv); !book) {
            all.rows << blockedRow(name, book.error(), ProblemKind::Unreadable);
        } else {
            // Every sheet with a header row; a workbook with several gives them all, each row
            // naming its sheet. When none has one, the first sheet says why.
            // A hidden sheet (an old version, a guide) is read only when no visible one
            // holds a question table.
            const qsizetype before = all.rows.size();
            const QList<io::Sheet> sheets = visibleSheetsFirst(book->sheets);
            if (sheets.size() != book->sheets.size())
                for (const io::Sheet &sheet : book->sheets)
                    if (sheet.isHidden()
                        && import::findHeader(sheet, questionVocabulary()).row >= 0)
                        all.hiddenNotes << QCoreApplication::translate(
                                               "Questions",
                                               "The sheet “%1” of %2 is hidden in the file and "
                                               "was not read.")
                                               .arg(sheet.name, name);
            for (const io::Sheet &sheet : sheets) {
                if (book->sheets.size() > 1
                    && import::findHeader(sheet, questionVocabulary()).row < 0)
                    continue;
                const QString source = book->sheets.size() > 1
                    ? QStringLiteral("%1 [%2]").arg(name, sheet.name)
                    : name;
                import::appendRows(all,
                                   importQuestionsFromSheet(session, sheet, source,
                                                            QuestionChannel::HandedIn,
                                                            includeHiddenRows));
            }
            if (all.rows.size() == before)
                import::appendRows(all,
                                   importQuestionsFromSheet(session, book->sheets.value(0), name,
                                                            QuestionChannel::HandedIn,
                                                            includeHiddenRows));
        }
    }
    markQuestionDuplicates(session, all);
    return all;
}

void markQuestionDuplicates(Session &session, ImportPreview &preview)
{
    QHash<QString, int> existing; // folded text → running number in the list
    int number = 0;
    for (const Question &q : session.questions().list(session.eventId())) {
        ++number;
        existing.insert(text::fold(q.text), number);
    }
    QHash<QString, QString> seen; // folded text → source
    for (ImportRow &row : preview.rows) {
        const Duplicate was = row.duplicate;
        row.duplicate = Duplicate::None;
        row.problems.removeIf([](const Problem &p) { return p.kind == ProblemKind::Duplicate; });
        // A hidden row left out is no first occurrence of a text the file shows.
        if (row.blocked() || (row.hiddenInFile && row.decision == Decision::Skip))
            continue;
        const QString key = text::fold(row.question().text);
        if (auto it = existing.constFind(key); it != existing.constEnd()) {
            row.duplicate = Duplicate::InEvent;
            addProblem(row, Severity::Warning, ProblemKind::Duplicate,
                       QCoreApplication::translate("Questions", "Already recorded (question %1).")
                           .arg(*it));
        } else if (auto s = seen.constFind(key); s != seen.constEnd()) {
            row.duplicate = Duplicate::InFile;
            addProblem(row, Severity::Warning, ProblemKind::Duplicate,
                       QCoreApplication::translate("Questions", "Same text as %1.").arg(*s));
        } else {
            seen.insert(key, row.questionFields().source);
        }
        // A new duplicate is skipped; the user's decision stands otherwise.
        if (row.duplicate != Duplicate::None && was == Duplicate::None)
            row.decision = Decision::Skip;
        else if (row.duplicate == Duplicate::None && was != Duplicate::None)
            row.decision = Decision::Import;
    }
}

QStringList questionSheets(const ImportPreview &preview)
{
    QStringList out;
    for (const ImportRow &row : preview.rows)
        if (const QString &s = row.questionFields().sheet; !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

namespace import {

void appendRows(ImportPreview &to, ImportPreview from)
{
    to.rows.append(std::move(from.rows));
    to.ignoredRows += from.ignoredRows;
    to.hiddenNotes += from.hiddenNotes;
    for (const QString &u : std::as_const(from.unknownUnits))
        if (!to.unknownUnits.contains(u))
            to.unknownUnits << u;
    if (to.header.row < 0)
        to.header = std::move(from.header);
    if (!to.defaultUnitId)
        to.defaultUnitId = from.defaultUnitId;
}

QString questionMessage(const ImportRow &row)
{
    QStringList unit, others, duplicate;
    for (const Problem &p : row.problems) {
        if (p.kind == ProblemKind::UnknownUnit) {
            if (row.question().unitId == 0)
                unit << p.message;
        } else if (p.kind == ProblemKind::Duplicate) {
            duplicate << p.message;
        } else {
            others << p.message;
        }
    }
    return (unit + others + duplicate).join(QLatin1Char('\n'));
}

QList<Question> questionsToImport(const ImportPreview &preview)
{
    QList<Question> out;
    for (const ImportRow &r : preview.rows)
        if (r.ready() && !r.question().text.trimmed().isEmpty())
            out << r.question();
    return out;
}

QString sourceFile(const ImportRow &row)
{
    return row.questionFields().source.section(QLatin1Char(','), 0, 0);
}

QList<int> setQuestionUnit(ImportPreview &preview, int row, qint64 unitId, const QString &unitName)
{
    QList<int> changed;
    if (row < 0 || row >= preview.rows.size())
        return changed;
    // An unknown sender sends all the rows of its e-mail: the choice applies to them all.
    const QString sender = preview.rows.at(row).questionFields().sender;
    const QString file = sourceFile(preview.rows.at(row));
    for (int r = 0; r < preview.rows.size(); ++r) {
        ImportRow &other = preview.rows[r];
        const bool same = r == row
            || (other.unitUnknown && !sender.isEmpty() && other.questionFields().sender == sender
                && sourceFile(other) == file);
        if (!same)
            continue;
        other.question().unitId = unitId;
        other.unitName = unitName;
        changed << r;
    }
    return changed;
}

} // namespace import

} // namespace dd
