#pragma once

#include "session/session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dd {

// Where the questions stand against the plan: each host unit's count against the required
// minimum and the deadline, and per topic and per agency how many wait, are forwarded, are
// answered. Merged and withdrawn questions are not counted.
struct HostProgress
{
    qint64 unitId = 0;
    QString unitName;
    int received = 0;
    int required = 0;
    bool behind() const { return received < required; }
    bool late = false; // behind and the deadline has passed
};

struct StatusCounts
{
    qint64 id = 0; // topic or agency id; 0 for "none"
    QString label;
    int waiting = 0; // received or classified, not yet forwarded
    int forwarded = 0;
    int answered = 0;
    int total() const { return waiting + forwarded + answered; }
};

struct QuestionProgress
{
    QDate deadline;
    int required = 0;
    bool deadlinePassed = false;
    int open = 0; // all counted questions
    QList<HostProgress> hosts;
    QList<StatusCounts> topics; // in topic order, then "(no topic)" when any
    QList<StatusCounts> agencies; // agencies with at least one question, by name
};

QuestionProgress computeQuestionProgress(Session &session, const QDate &today);

} // namespace dd
