#include "services/planfacts.h"

#include "documents/plantext.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {

// The plan's paragraphs as printed, and folded for matching (accents and case ignored).
struct PlanWords
{
    QStringList printed;
    QStringList folded;

    explicit PlanWords(const QString &text)
    {
        for (const documents::Paragraph &p : documents::plantext::paragraphs(text)) {
            printed << p.text.text();
            folded << text::fold(p.text.text());
        }
    }

    // The first paragraph holding every one of `all` (folded) and one of `any`, whole
    // words, quoted around what was found; empty when none does.
    QString find(const QStringList &any, const QStringList &all = {}) const
    {
        const auto at = [](const QString &haystack, const QString &word) -> qsizetype {
            const QString w = text::fold(word);
            if (w.isEmpty())
                return -1;
            const QRegularExpression re(QStringLiteral("(?<![\\w/.])")
                                            + QRegularExpression::escape(w)
                                            + QStringLiteral("(?![\\w/])"),
                                        QRegularExpression::UseUnicodePropertiesOption);
            const auto m = re.match(haystack);
            return m.hasMatch() ? m.capturedStart() : -1;
        };
        for (qsizetype i = 0; i < folded.size(); ++i) {
            if (!std::all_of(all.begin(), all.end(),
                             [&](const QString &w) { return at(folded[i], w) >= 0; }))
                continue;
            for (const QString &w : any)
                if (const qsizetype pos = at(folded[i], w); pos >= 0)
                    return quoted(printed[i], pos);
        }
        return {};
    }

    // The paragraph, or the part of a long one around `pos` (folding keeps the positions of
    // composed text: one letter stays one letter).
    static QString quoted(const QString &paragraph, qsizetype pos)
    {
        constexpr qsizetype kBefore = 60, kAfter = 100;
        if (paragraph.size() <= kBefore + kAfter)
            return paragraph;
        const qsizetype from = std::max<qsizetype>(0, pos - kBefore);
        const qsizetype to = std::min(paragraph.size(), pos + kAfter);
        return (from > 0 ? QStringLiteral("…") : QString()) + paragraph.mid(from, to - from)
            + (to < paragraph.size() ? QStringLiteral("…") : QString());
    }
};

QStringList dayForms(const QDate &d)
{
    if (!d.isValid())
        return {};
    return { d.toString(QStringLiteral("d/M/yyyy")), d.toString(QStringLiteral("dd/MM/yyyy")),
             QStringLiteral("ngày %1 tháng %2 năm %3").arg(d.day()).arg(d.month()).arg(d.year()),
             d.toString(QStringLiteral("dd/MM/yyyy")).replace(QLatin1Char('/'), QLatin1Char('-')) };
}

QStringList numberForms(int n)
{
    return { QString::number(n), QStringLiteral("0%1").arg(n) };
}

// "Dương Minh Châu" of "Huyện đoàn Dương Minh Châu": what the plan calls a district.
QString placeOf(const Unit &u)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(Huyện đoàn|Thị đoàn|Thành đoàn|Đoàn|Huyện|Thị xã)\\s+"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString place = u.name;
    place.remove(prefix);
    return place.trimmed();
}

const Plan *planOf(const QList<Plan> &plans, PlanKind kind)
{
    for (const Plan &p : plans)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

} // namespace

PlanFacts PlanFacts::of(Session &session)
{
    PlanFacts f;
    if (const auto e = session.event())
        f.event = *e;
    f.plans = session.events().plans(f.event.id);
    f.parts = session.units().eventUnits(f.event.id);
    for (const Unit &u : session.units().list())
        f.units.insert(u.id, u);
    return f;
}

QStringList planTextReminders(const PlanFacts &before, const PlanFacts &after)
{
    const Event &a = before.event;
    const Event &b = after.event;
    if (a.id != b.id || b.planText.trimmed().isEmpty())
        return {};
    const PlanWords words(b.planText);
    QStringList out;
    const auto remind = [&](const QString &what, const QString &paragraph) {
        if (!paragraph.isEmpty())
            out << QCoreApplication::translate(
                       "PlanText",
                       "The plan's text still gives the %1 as it was: “%2”. Edit the plan's "
                       "text (Overview ▸ Edit event…) so that the plan says the same.")
                       .arg(what, paragraph);
    };

    if (a.date != b.date || a.plannedMonth != b.plannedMonth || a.plannedYear != b.plannedYear) {
        QStringList old = dayForms(a.date);
        if (!a.date.isValid() && a.plannedMonth > 0)
            old << QStringLiteral("tháng %1 năm %2").arg(a.plannedMonth).arg(a.plannedYear);
        remind(QCoreApplication::translate("PlanText", "time of the meeting"), words.find(old));
    }
    if (a.questionDeadline != b.questionDeadline)
        remind(QCoreApplication::translate("PlanText", "deadline for questions"),
               words.find(dayForms(a.questionDeadline)));
    if (a.minQuestionsPerHost != b.minQuestionsPerHost && a.minQuestionsPerHost > 0)
        remind(QCoreApplication::translate("PlanText", "minimum of questions per host unit"),
               words.find(numberForms(a.minQuestionsPerHost), { QStringLiteral("ý kiến") }));
    if (a.intakeEmail != b.intakeEmail)
        remind(QCoreApplication::translate("PlanText", "e-mail address for questions"),
               words.find({ a.intakeEmail }));
    if (a.intakePhone != b.intakePhone)
        remind(QCoreApplication::translate("PlanText", "phone number for questions"),
               words.find({ a.intakePhone }));
    if (a.intakeContact != b.intakeContact) {
        // The person's name: what comes before " – position".
        const QString name
            = a.intakeContact.section(QStringLiteral(" – "), 0, 0)
                  .remove(QRegularExpression(QStringLiteral("^(đồng chí|đ/c)\\s+"),
                                             QRegularExpression::CaseInsensitiveOption))
                  .trimmed();
        remind(QCoreApplication::translate("PlanText", "contact for questions"),
               words.find({ name }));
    }

    for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online }) {
        const Plan *p = planOf(before.plans, kind);
        const Plan *q = planOf(after.plans, kind);
        if (!p || !q)
            continue;
        if (p->venue != q->venue)
            remind(kind == PlanKind::InPerson
                       ? QCoreApplication::translate("PlanText", "venue of the in-person plan")
                       : QCoreApplication::translate("PlanText", "meeting room of the online plan"),
                   words.find({ p->venue }));
        if (p->livestreamUrl != q->livestreamUrl)
            remind(QCoreApplication::translate("PlanText", "livestream address"),
                   words.find({ p->livestreamUrl }));
        if (p->capacity != q->capacity && p->capacity > 0)
            remind(QCoreApplication::translate("PlanText", "number of delegates"),
                   words.find(numberForms(p->capacity), { QStringLiteral("đại biểu") }));
    }

    for (const EventUnit &old : before.parts) {
        if (old.quota <= 0)
            continue;
        int now = -1;
        for (const EventUnit &eu : after.parts)
            if (eu.unitId == old.unitId)
                now = eu.quota;
        if (now == old.quota)
            continue;
        const Unit unit = before.units.value(old.unitId);
        QStringList places { placeOf(unit) };
        if (!unit.shortName.trimmed().isEmpty())
            places << unit.shortName.trimmed();
        QString paragraph;
        for (const QString &place : std::as_const(places))
            if (paragraph.isEmpty())
                paragraph = words.find(numberForms(old.quota), { place });
        remind(QCoreApplication::translate("PlanText", "quota of %1").arg(unit.name), paragraph);
    }
    return out;
}

} // namespace dd
