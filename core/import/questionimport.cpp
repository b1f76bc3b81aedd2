#include "import/questionimport.h"

#include "import/headerfinder.h"
#include "import/importchecks.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"
#include "io/emailreader.h"
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

namespace {

bool startsWithAny(const QString &folded, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes)
        if (folded.startsWith(QLatin1String(p)))
            return true;
    return false;
}

bool containsAny(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (folded.contains(QLatin1String(w)))
            return true;
    return false;
}

std::optional<QuestionKind> parseKind(const QString &cell)
{
    const QString f = text::fold(cell);
    if (containsAny(f, { "sang kien", "hien ke", "y tuong", "initiative", "idea" }))
        return QuestionKind::Initiative;
    if (containsAny(f, { "de xuat", "propos" }))
        return QuestionKind::Proposal;
    if (containsAny(f, { "kien nghi", "recommend" }))
        return QuestionKind::Recommendation;
    if (containsAny(f, { "cau hoi", "question", "hoi" }))
        return QuestionKind::Question;
    return std::nullopt;
}

std::optional<QuestionChannel> parseChannel(const QString &cell)
{
    const QString f = text::fold(cell);
    if (containsAny(f,
                    { "livestream", "truc tuyen", "binh luan", "facebook", "comment", "online" }))
        return QuestionChannel::Livestream;
    if (containsAny(f, { "hoi truong", "tai cho", "room", "hoi nghi" }))
        return QuestionChannel::InRoom;
    if (containsAny(f, { "mail", "thu dien tu", "thu" }))
        return QuestionChannel::Email;
    if (containsAny(f, { "truc tiep", "nop", "hand", "giay", "van ban" }))
        return QuestionChannel::HandedIn;
    return std::nullopt;
}

QDate parseDate(const QString &cell)
{
    const QString s = cell.trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
    if (serial.match(s).hasMatch()) { // a date cell read as its Excel serial number
        const int days = int(s.toDouble());
        if (days > 20000 && days < 80000)
            return QDate(1899, 12, 30).addDays(days);
    }
    const QString date = s.section(QLatin1Char(' '), 0, 0); // "23/08/2021 09:15"
    for (const char *format : { "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy",
                                "d.M.yyyy", "yyyy-MM-dd", "yyyy/M/d", "dd/MM/yy", "d/M/yy" }) {
        QDate d = QDate::fromString(date, QLatin1String(format));
        if (d.isValid()) {
            if (d.year() < 100)
                d = d.addYears(2000);
            return d;
        }
    }
    return {};
}

std::optional<Topic> findTopic(const QList<Topic> &topics, const QString &cell)
{
    QString f = text::fold(cell);
    static const QRegularExpression numbered(QStringLiteral("^(?:chu de|topic|cd)?\\s*(\\d+)\\b"));
    if (const auto m = numbered.match(f); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        for (const Topic &t : topics)
            if (t.position == n)
                return t;
    }
    for (const Topic &t : topics) {
        const QString title = text::fold(t.title);
        if (title == f || (f.size() >= 12 && title.startsWith(f)))
            return t;
    }
    return std::nullopt;
}

void setStatusFromTopic(Question &q)
{
    q.status = q.topicId ? QuestionStatus::Classified : QuestionStatus::Received;
}

QString shortName(const QString &path)
{
    return QFileInfo(path).fileName();
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

int QuestionImportBatch::readyCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const QuestionImportRow &r) { return r.ready(); }));
}

QList<Question> QuestionImportBatch::readyQuestions() const
{
    QList<Question> out;
    for (const QuestionImportRow &r : rows)
        if (r.ready())
            out << r.question;
    return out;
}

QuestionKind guessQuestionKind(const QString &text)
{
    // The words decide, wherever they stand: "…, đề nghị tỉnh …" is a recommendation even
    // when it does not open the text. An initiative or a proposal names itself; a request
    // that only asks to be told ("đề nghị … cho biết …?") is a question.
    const QString f = text::fold(text);
    const auto word = [&f](const char *w) {
        const QLatin1String needle(w);
        for (qsizetype at = f.indexOf(needle); at >= 0; at = f.indexOf(needle, at + 1)) {
            const bool before = at == 0 || !f.at(at - 1).isLetterOrNumber();
            const qsizetype end = at + needle.size();
            const bool after = end >= f.size() || !f.at(end).isLetterOrNumber();
            if (before && after)
                return true;
        }
        return false;
    };
    if (word("sang kien") || word("hien ke"))
        return QuestionKind::Initiative;
    if (word("de xuat"))
        return QuestionKind::Proposal;
    const bool asks = text.contains(QLatin1Char('?'));
    if (word("de nghi") || word("kien nghi")) {
        if (asks && (word("cho biet") || word("giai dap") || word("tra loi")))
            return QuestionKind::Question;
        return QuestionKind::Recommendation;
    }
    if (asks)
        return QuestionKind::Question;
    if (startsWithAny(f, { "mong", "xin" }))
        return QuestionKind::Recommendation;
    return QuestionKind::Question;
}

