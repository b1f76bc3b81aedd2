// The lists: delegates and the sign-in sheet, grouped by unit or by role, each group in
// Vietnamese name order.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "documents/tablewriter.h"
#include "domain/inputrules.h"
#include "text/vietnamese.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dd::documents::papers {

namespace {

struct Group
{
    QString name;
    qint64 unitId = 0;
    QList<Attendee> people;
};

constexpr AttendeeRole kRoleOrder[]
    = { AttendeeRole::Chair,    AttendeeRole::CoChair, AttendeeRole::Guest,
        AttendeeRole::Delegate, AttendeeRole::Press,   AttendeeRole::Staff };

void sortByName(QList<Attendee> &people)
{
    QList<std::pair<QByteArray, int>> keys;
    keys.reserve(people.size());
    for (int i = 0; i < people.size(); ++i) {
        const Attendee &a = people[i];
        keys.append({ dd::text::nameSortKey(a.familyName, a.middleName, a.givenName), i });
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Attendee> sorted;
    sorted.reserve(people.size());
    for (const auto &k : std::as_const(keys))
        sorted << people[k.second];
    people = std::move(sorted);
}

// Units in the event's order, then other units by name, unknown units last. With
// `everyUnit`, each unit taking part (but the organiser's own) has a group even without
// named people: its representatives sign on the blank rows.
// With `reserves`, each group's reserve delegates come after its other people.
QList<Group> groupPeople(const PaperData &data, const PaperOptions &opt, bool everyUnit = false,
                         bool reserves = false)
{
    QList<Attendee> people = listedAttendees(data, opt);
    if (reserves)
        people << listedReserves(data, opt);
    // The sheet is signed by those who attend, not by the organiser's staff; online, by those
    // in the meeting room (the delegates and the press watch the livestream), and the blank
    // rows are for the units the room expects: the hosts' Secretaries and the guests.
    const Plan *plan = data.activePlan();
    const bool online = everyUnit && plan && plan->kind == PlanKind::Online;
    if (everyUnit)
        people.removeIf([&](const Attendee &a) {
            return a.role == AttendeeRole::Staff || !inMeetingRoom(a, data);
        });
    QList<Group> groups;
    if (opt.groupBy == PaperOptions::GroupBy::Role) {
        for (AttendeeRole role : kRoleOrder) {
            Group g;
            g.name = attendeeRoleVietnamese(role);
            for (const Attendee &a : people)
                if (a.role == role)
                    g.people << a;
            if (!g.people.isEmpty())
                groups << g;
        }
    } else {
        QHash<qint64, int> index;
        QSet<qint64> kept;
        for (const EventUnit &eu : data.eventUnits) {
            if (index.contains(eu.unitId) || (opt.unitId != 0 && eu.unitId != opt.unitId))
                continue;
            index.insert(eu.unitId, int(groups.size()));
            groups.append({ data.unitName(eu.unitId), eu.unitId, {} });
            if (everyUnit && eu.role != UnitRole::Organiser
                && (!online || eu.role == UnitRole::Host || eu.role == UnitRole::Guest))
                kept.insert(eu.unitId);
        }
        QList<Group> others;
        QHash<qint64, int> otherIndex;
        for (const Attendee &a : people) {
            if (const auto it = index.constFind(a.unitId); it != index.constEnd()) {
                groups[*it].people << a;
                continue;
            }
            auto it = otherIndex.constFind(a.unitId);
            if (it == otherIndex.constEnd()) {
                QString name = data.unitName(a.unitId);
                if (name.isEmpty())
                    name = QStringLiteral("Đơn vị khác");
                it = otherIndex.insert(a.unitId, int(others.size()));
                others.append({ name, a.unitId, {} });
            }
            others[*it].people << a;
        }
        std::stable_sort(others.begin(), others.end(), [](const Group &a, const Group &b) {
            if ((a.unitId == 0) != (b.unitId == 0))
                return b.unitId == 0;
            return dd::text::compare(a.name, b.name) < 0;
        });
        groups << others;
        groups.erase(std::remove_if(groups.begin(), groups.end(),
                                    [&](const Group &g) {
                                        return g.people.isEmpty() && !kept.contains(g.unitId);
                                    }),
                     groups.end());
    }
    for (Group &g : groups) {
        sortByName(g.people);
        std::stable_partition(g.people.begin(), g.people.end(),
                              [](const Attendee &a) { return !a.reserve; });
    }
    return groups;
}

QString yearFor(const Attendee &a, Gender column)
{
    if (a.gender != column)
        return {};
    return a.birthYear > 0 ? QString::number(a.birthYear) : QStringLiteral("x");
}

QString noteFor(const Attendee &a, const QHash<qint64, const Attendee *> &byId)
{
    QStringList notes;
    if (a.substituteForId != 0)
        if (const Attendee *o = byId.value(a.substituteForId))
            notes << QStringLiteral("Thay đ/c ") + o->fullName();
    if (!a.note.trimmed().isEmpty())
        notes << a.note.trimmed();
    return notes.join(QStringLiteral("; "));
}

QList<TableHeaderCell> headerWith(const QString &fifth, const QString &sixth, const QString &last)
{
    QList<TableHeaderCell> h {
        { QStringLiteral("STT"), 0, 0, 2, 1 },
        { QStringLiteral("Họ và tên"), 0, 1, 2, 1 },
        { QStringLiteral("Năm sinh"), 0, 2, 1, 2 },
        { QStringLiteral("Nam"), 1, 2, 1, 1 },
        { QStringLiteral("Nữ"), 1, 3, 1, 1 },
        { fifth, 0, 4, 2, 1 },
        { sixth, 0, 5, 2, 1 },
    };
    if (!last.isEmpty())
        h.append({ last, 0, 6, 2, 1 });
    return h;
}

// "Chức vụ, đơn vị": under a unit's own heading the unit goes without saying; the workplace
// follows the position ("Bí thư Chi đoàn, Công ty TNHH Giày Da Phước Minh"). Elsewhere the
// union follows them, as the person's letter says it ("…, Công ty TNHH Hưng Thịnh, Thành đoàn
// thành phố Tây Ninh").
QString positionFor(const Attendee &a, const Group &g, const PaperData &data)
{
    const bool underOwnUnit = g.unitId != 0 && a.unitId == g.unitId
        && !(a.position.trimmed().isEmpty() && a.workplace.trimmed().isEmpty());
    if (!underOwnUnit)
        return papertext::positionWorkplaceAndUnit(a, data);
    const QString position = a.position.trimmed();
    const QString workplace = a.workplace.trimmed();
    if (workplace.isEmpty() || position.contains(workplace, Qt::CaseInsensitive))
        return position;
    return position.isEmpty() ? workplace : position + QStringLiteral(", ") + workplace;
}

qsizetype reservesIn(const QList<Attendee> &people)
{
    return std::count_if(people.cbegin(), people.cend(),
                         [](const Attendee &a) { return a.reserve; });
}

TableRow groupHeading(int index, const Group &g, bool counted)
{
    const QString name = QStringLiteral("%1. %2").arg(papertext::roman(index + 1), g.name);
    TableRow row;
    row.kind = TableRow::Kind::Heading;
    row.text = RichText(
        counted
            ? QStringLiteral("%1 (%2 người)").arg(name).arg(g.people.size() - reservesIn(g.people))
            : name,
        Bold);
    row.continued = RichText(name + QStringLiteral(" (tiếp theo)"), Bold);
    return row;
}

// "Tổng cộng: 28 đại biểu (Nam: 14, Nữ: 14); khách mời: 7; phóng viên: 1": people with a
// name by role; chairs and co-chairs are delegates too. Nam + Nữ + chưa rõ = đại biểu.
TableRow totalRow(const QList<Group> &groups)
{
    int delegates = 0, men = 0, women = 0, unknown = 0, guests = 0, press = 0, staff = 0;
    int reserves = 0; // not among the delegates: they come only in one's place
    for (const Group &g : groups)
        for (const Attendee &a : g.people) {
            if (a.reserve) {
                ++reserves;
                continue;
            }
            switch (a.role) {
            case AttendeeRole::Guest:
                ++guests;
                continue;
            case AttendeeRole::Press:
                ++press;
                continue;
            case AttendeeRole::Staff:
                ++staff;
                continue;
            default:
                break;
            }
            ++delegates;
            men += a.gender == Gender::Male;
            women += a.gender == Gender::Female;
            unknown += a.gender == Gender::Unknown;
        }
    QString text = QStringLiteral("Tổng cộng: %1 đại biểu").arg(delegates);
    if (delegates > 0) {
        text += QStringLiteral(" (Nam: %1, Nữ: %2").arg(men).arg(women);
        if (unknown > 0)
            text += QStringLiteral(", chưa rõ: %1").arg(unknown);
        text += QLatin1Char(')');
    }
    if (guests > 0)
        text += QStringLiteral("; khách mời: %1").arg(guests);
    if (press > 0)
        text += QStringLiteral("; phóng viên: %1").arg(press);
    if (staff > 0)
        text += QStringLiteral("; phục vụ: %1").arg(staff);
    if (reserves > 0)
        text += QStringLiteral("; dự khuyết: %1").arg(reserves);
    TableRow row;
    row.kind = TableRow::Kind::Total;
    row.text = RichText(text, Bold);
    return row;
}

TableRow cells(const QStringList &values, qreal minHeightMm = 0)
{
    TableRow row;
    row.cells = values;
    row.minHeightMm = minHeightMm;
    return row;
}

// STT, the name, the birth year under "Nam" or "Nữ" (headerWith()), then `rest`. The year of
// a person whose gender is not known lies in one cell across both columns: printed, without
// the paper claiming a gender nobody gave.
TableRow personRow(int stt, const Attendee &a, const QStringList &rest, qreal minHeightMm = 0)
{
    TableRow row = cells({ QString::number(stt), a.fullName() }, minHeightMm);
    if (a.gender == Gender::Unknown && a.birthYear > 0) {
        row.cells << QString::number(a.birthYear);
        row.spans = { 1, 1, 2 };
    } else {
        row.cells << yearFor(a, Gender::Male) << yearFor(a, Gender::Female);
    }
    row.cells << rest;
    return row;
}

QString subtitleFor(const PaperData &data)
{
    return QStringLiteral("Tham dự ") + parts::meetingInSentence(data.event);
}

// "Thời gian: …" and "Địa điểm: …" under the title, centred in italics.
void whenAndWhere(PaperDocument &doc, const PaperData &data)
{
    const Plan *plan = data.activePlan();
    TextStyle info = parts::centred();
    info.emphasis = Italic;
    doc.paragraph(QStringLiteral("Thời gian: ") + papertext::eventTime(data.event, plan), info);
    info.spaceAfterPt = 8;
    doc.paragraph(QStringLiteral("Địa điểm: ") + papertext::venue(data, plan), info);
}

} // namespace

Paper delegateList(const PaperData &data, const PaperOptions &opt)
{
    const QList<Group> groups = groupPeople(data, opt, false, true);
    QHash<qint64, const Attendee *> byId;
    for (const Attendee &a : data.attendees)
        byId.insert(a.id, &a);

    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::DelegateList));
    doc.add(Title { QStringLiteral("DANH SÁCH ĐẠI BIỂU"), subtitleFor(data), false });

    Table table { { { 11, Qt::AlignHCenter },
                    { 44, Qt::AlignLeft },
                    { 12, Qt::AlignHCenter },
                    { 12, Qt::AlignHCenter },
                    { 43, Qt::AlignLeft },
                    { 26, Qt::AlignHCenter },
                    { 17, Qt::AlignLeft } },
                  headerWith(QStringLiteral("Chức vụ, đơn vị"), QStringLiteral("Điện thoại"),
                             QStringLiteral("Ghi chú")),
                  12,
                  {} };
    int stt = 0;
    for (int gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups[gi];
        if (groups.size() > 1 || opt.unitId == 0)
            table.rows << groupHeading(gi, g, true);
        // The reserves after the union's people, under their own line and numbered apart.
        int reserveStt = 0;
        for (const Attendee &a : g.people) {
            if (a.reserve && reserveStt == 0) {
                TableRow heading;
                heading.kind = TableRow::Kind::Heading;
                heading.text = RichText(QStringLiteral("Đại biểu dự khuyết"), Italic);
                table.rows << heading;
            }
            table.rows << personRow(
                a.reserve ? ++reserveStt : ++stt, a,
                { positionFor(a, g, data), inputrules::displayPhone(a.phone), noteFor(a, byId) });
        }
    }
    table.rows << totalRow(groups);
    doc.add(table);
    doc.add(parts::signature(data));

    Paper paper;
    paper.documents << doc;
    return paper;
}

