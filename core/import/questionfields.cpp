#include "import/questionfields.h"

#include "text/vietnamese.h"

#include <QFileInfo>
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

} // namespace

namespace import {

std::optional<QuestionKind> parseQuestionKind(const QString &cell)
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

std::optional<QuestionChannel> parseQuestionChannel(const QString &cell)
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

QDate parseQuestionDate(const QString &cell, int yearOfDayMonth)
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
    // "23/08/2021 09:15", "2021-08-24T09:15:00" (a date and time cell)
    const QString date = s.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('T'), 0, 0);
    for (const char *format : { "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy",
                                "d.M.yyyy", "yyyy-MM-dd", "yyyy/M/d", "dd/MM/yy", "d/M/yy" }) {
        QDate d = QDate::fromString(date, QLatin1String(format));
        if (d.isValid()) {
            if (d.year() < 100)
                d = d.addYears(2000);
            return d;
        }
    }
    // A "Thời gian" cell written as words around the day: "9 giờ 15, ngày 24/8/2021",
    // "ngày 24 tháng 8 năm 2021", "24/8/2021 (buổi sáng)". The day comes first, as written in
    // Vietnam; a four-digit year only, so that a clock time is never taken for a date.
    static const QRegularExpression inText(
        QStringLiteral("(?:^|[^\\d])(\\d{1,2})\\s*(?:[/.-]|\\s+thang\\s+)\\s*(\\d{1,2})\\s*"
                       "(?:[/.-]|\\s+nam\\s+)\\s*(\\d{4})(?!\\d)"));
    if (const auto m = inText.match(text::fold(s)); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d;
    }
    // "25/8": a clerk sending this year's questions leaves the year out.
    static const QRegularExpression dayMonth(QStringLiteral("^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})$"));
    if (const auto m = dayMonth.match(date); m.hasMatch() && yearOfDayMonth > 0) {
        const QDate d(yearOfDayMonth, m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d;
    }
    return {};
}

std::optional<Topic> findTopic(const QList<Topic> &topics, const QString &cell)
{
    QString f = text::fold(cell);
    static const QRegularExpression numbered(
        QStringLiteral("^(?:chu de|topic|cd)?\\s*(\\d+|i{1,3}|iv)(?:$|[^\\w])"));
    if (const auto m = numbered.match(f); m.hasMatch()) {
        // "3", "Chủ đề 3", "CĐ3", or in Roman numerals as a plan numbers its parts: "III".
        static const QStringList roman { QStringLiteral("i"), QStringLiteral("ii"),
                                         QStringLiteral("iii"), QStringLiteral("iv") };
        const QString number = m.captured(1);
        const int n = number.front().isDigit() ? number.toInt() : int(roman.indexOf(number)) + 1;
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

} // namespace import

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
        { QuestionField::Note, { "ghi chu", "note", "notes" } },
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

bool isQuestionImportFile(const QString &path)
{
    static const QStringList suffixes
        = { QStringLiteral("eml"),  QStringLiteral("csv"), QStringLiteral("txt"),
            QStringLiteral("xlsx"), QStringLiteral("ods"), QStringLiteral("xls"),
            QStringLiteral("fods") };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace dd
