// Conversions of the domain enums: database keys (stable, English), window labels (through
// tr, English source text) and the Vietnamese words printed on papers.
#include "domain/agendaitem.h"
#include "domain/attendee.h"
#include "domain/documentsettings.h"
#include "domain/plan.h"
#include "domain/question.h"
#include "domain/unit.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dd {
namespace {

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
E fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &key, E fallback)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return fallback;
}

constexpr std::array<std::pair<PlanKind, const char *>, 2> kPlanKinds {
    { { PlanKind::InPerson, "in_person" }, { PlanKind::Online, "online" } }
};
constexpr std::array<std::pair<UnitKind, const char *>, 7> kUnitKinds { {
    { UnitKind::Provincial, "provincial" },
    { UnitKind::District, "district" },
    { UnitKind::Affiliated, "affiliated" },
    { UnitKind::Branch, "branch" },
    { UnitKind::GuestAgency, "guest_agency" },
    { UnitKind::Press, "press" },
    { UnitKind::Other, "other" },
} };
constexpr std::array<std::pair<UnitRole, const char *>, 5> kUnitRoles { {
    { UnitRole::Organiser, "organiser" },
    { UnitRole::Host, "host" },
    { UnitRole::Guest, "guest" },
    { UnitRole::Participant, "participant" },
    { UnitRole::Press, "press" },
} };
constexpr std::array<std::pair<AttendeeRole, const char *>, 6> kAttendeeRoles { {
    { AttendeeRole::Chair, "chair" },
    { AttendeeRole::CoChair, "co_chair" },
    { AttendeeRole::Guest, "guest" },
    { AttendeeRole::Delegate, "delegate" },
    { AttendeeRole::Press, "press" },
    { AttendeeRole::Staff, "staff" },
} };
constexpr std::array<std::pair<Gender, const char *>, 3> kGenders {
    { { Gender::Unknown, "" }, { Gender::Male, "male" }, { Gender::Female, "female" } }
};
constexpr std::array<std::pair<InvitationStatus, const char *>, 5> kInvitationStatuses { {
    { InvitationStatus::NotInvited, "not_invited" },
    { InvitationStatus::Invited, "invited" },
    { InvitationStatus::Confirmed, "confirmed" },
    { InvitationStatus::Declined, "declined" },
    { InvitationStatus::Replaced, "replaced" },
} };
constexpr std::array<std::pair<QuestionKind, const char *>, 4> kQuestionKinds { {
    { QuestionKind::Question, "question" },
    { QuestionKind::Recommendation, "recommendation" },
    { QuestionKind::Proposal, "proposal" },
    { QuestionKind::Initiative, "initiative" },
} };
constexpr std::array<std::pair<QuestionChannel, const char *>, 4> kChannels { {
    { QuestionChannel::Email, "email" },
    { QuestionChannel::HandedIn, "handed_in" },
    { QuestionChannel::InRoom, "in_room" },
    { QuestionChannel::Livestream, "livestream" },
} };
constexpr std::array<std::pair<QuestionStatus, const char *>, 6> kQuestionStatuses { {
    { QuestionStatus::Received, "received" },
    { QuestionStatus::Classified, "classified" },
    { QuestionStatus::Forwarded, "forwarded" },
    { QuestionStatus::Answered, "answered" },
    { QuestionStatus::Withdrawn, "withdrawn" },
    { QuestionStatus::Merged, "merged" },
} };
constexpr std::array<std::pair<PlanScope, const char *>, 3> kPlanScopes { {
    { PlanScope::Both, "both" },
    { PlanScope::InPersonOnly, "in_person" },
    { PlanScope::OnlineOnly, "online" },
} };
constexpr std::array<std::pair<PaperKind, const char *>, 14> kPaperKinds { {
    { PaperKind::PersonInvitation, "invitation" },
    { PaperKind::UnitInvitation, "unit-invitation" },
    { PaperKind::DelegateList, "delegates" },
    { PaperKind::SignInSheet, "sign-in" },
    { PaperKind::Programme, "programme" },
    { PaperKind::QuestionSummary, "questions" },
    { PaperKind::OnlineNotice, "notice" },
    { PaperKind::Plan, "plan" },
    { PaperKind::ForwardLetter, "forward" },
    { PaperKind::Budget, "budget" },
    { PaperKind::Badges, "badges" },
    { PaperKind::PlaceCards, "place-cards" },
    { PaperKind::Labels, "labels" },
    { PaperKind::Report, "report" },
} };

} // namespace

