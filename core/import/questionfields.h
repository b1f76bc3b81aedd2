#pragma once

#include "domain/question.h"
#include "import/headerfinder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The fields of a question list: which column holds what, and how a cell is read into a
// question's kind, topic, date and channel.
namespace dd {

// The columns a header names (accents and case ignored): Đơn vị/Unit, Người hỏi/Họ tên/
// Asked by, Loại/Kind, Chủ đề/Lĩnh vực/Topic, Nội dung/Câu hỏi/Ý kiến/Text, Ngày/Ngày gửi/
// Thời gian/Date, Kênh/Channel, Ghi chú/Note.
enum class QuestionField { None, Unit, Submitter, Kind, Topic, Text, Date, Channel, Note };
QuestionField questionFieldForHeader(const QString &header);
// The header finder's vocabulary for question sheets: the text and one more column.
const import::HeaderVocabulary &questionVocabulary();

// The kind a question's words say it is ("đề nghị …" a recommendation, "sáng kiến" an
// initiative, a question mark a question).
QuestionKind guessQuestionKind(const QString &text);
bool isQuestionImportFile(const QString &path);

namespace import {
// A cell read as a kind, a channel, a date ("23/08/2021 09:15", an Excel day count, "9 giờ,
// ngày 24/8/2021", "ngày 24 tháng 8 năm 2021"; "25/8" in `yearOfDayMonth` when that is not 0)
// or one of the event's topics (by its number or its title); nothing when it is not understood.
std::optional<QuestionKind> parseQuestionKind(const QString &cell);
std::optional<QuestionChannel> parseQuestionChannel(const QString &cell);
QDate parseQuestionDate(const QString &cell, int yearOfDayMonth = 0);
std::optional<Topic> findTopic(const QList<Topic> &topics, const QString &cell);
} // namespace import

} // namespace dd