namespace {

int questionFieldOf(const QString &header)
{
    return int(questionFieldForHeader(header));
}

bool isQuestionHeader(const QList<int> &fields)
{
    return fields.contains(int(QuestionField::Text)) && fields.size() >= 2;
}

} // namespace

const import::HeaderVocabulary &questionVocabulary()
{
    static const import::HeaderVocabulary v { &questionFieldOf, &isQuestionHeader };
    return v;
}

QuestionField questionFieldForHeader(const QString &header)
{
    const QString f = text::fold(header).remove(QLatin1Char(':')).trimmed();
    if (f.isEmpty())
        return QuestionField::None;
    struct Alias
    {
        QuestionField field;
        std::initializer_list<const char *> names;
    };
    // Exact names first, then prefixes ("Nội dung ý kiến, kiến nghị" is the text).
    static const Alias aliases[] = {
        { QuestionField::Unit,
          { "don vi", "unit", "don vi gui", "co so", "huyen, thi, thanh doan", "from unit" } },
        { QuestionField::Submitter,
          { "nguoi hoi", "ho ten", "ho va ten", "asked by", "nguoi gui", "submitter",
            "nguoi de xuat", "name" } },
        { QuestionField::Kind, { "loai", "kind", "loai y kien", "type" } },
        { QuestionField::Topic, { "chu de", "topic", "linh vuc", "nhom chu de" } },
        { QuestionField::Text,
          { "noi dung", "cau hoi", "y kien", "text", "question", "kien nghi", "noi dung cau hoi",
            "noi dung y kien", "y kien, kien nghi" } },
        { QuestionField::Date,
          { "ngay", "date", "ngay nhan", "ngay gui", "received", "thoi gian" } },
        { QuestionField::Channel, { "kenh", "channel", "hinh thuc gui", "kenh tiep nhan" } },
    };
    for (const Alias &a : aliases)
        for (const char *n : a.names)
            if (f == QLatin1String(n))
                return a.field;
    for (const Alias &a : aliases)
        for (const char *n : a.names)
            if (qstrlen(n) >= 4 && f.startsWith(QLatin1String(n) + QLatin1Char(' ')))
                return a.field;
    return QuestionField::None;
}