QString planKindKey(PlanKind kind)
{
    return keyOf(kPlanKinds, kind);
}
PlanKind planKindFromKey(const QString &key)
{
    return fromKey(kPlanKinds, key, PlanKind::InPerson);
}
QString planKindLabel(PlanKind kind)
{
    return kind == PlanKind::InPerson ? QCoreApplication::translate("Domain", "Plan 1: in person")
                                      : QCoreApplication::translate("Domain", "Plan 2: online");
}
QString planKindVietnamese(PlanKind kind)
{
    return kind == PlanKind::InPerson ? QStringLiteral("Phương án 1: trực tiếp")
                                      : QStringLiteral("Phương án 2: trực tuyến");
}

QString unitKindKey(UnitKind kind)
{
    return keyOf(kUnitKinds, kind);
}
UnitKind unitKindFromKey(const QString &key)
{
    return fromKey(kUnitKinds, key, UnitKind::Other);
}
QString unitKindLabel(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Provincial:
        return QCoreApplication::translate("Domain", "Provincial union");
    case UnitKind::District:
        return QCoreApplication::translate("Domain", "District/town/city union");
    case UnitKind::Affiliated:
        return QCoreApplication::translate("Domain", "Directly affiliated union");
    case UnitKind::Branch:
        return QCoreApplication::translate("Domain", "Branch");
    case UnitKind::GuestAgency:
        return QCoreApplication::translate("Domain", "Guest agency");
    case UnitKind::Press:
        return QCoreApplication::translate("Domain", "Press");
    case UnitKind::Other:
        break;
    }
    return QCoreApplication::translate("Domain", "Other");
}

QString unitRoleKey(UnitRole role)
{
    return keyOf(kUnitRoles, role);
}
UnitRole unitRoleFromKey(const QString &key)
{
    return fromKey(kUnitRoles, key, UnitRole::Participant);
}
QString unitRoleLabel(UnitRole role)
{
    switch (role) {
    case UnitRole::Organiser:
        return QCoreApplication::translate("Domain", "Organiser");
    case UnitRole::Host:
        return QCoreApplication::translate("Domain", "Host unit");
    case UnitRole::Guest:
        return QCoreApplication::translate("Domain", "Guest");
    case UnitRole::Press:
        return QCoreApplication::translate("Domain", "Press");
    case UnitRole::Participant:
        break;
    }
    return QCoreApplication::translate("Domain", "Participant");
}

QString attendeeRoleKey(AttendeeRole role)
{
    return keyOf(kAttendeeRoles, role);
}
AttendeeRole attendeeRoleFromKey(const QString &key)
{
    return fromKey(kAttendeeRoles, key, AttendeeRole::Delegate);
}
QString attendeeRoleLabel(AttendeeRole role)
{
    switch (role) {
    case AttendeeRole::Chair:
        return QCoreApplication::translate("Domain", "Chair");
    case AttendeeRole::CoChair:
        return QCoreApplication::translate("Domain", "Co-chair");
    case AttendeeRole::Guest:
        return QCoreApplication::translate("Domain", "Guest");
    case AttendeeRole::Press:
        return QCoreApplication::translate("Domain", "Press");
    case AttendeeRole::Staff:
        return QCoreApplication::translate("Domain", "Staff");
    case AttendeeRole::Delegate:
        break;
    }
    return QCoreApplication::translate("Domain", "Delegate");
}
QString reserveMark()
{
    return QCoreApplication::translate("Domain", " (reserve)");
}
QString attendeeRoleVietnamese(AttendeeRole role)
{
    switch (role) {
    case AttendeeRole::Chair:
        return QStringLiteral("Chủ trì");
    case AttendeeRole::CoChair:
        return QStringLiteral("Đồng chủ trì");
    case AttendeeRole::Guest:
        return QStringLiteral("Khách mời");
    case AttendeeRole::Press:
        return QStringLiteral("Báo chí");
    case AttendeeRole::Staff:
        return QStringLiteral("Phục vụ");
    case AttendeeRole::Delegate:
        break;
    }
    return QStringLiteral("Đại biểu");
}