Paper signInSheet(const PaperData &data, const PaperOptions &opt)
{
    const QList<Group> groups = groupPeople(data, opt, true);
    const QList<TableColumn> columns { { 11, Qt::AlignHCenter }, { 44, Qt::AlignLeft },
                                       { 12, Qt::AlignHCenter }, { 12, Qt::AlignHCenter },
                                       { 45, Qt::AlignLeft },    { 41, Qt::AlignLeft } };
    const QList<TableHeaderCell> header
        = headerWith(QStringLiteral("Chức vụ, đơn vị"), QStringLiteral("Ký tên"), {});
    constexpr qreal kSignRowMm = 11;
    // Substitutes and people who come without an invitation sign on these.
    constexpr int kBlankRows = 3;

    const auto sheetTop = [&](const QString &unit) {
        PaperDocument doc;
        doc.add(parts::letterhead(data, PaperKind::SignInSheet));
        doc.add(Title { QStringLiteral("DANH SÁCH KÝ TÊN"), subtitleFor(data), false });
        whenAndWhere(doc, data);
        if (!unit.isEmpty())
            doc.paragraph(RichText(QStringLiteral("Đơn vị: ")).add(unit, Bold), parts::centred());
        return doc;
    };
    const auto addGroup = [&](Table &table, const Group &g, int gi, bool heading, int &stt) {
        if (heading)
            table.rows << groupHeading(gi, g, false);
        for (const Attendee &a : g.people)
            table.rows << personRow(++stt, a, { positionFor(a, g, data), {} }, kSignRowMm);
        if (g.unitId == 0 || !data.isOrganiserUnit(g.unitId))
            for (int i = 0; i < kBlankRows; ++i)
                table.rows << cells({}, kSignRowMm);
    };

    Paper paper;
    if (opt.onePerUnit) {
        for (const Group &g : groups) {
            PaperDocument doc = sheetTop(g.name);
            Table table { columns, header, 12, {} };
            int stt = 0;
            addGroup(table, g, 0, false, stt);
            table.rows << totalRow({ g });
            doc.add(table);
            paper.documents << doc;
        }
        if (groups.isEmpty())
            paper.documents << sheetTop({});
        return paper;
    }
    PaperDocument doc = sheetTop({});
    Table table { columns, header, 12, {} };
    int stt = 0;
    for (int gi = 0; gi < groups.size(); ++gi)
        addGroup(table, groups[gi], gi, true, stt);
    table.rows << totalRow(groups);
    doc.add(table);
    paper.documents << doc;
    return paper;
}

} // namespace dd::documents::papers