QuestionImportBatch importQuestionsFromSheet(Session &session, const io::Sheet &sheet,
                                             const QString &sourceName)
{
    QuestionImportBatch batch;
    // The header below any title rows, one or two rows deep, as for the attendee lists.
    const import::HeaderInfo header = import::findHeader(sheet, questionVocabulary());
    QHash<QuestionField, int> columns;
    for (int c = 0; c < header.headers.size(); ++c) {
        const QuestionField field = questionFieldForHeader(header.headers.at(c));
        if (field != QuestionField::None && !columns.contains(field))
            columns.insert(field, c);
    }
    if (header.row < 0) {
        QuestionImportRow row;
        row.source = sourceName;
        row.blocking = true;
        row.problems << QCoreApplication::translate(
            "Questions",
            "No header row naming the question text (Nội dung, Câu hỏi, Ý kiến or "
            "Text) and another column (Đơn vị, Người hỏi, Loại, Chủ đề, Ngày, Kênh) "
            "was found in the first rows.");
        batch.rows << row;
        return batch;
    }
    // The union that sent the sheet, when its title, its signature block or the file's name
    // says so: the unit of rows that name none.
    const import::UnitMatcher units(session.units().list());
    const qint64 senderId
        = import::findSender(&session.database(), import::titleLines(sheet, header), units,
                             sourceName, import::signatureLines(sheet, header))
              .unitId;

    const qint64 eventId = session.eventId();
    const QList<Topic> topics = session.questions().topics(eventId);
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
        if (blank || numbers || import::isTotalRow(cells))
            continue;
        if (import::isFooterRow(cells))
            break; // the signatures under the table
        QuestionImportRow row;
        row.source
            = QCoreApplication::translate("Questions", "%1, row %2").arg(sourceName).arg(r + 1);
        // Cells longer than their field may be: the row is refused before any is worked on.
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            const int limit = it.key() == QuestionField::Text ? io::kMaxLongTextLength
                : it.key() == QuestionField::Submitter        ? io::kMaxNameLength
                                                              : io::kMaxFieldLength;
            const QString problem = import::lengthProblem(cells.value(it.value()), limit,
                                                          header.headers.value(it.value()));
            if (!problem.isEmpty())
                row.problems << problem;
        }
        if (!row.problems.isEmpty()) {
            row.blocking = true;
            batch.rows << row;
            continue;
        }
        Question &q = row.question;
        q.eventId = eventId;
        q.text = cells.value(columns.value(QuestionField::Text)).trimmed();
        q.submitter = cell(cells, QuestionField::Submitter);
        q.channel = QuestionChannel::Email;
        if (q.text.isEmpty()) {
            // Totals and notes under the table have no text: not an error worth a row.
            const QString first = text::fold(cells.join(QLatin1Char(' ')));
            if (first.startsWith(QLatin1String("tong")) || first.startsWith(QLatin1String("total")))
                continue;
            row.blocking = true;
            row.problems << QCoreApplication::translate("Questions",
                                                        "The row has no question text.");
        }
        if (const QString unit = cell(cells, QuestionField::Unit); !unit.isEmpty()) {
            q.unitId = units.find(unit);
            if (!q.unitId && unit.contains(QLatin1Char('@')))
                if (const auto u = session.units().findByEmail(unit.trimmed().toLower()))
                    q.unitId = u->id;
            if (!q.unitId) {
                row.needsUnit = true;
                row.unitProblem = QCoreApplication::translate(
                                      "Questions", "Unknown unit \"%1\": choose the unit.")
                                      .arg(unit);
            }
        } else {
            q.unitId = senderId;
        }
        if (const QString kind = cell(cells, QuestionField::Kind); !kind.isEmpty()) {
            if (auto k = parseKind(kind))
                q.kind = *k;
            else
                row.problems << QCoreApplication::translate(
                                    "Questions", "Unknown kind \"%1\"; taken as a question.")
                                    .arg(kind);
        } else {
            q.kind = guessQuestionKind(q.text);
        }
        if (const QString topic = cell(cells, QuestionField::Topic); !topic.isEmpty()) {
            if (auto t = findTopic(topics, topic))
                q.topicId = t->id;
            else
                row.problems << QCoreApplication::translate(
                                    "Questions", "Unknown topic \"%1\"; left unclassified.")
                                    .arg(topic);
        }
        if (const QString date = cell(cells, QuestionField::Date); !date.isEmpty()) {
            q.receivedOn = parseDate(date);
            if (!q.receivedOn.isValid())
                row.problems << QCoreApplication::translate(
                                    "Questions", "Unreadable date \"%1\" (use dd/mm/yyyy).")
                                    .arg(date);
        }
        if (const QString channel = cell(cells, QuestionField::Channel); !channel.isEmpty()) {
            if (auto c = parseChannel(channel))
                q.channel = *c;
            else
                row.problems << QCoreApplication::translate(
                                    "Questions", "Unknown channel \"%1\"; taken as e-mail.")
                                    .arg(channel);
        }
        setStatusFromTopic(q);
        batch.rows << row;
    }
    markQuestionDuplicates(session, batch);
    return batch;
}

QuestionImportBatch importQuestionsFromEmail(Session &session, const QByteArray &bytes,
                                             const QString &sourceName)
{
    QuestionImportBatch batch;
    const auto mail = io::readEmail(bytes, sourceName);
    if (!mail) {
        QuestionImportRow row;
        row.source = sourceName;
        row.blocking = true;
        row.problems << mail.error();
        batch.rows << row;
        return batch;
    }
    const io::EmailQuestions found = io::splitEmailQuestions(mail->body);
    const std::optional<Unit> unit = emailSender(session, *mail, found.signature);
    const QString sender = mail->fromName.isEmpty()
        ? mail->fromAddress
        : QStringLiteral("%1 <%2>").arg(mail->fromName, mail->fromAddress);
    const QStringList &items = found.items;
    int n = 0;
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            continue;
        QuestionImportRow row;
        row.source = items.size() > 1
            ? QCoreApplication::translate("Questions", "%1, item %2").arg(sourceName).arg(++n)
            : sourceName;
        row.sender = sender;
        if (const QString problem
            = import::lengthProblem(item, io::kMaxLongTextLength,
                                    QCoreApplication::translate("Questions", "The question"));
            !problem.isEmpty()) {
            row.blocking = true;
            row.problems << problem;
            batch.rows << row;
            continue;
        }
        Question &q = row.question;
        q.eventId = session.eventId();
        q.text = item.trimmed();
        q.kind = guessQuestionKind(q.text);
        q.submitter = found.signer;
        q.channel = QuestionChannel::Email;
        q.receivedOn = mail->date.isValid() ? mail->date.date() : QDate();
        if (unit) {
            q.unitId = unit->id;
        } else {
            row.needsUnit = true;
            row.unitProblem
                = QCoreApplication::translate(
                      "Questions", "No unit has the address %1: choose the unit that sent it.")
                      .arg(mail->fromAddress);
        }
        setStatusFromTopic(q);
        batch.rows << row;
    }
    if (batch.rows.isEmpty()) {
        QuestionImportRow row;
        row.source = sourceName;
        row.sender = sender;
        row.blocking = true;
        row.problems << QCoreApplication::translate("Questions",
                                                    "The e-mail holds no question text.");
        batch.rows << row;
    }
    markQuestionDuplicates(session, batch);
    return batch;
}

