#pragma once

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
    Plan
};
// Every kind, in the order the windows list them.
inline constexpr PaperKind kAllPaperKinds[]
    = { PaperKind::PersonInvitation, PaperKind::UnitInvitation,
        PaperKind::DelegateList,     PaperKind::SignInSheet,
        PaperKind::Programme,        PaperKind::QuestionSummary,
        PaperKind::OnlineNotice,     PaperKind::Plan };
QString paperKindKey(PaperKind k);
PaperKind paperKindFromKey(const QString &key);
QString paperKindLabel(PaperKind k);

struct PaperNumbering
{
    QString symbol; // "GM/TĐTN-VP"
    int nextNumber = 1;
};

struct DocumentSettings
{
    qint64 eventId = 0;
    QString issuingBodyLine1 = QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH");
    QString issuingBodyLine2 = QStringLiteral("BAN THƯỜNG VỤ");
    QString partyLine = QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH");
    QString placeName = QStringLiteral("Tây Ninh");
    QString signerCapacity = QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN");
    QString signerTitle = QStringLiteral("BÍ THƯ");
    QString signerName;
    QStringList recipients;
    QString contactLine; // who to call about the papers
    QString whatToBring; // printed on personal invitations
    QMap<PaperKind, PaperNumbering> numbering;
};

} // namespace dd
