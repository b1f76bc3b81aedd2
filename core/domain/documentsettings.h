#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dd {

// The kinds of paper that carry a number ("Số: 12-GM/TĐTN-VP").
enum class PaperKind {
    PersonInvitation,
    UnitInvitation,
    DelegateList,
    SignInSheet,
    Programme,
    QuestionSummary,
    OnlineNotice,
    Plan,
    ForwardLetter, // the covering letter sending the questions to an agency
    Budget, // the budget estimate (dự trù kinh phí)
    Badges, // thẻ đại biểu, eight to an A4 sheet
    PlaceCards, // the names on the chairs' and guests' table
    Labels, // envelope labels on A4 label sheets
    Report // the results report after the day (báo cáo kết quả)
};
// Every kind, in the order the papers are offered.
inline constexpr PaperKind kAllPaperKinds[]
    = { PaperKind::PersonInvitation, PaperKind::UnitInvitation, PaperKind::DelegateList,
        PaperKind::SignInSheet,      PaperKind::Programme,      PaperKind::QuestionSummary,
        PaperKind::ForwardLetter,    PaperKind::OnlineNotice,   PaperKind::Plan,
        PaperKind::Budget,           PaperKind::Badges,         PaperKind::PlaceCards,
        PaperKind::Labels,           PaperKind::Report };
QString paperKindKey(PaperKind k);
PaperKind paperKindFromKey(const QString &key);
QString paperKindLabel(PaperKind k);
// Whether the paper is issued under a number ("Số: …"). The sign-in sheet is not: it is a
// working paper the desk fills in at the door, so neither its header nor the counters show one.
bool paperCarriesNumber(PaperKind k);

// What the event remembers of each kind of paper.
struct PaperNumbering
{
    QString symbol; // "GM/TĐTN-VP"
    int nextNumber = 1;
    QDate signedOn; // printed under the place; null: "ngày ... tháng ... năm" left blank
    QDate answerBy; // covering letter: answers are asked before this day; null: left blank
    qint64 rowVersion = 0; // the stored row's version (0: never stored), see SqlTable::update
};

struct DocumentSettings
{
    qint64 eventId = 0;
    QString issuingBodyLine1 = QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH");
    QString issuingBodyLine2; // guide 29-HD/TWĐTN-VP: none unless the union wants one
    QString partyLine = QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH");
    QString placeName = QStringLiteral("Tây Ninh");
    QString signerCapacity = QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN");
    QString signerTitle = QStringLiteral("BÍ THƯ");
    QString signerName;
    QString preparerName; // người lập: printed under the budget's first signature; empty: blank
    QStringList recipients;
    QString contactLine; // who to call about the papers
    QString whatToBring; // printed on personal invitations
    QMap<PaperKind, PaperNumbering> numbering;
    qint64 rowVersion = 0; // of the settings row (0: never stored); each numbering has its own
};

} // namespace dd