bool isQuestionImportFile(const QString &path)
{
    static const QStringList suffixes
        = { QStringLiteral("eml"),  QStringLiteral("csv"), QStringLiteral("txt"),
            QStringLiteral("xlsx"), QStringLiteral("ods"), QStringLiteral("xls"),
            QStringLiteral("fods") };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QuestionImportBatch importQuestionsFromFiles(Session &session, const QStringList &paths,
                                             const io::CsvOptions &csv)
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
    QuestionImportBatch all;
    for (const QString &path : files) {
        const QString name = shortName(path);
        QuestionImportBatch one;
        // Bounded, and regular files only: a FIFO or /dev/zero among the paths is refused.
        const Result<QByteArray> bytes = io::readImportFile(path);
        if (!bytes) {
            QuestionImportRow row;
            row.source = name;
            row.blocking = true;
            row.problems << bytes.error();
            one.rows << row;
        } else if (QFileInfo(path).suffix().compare(QStringLiteral("eml"), Qt::CaseInsensitive)
                   == 0) {
            one = importQuestionsFromEmail(session, *bytes, name);
        } else {
            const auto book = io::readSpreadsheet(*bytes, name, csv);
            if (!book) {
                QuestionImportRow row;
                row.source = name;
                row.blocking = true;
                row.problems << book.error();
                one.rows << row;
            } else {
                // The first sheet with a header row; a workbook with several gives them all.
                for (const io::Sheet &sheet : book->sheets) {
                    const QString source = book->sheets.size() > 1
                        ? QStringLiteral("%1 [%2]").arg(name, sheet.name)
                        : name;
                    QuestionImportBatch b = importQuestionsFromSheet(session, sheet, source);
                    const bool noHeader = b.rows.size() == 1 && b.rows.first().blocking
                        && b.rows.first().question.text.isEmpty() && book->sheets.size() > 1;
                    if (!noHeader)
                        one.rows << b.rows;
                }
                if (one.rows.isEmpty())
                    one = importQuestionsFromSheet(session, book->sheets.value(0), name);
            }
        }
        all.rows << one.rows;
    }
    markQuestionDuplicates(session, all);
    return all;
}

void markQuestionDuplicates(Session &session, QuestionImportBatch &batch)
{
    QHash<QString, int> existing; // folded text → running number in the list
    int number = 0;
    for (const Question &q : session.questions().list(session.eventId())) {
        ++number;
        existing.insert(text::fold(q.text), number);
    }
    QHash<QString, QString> seen; // folded text → source
    for (QuestionImportRow &row : batch.rows) {
        row.duplicate = false;
        row.duplicateNote.clear();
        if (row.blocking)
            continue;
        const QString key = text::fold(row.question.text);
        if (auto it = existing.constFind(key); it != existing.constEnd()) {
            row.duplicate = true;
            row.duplicateNote
                = QCoreApplication::translate("Questions", "Already recorded (question %1).")
                      .arg(*it);
        } else if (auto s = seen.constFind(key); s != seen.constEnd()) {
            row.duplicate = true;
            row.duplicateNote
                = QCoreApplication::translate("Questions", "Same text as %1.").arg(*s);
        } else {
            seen.insert(key, row.source);
        }
    }
}

QString QuestionImportRow::message() const
{
    QStringList lines = problems;
    if (needsUnit && !question.unitId && !unitProblem.isEmpty())
        lines.prepend(unitProblem);
    if (!duplicateNote.isEmpty())
        lines << duplicateNote;
    return lines.join(QLatin1Char('\n'));
}

} // namespace dd
