// Badges, place cards and envelope labels: the people (or units) and what their card says.
// CardLayout places them on the sheets.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "domain/attendeecode.h"

namespace dd::documents::papers {

QString roleBand(AttendeeRole role)
{
    switch (role) {
    case AttendeeRole::Chair:
    case AttendeeRole::CoChair:
        return QStringLiteral("CHỦ TRÌ");
    case AttendeeRole::Guest:
        return QStringLiteral("KHÁCH MỜI");
    case AttendeeRole::Delegate:
        return QStringLiteral("ĐẠI BIỂU");
    case AttendeeRole::Press:
        return QStringLiteral("PHÓNG VIÊN");
    case AttendeeRole::Staff:
        return QStringLiteral("BAN TỔ CHỨC");
    }
    return {};
}

bool inRoleFilter(const Attendee &a, const PaperOptions &opt)
{
    return !opt.role || roleBand(a.role) == roleBand(*opt.role);
}

namespace {

// Named, not declined or replaced, of the unit and role asked for.
QList<Attendee> cardPeople(const PaperData &data, const PaperOptions &opt)
{
    QList<Attendee> out;
    for (const Attendee &a : listedAttendees(data, opt))
        if (!a.givenName.trimmed().isEmpty() && inRoleFilter(a, opt))
            out << a;
    return out;
}

QStringList positionLines(const Attendee &a, const PaperData &data)
{
    QStringList lines;
    const QString position = a.position.trimmed();
    const QString unit = data.unitName(a.unitId).trimmed();
    if (!position.isEmpty())
        lines << position;
    if (!unit.isEmpty() && !position.contains(unit, Qt::CaseInsensitive))
        lines << unit;
    return lines;
}

Paper sheet(CardSheet::Kind kind, QList<Card> cards)
{
    Paper paper;
    paper.cards = CardSheet { kind, std::move(cards) };
    return paper;
}

} // namespace

Paper badges(const PaperData &data, const PaperOptions &opt)
{
    QList<Card> cards;
    for (const Attendee &a : cardPeople(data, opt))
        cards << Card { roleBand(a.role), a.fullName(), positionLines(a, data),
                        parts::meetingName(data.event),
                        a.id > 0 && data.event.id > 0 ? attendeeCode(data.event.id, a.id)
                                                      : QString() };
    return sheet(CardSheet::Kind::Badge, cards);
}

Paper placeCards(const PaperData &data, const PaperOptions &opt)
{
    // The table at the front: the chairs and the guests, unless another role is asked for.
    QList<Card> cards;
    for (const Attendee &a : cardPeople(data, opt)) {
        const bool front = a.role == AttendeeRole::Chair || a.role == AttendeeRole::CoChair
            || a.role == AttendeeRole::Guest;
        // Whose leader sits there: "Phó Chủ tịch Liên đoàn Lao động tỉnh", not "Phó Chủ tịch".
        if (opt.role || front)
            cards << Card { {}, a.fullName(), { papertext::positionAndUnit(a, data) }, {}, {} };
    }
    return sheet(CardSheet::Kind::PlaceCard, cards);
}

Paper labels(const PaperData &data, const PaperOptions &opt)
{
    QList<Card> cards;
    const QString to = QStringLiteral("Kính gửi:");
    for (const Attendee &a : invitees(data, opt))
        if (inRoleFilter(a, opt))
            cards << Card { to,
                            QStringLiteral("Đồng chí ") + a.fullName(),
                            { papertext::positionWorkplaceAndUnit(a, data) },
                            {},
                            {} };
    if (!opt.role)
        for (const EventUnit &eu : invitedUnits(data, opt))
            cards << Card { to, data.unitName(eu.unitId), {}, {}, {} };
    return sheet(CardSheet::Kind::Label, cards);
}

} // namespace dd::documents::papers
