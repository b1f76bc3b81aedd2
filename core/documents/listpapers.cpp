// The lists: delegates and the sign-in sheet, grouped by unit or by role, each group in
// Vietnamese name order.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "documents/tablewriter.h"
#include "domain/inputrules.h"
#include "text/vietnamese.h"

#include <QHash>

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

QList<Group> groupPeople(const PaperData &data, const PaperOptions &opt)
{
    const QList<Attendee> people = listedAttendees(data, opt);
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
        // Units in the event's order, then other units by name, unknown units last.
        QHash<qint64, int> index;
        for (const EventUnit &eu : data.eventUnits) {
            if (index.contains(eu.unitId))
                continue;
            index.insert(eu.unitId, int(groups.size()));
            groups.append({ data.unitName(eu.unitId), eu.unitId, {} });
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
                                    [](const Group &g) { return g.people.isEmpty(); }),
                     groups.end());
    }
    for (Group &g : groups)
        sortByName(g.people);
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
// follows the position ("Bí thư Chi đoàn, Công ty TNHH Giày Da Phước Minh").
QString positionFor(const Attendee &a, const Group &g, const PaperData &data)
{
    const QString position = g.unitId != 0 && a.unitId == g.unitId
            && !(a.position.trimmed().isEmpty() && a.workplace.trimmed().isEmpty())
        ? a.position.trimmed()
        : papertext::positionAndUnit(a, data);
    const QString workplace = a.workplace.trimmed();
    if (workplace.isEmpty() || position.contains(workplace, Qt::CaseInsensitive))
        return position;
    return position.isEmpty() ? workplace : position + QStringLiteral(", ") + workplace;
}

QString groupHeading(int index, const Group &g)
{
    return QStringLiteral("%1. %2 (%3 người)")
        .arg(papertext::roman(index + 1), g.name)
        .arg(g.people.size());
}

QString totalLine(const QList<Group> &groups)
{
    int total = 0, men = 0, women = 0;
    for (const Group &g : groups)
        for (const Attendee &a : g.people) {
            ++total;
            men += a.gender == Gender::Male;
            women += a.gender == Gender::Female;
        }
    return QStringLiteral("Tổng cộng: %1 đại biểu (Nam: %2, Nữ: %3)")
        .arg(total)
        .arg(men)
        .arg(women);
}

QString subtitleFor(const PaperData &data)
{
    const QString m = parts::meetingName(data.event);
    return QStringLiteral("Tham dự ") + m.at(0).toLower() + m.mid(1);
}

} // namespace

void delegateList(PageWriter &w, const PaperData &data, const PaperOptions &opt)
{
    const QList<Group> groups = groupPeople(data, opt);
    QHash<qint64, const Attendee *> byId;
    for (const Attendee &a : data.attendees)
        byId.insert(a.id, &a);

    w.startDocument();
    parts::letterhead(w, data, PaperKind::DelegateList);
    parts::title(w, QStringLiteral("DANH SÁCH ĐẠI BIỂU"), subtitleFor(data));

    TableWriter table(w,
                      { { 11, Qt::AlignHCenter },
                        { 44, Qt::AlignLeft },
                        { 12, Qt::AlignHCenter },
                        { 12, Qt::AlignHCenter },
                        { 43, Qt::AlignLeft },
                        { 26, Qt::AlignHCenter },
                        { 17, Qt::AlignLeft } },
                      headerWith(QStringLiteral("Chức vụ, đơn vị"), QStringLiteral("Điện thoại"),
                                 QStringLiteral("Ghi chú")),
                      12);
    table.begin();
    int stt = 0;
    for (int gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups[gi];
        if (groups.size() > 1 || opt.unitId == 0)
            table.addSpanRow(RichText(groupHeading(gi, g), Bold), Qt::AlignLeft, true);
        for (const Attendee &a : g.people) {
            table.addRow({ QString::number(++stt), a.fullName(), yearFor(a, Gender::Male),
                           yearFor(a, Gender::Female), positionFor(a, g, data),
                           inputrules::displayPhone(a.phone), noteFor(a, byId) });
        }
    }
    table.addSpanRow(RichText(totalLine(groups), Bold), Qt::AlignLeft, false);
    parts::signature(w, data);
}

void signInSheet(PageWriter &w, const PaperData &data, const PaperOptions &opt)
{
    const QList<Group> groups = groupPeople(data, opt);
    const QList<TableColumn> columns { { 11, Qt::AlignHCenter }, { 44, Qt::AlignLeft },
                                       { 12, Qt::AlignHCenter }, { 12, Qt::AlignHCenter },
                                       { 45, Qt::AlignLeft },    { 41, Qt::AlignLeft } };
    const QList<TableHeaderCell> header
        = headerWith(QStringLiteral("Chức vụ, đơn vị"), QStringLiteral("Ký tên"), {});
    constexpr qreal kSignRowMm = 11;

    auto sheetTop = [&](const QString &unit) {
        w.startDocument();
        parts::letterhead(w, data, PaperKind::SignInSheet);
        parts::title(w, QStringLiteral("DANH SÁCH KÝ TÊN"), subtitleFor(data));
        if (!unit.isEmpty()) {
            TextStyle s = parts::body();
            s.firstIndentMm = 0;
            s.align = Qt::AlignHCenter;
            w.paragraph(RichText(QStringLiteral("Đơn vị: ")).add(unit, Bold), s);
        }
    };

    // One person: number, name, year of birth under Nam or Nữ, position, room to sign.
    auto signRow = [&](TableWriter &table, int stt, const Attendee &a, const Group &g) {
        table.addRow({ QString::number(stt),
                       a.fullName(),
                       yearFor(a, Gender::Male),
                       yearFor(a, Gender::Female),
                       positionFor(a, g, data),
                       {} },
                     kSignRowMm);
    };

    if (opt.onePerUnit) {
        for (const Group &g : groups) {
            sheetTop(g.name);
            TableWriter table(w, columns, header, 12);
            table.begin();
            int stt = 0;
            for (const Attendee &a : g.people)
                signRow(table, ++stt, a, g);
            table.addSpanRow(RichText(totalLine({ g }), Bold), Qt::AlignLeft, false);
        }
        if (groups.isEmpty())
            sheetTop({});
        return;
    }

    sheetTop({});
    TableWriter table(w, columns, header, 12);
    table.begin();
    int stt = 0;
    for (int gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups[gi];
        table.addSpanRow(RichText(groupHeading(gi, g), Bold), Qt::AlignLeft, true);
        for (const Attendee &a : g.people)
            signRow(table, ++stt, a, g);
    }
    table.addSpanRow(RichText(totalLine(groups), Bold), Qt::AlignLeft, false);
}

} // namespace dd::documents::papers
