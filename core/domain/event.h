#pragma once

#include "domain/plan.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace dd {

struct Event
{
    qint64 id = 0;
    QString title;
    QString organiser;
    QString parentPlanRef; // "Kế hoạch số 280-KH/TĐTN-TCKT, ngày 04/12/2020 ..."
    QString schemeRef; // "Đề án số 08-ĐA/TU, ngày 27/3/2020 ..."
    QString introduction; // the opening paragraph of the plan
    QString purpose;
    QString requirements;
    QString content; // "Nội dung": what the dialogue is about
    int plannedYear = 0;
    int plannedMonth = 0; // 1..12, 0 when not set
    QDate date; // null until fixed
    QTime latestEndTime; // null when no limit
    PlanKind activePlan = PlanKind::InPerson;
    QDate questionDeadline;
    int minQuestionsPerHost = 0;
    QString intakeEmail;
    QString intakeContact; // "đồng chí Đoàn Thị Hồng – Trưởng Ban Tổ chức – Kiểm tra Tỉnh đoàn"
    QString intakePhone;
    QString closingText; // "Trên đây là Kế hoạch ..."
    // The plan paper's text from the opening paragraph to the closing one, as the clerk
    // edits it: one paragraph per line, **bold** and *italic*. Empty: drafted from the above.
    QString planText;
    // The results report after the day: the clerk's assessment and proposals (đánh giá,
    // đề xuất), printed as they are written.
    QString reportAssessment;
    QString reportProposals;
    // When the phones, e-mails and birth years of its people were erased; null while kept.
    QDateTime personalDataErasedAt;
    // The built-in 2021 sample: marked "Mẫu" in the window, its past deadlines no alarm.
    bool sample = false;

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

} // namespace dd