QString genderKey(Gender g)
{
    return keyOf(kGenders, g);
}
Gender genderFromKey(const QString &key)
{
    return fromKey(kGenders, key, Gender::Unknown);
}
QString genderLabel(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QCoreApplication::translate("Domain", "Male");
    case Gender::Female:
        return QCoreApplication::translate("Domain", "Female");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString invitationStatusKey(InvitationStatus s)
{
    return keyOf(kInvitationStatuses, s);
}
InvitationStatus invitationStatusFromKey(const QString &key)
{
    return fromKey(kInvitationStatuses, key, InvitationStatus::NotInvited);
}
QString invitationStatusLabel(InvitationStatus s)
{
    switch (s) {
    case InvitationStatus::Invited:
        return QCoreApplication::translate("Domain", "Invited");
    case InvitationStatus::Confirmed:
        return QCoreApplication::translate("Domain", "Confirmed");
    case InvitationStatus::Declined:
        return QCoreApplication::translate("Domain", "Declined");
    case InvitationStatus::Replaced:
        return QCoreApplication::translate("Domain", "Replaced");
    case InvitationStatus::NotInvited:
        break;
    }
    return QCoreApplication::translate("Domain", "Not yet invited");
}

QString questionKindKey(QuestionKind k)
{
    return keyOf(kQuestionKinds, k);
}
QuestionKind questionKindFromKey(const QString &key)
{
    return fromKey(kQuestionKinds, key, QuestionKind::Question);
}
QString questionKindLabel(QuestionKind k)
{
    switch (k) {
    case QuestionKind::Recommendation:
        return QCoreApplication::translate("Domain", "Recommendation");
    case QuestionKind::Proposal:
        return QCoreApplication::translate("Domain", "Proposal");
    case QuestionKind::Initiative:
        return QCoreApplication::translate("Domain", "Initiative");
    case QuestionKind::Question:
        break;
    }
    return QCoreApplication::translate("Domain", "Question");
}
QString questionKindVietnamese(QuestionKind k)
{
    switch (k) {
    case QuestionKind::Recommendation:
        return QStringLiteral("Kiến nghị");
    case QuestionKind::Proposal:
        return QStringLiteral("Đề xuất");
    case QuestionKind::Initiative:
        return QStringLiteral("Sáng kiến, hiến kế");
    case QuestionKind::Question:
        break;
    }
    return QStringLiteral("Câu hỏi");
}

QString questionChannelKey(QuestionChannel c)
{
    return keyOf(kChannels, c);
}
QuestionChannel questionChannelFromKey(const QString &key)
{
    return fromKey(kChannels, key, QuestionChannel::Email);
}
QString questionChannelLabel(QuestionChannel c)
{
    switch (c) {
    case QuestionChannel::HandedIn:
        return QCoreApplication::translate("Domain", "Handed in");
    case QuestionChannel::InRoom:
        return QCoreApplication::translate("Domain", "Raised in the room");
    case QuestionChannel::Livestream:
        return QCoreApplication::translate("Domain", "Livestream comment");
    case QuestionChannel::Email:
        break;
    }
    return QCoreApplication::translate("Domain", "E-mail");
}

QString questionStatusKey(QuestionStatus s)
{
    return keyOf(kQuestionStatuses, s);
}
QuestionStatus questionStatusFromKey(const QString &key)
{
    return fromKey(kQuestionStatuses, key, QuestionStatus::Received);
}
QString questionStatusLabel(QuestionStatus s)
{
    switch (s) {
    case QuestionStatus::Classified:
        return QCoreApplication::translate("Domain", "Classified");
    case QuestionStatus::Forwarded:
        return QCoreApplication::translate("Domain", "Forwarded");
    case QuestionStatus::Answered:
        return QCoreApplication::translate("Domain", "Answered");
    case QuestionStatus::Withdrawn:
        return QCoreApplication::translate("Domain", "Withdrawn");
    case QuestionStatus::Merged:
        return QCoreApplication::translate("Domain", "Merged");
    case QuestionStatus::Received:
        break;
    }
    return QCoreApplication::translate("Domain", "Received");
}

QString planScopeKey(PlanScope s)
{
    return keyOf(kPlanScopes, s);
}
PlanScope planScopeFromKey(const QString &key)
{
    return fromKey(kPlanScopes, key, PlanScope::Both);
}
QString planScopeLabel(PlanScope s)
{
    switch (s) {
    case PlanScope::InPersonOnly:
        return QCoreApplication::translate("Domain", "In person only");
    case PlanScope::OnlineOnly:
        return QCoreApplication::translate("Domain", "Online only");
    case PlanScope::Both:
        break;
    }
    return QCoreApplication::translate("Domain", "Both plans");
}
bool planScopeApplies(PlanScope s, PlanKind plan)
{
    return s == PlanScope::Both || (s == PlanScope::InPersonOnly && plan == PlanKind::InPerson)
        || (s == PlanScope::OnlineOnly && plan == PlanKind::Online);
}

QString paperKindKey(PaperKind k)
{
    return keyOf(kPaperKinds, k);
}
PaperKind paperKindFromKey(const QString &key)
{
    return fromKey(kPaperKinds, key, PaperKind::PersonInvitation);
}
bool paperCarriesNumber(PaperKind k)
{
    return k != PaperKind::SignInSheet;
}
QString paperKindLabel(PaperKind k)
{
    switch (k) {
    case PaperKind::PersonInvitation:
        return QCoreApplication::translate("Domain", "Invitation letter (person)");
    case PaperKind::UnitInvitation:
        return QCoreApplication::translate("Domain", "Invitation letter (unit)");
    case PaperKind::DelegateList:
        return QCoreApplication::translate("Domain", "Delegate list");
    case PaperKind::SignInSheet:
        return QCoreApplication::translate("Domain", "Sign-in sheet");
    case PaperKind::Programme:
        return QCoreApplication::translate("Domain", "Programme");
    case PaperKind::QuestionSummary:
        return QCoreApplication::translate("Domain", "Compiled questions");
    case PaperKind::OnlineNotice:
        return QCoreApplication::translate("Domain", "Online notice");
    case PaperKind::ForwardLetter:
        return QCoreApplication::translate("Domain", "Covering letter to an agency");
    case PaperKind::Budget:
        return QCoreApplication::translate("Domain", "Budget estimate");
    case PaperKind::Badges:
        return QCoreApplication::translate("Domain", "Badges");
    case PaperKind::PlaceCards:
        return QCoreApplication::translate("Domain", "Place cards");
    case PaperKind::Labels:
        return QCoreApplication::translate("Domain", "Envelope labels");
    case PaperKind::Report:
        return QCoreApplication::translate("Domain", "Results report");
    case PaperKind::Plan:
        break;
    }
    return QCoreApplication::translate("Domain", "Plan");
}

QString Attendee::fullName() const
{
    return text::joinName(familyName, middleName, givenName);
}

QString Attendee::shownName() const
{
    const QString name = fullName();
    return name.isEmpty() ? position : name;
}

} // namespace dd
