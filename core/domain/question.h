#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dd {

struct Topic
{
    qint64 id = 0;
    qint64 eventId = 0;
    int position = 0;
    QString title;

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

enum class QuestionKind { Question, Recommendation, Proposal, Initiative };
QString questionKindKey(QuestionKind k);
QuestionKind questionKindFromKey(const QString &key);
QString questionKindLabel(QuestionKind k);
QString questionKindVietnamese(QuestionKind k);

enum class QuestionChannel { Email, HandedIn, InRoom, Livestream };
QString questionChannelKey(QuestionChannel c);
QuestionChannel questionChannelFromKey(const QString &key);
QString questionChannelLabel(QuestionChannel c);

// received → classified → forwarded → answered, or withdrawn, or merged into another.
enum class QuestionStatus { Received, Classified, Forwarded, Answered, Withdrawn, Merged };
QString questionStatusKey(QuestionStatus s);
QuestionStatus questionStatusFromKey(const QString &key);
QString questionStatusLabel(QuestionStatus s);

struct Question
{
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 unitId = 0;
    QString submitter;
    qint64 submitterAttendeeId = 0;
    QuestionKind kind = QuestionKind::Question;
    qint64 topicId = 0;
    QString text;
    QDate receivedOn;
    QuestionChannel channel = QuestionChannel::Email;
    QuestionStatus status = QuestionStatus::Received;
    qint64 forwardedToUnitId = 0;
    QDate forwardedOn;
    QString answer;
    QString answeredBy;
    QDateTime answeredAt;
    qint64 duplicateOfId = 0;
    int runningOrder = 0;
    // What the secretariat keeps about the question that is no part of its text: the "Ghi chú"
    // of a list, a "Lĩnh vực" naming none of the event's topics. Never read out nor printed.
    QString note;

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

} // namespace dd
