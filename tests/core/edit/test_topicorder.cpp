// Moving a topic in the Topics dialog: the positions renumbered 1..n as one undo step
// (commands::reorderTopics), the order checked against the sample's four topics of the seed.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"

using namespace dd;
using testsupport::sampleSession;

namespace {

// The beginnings of the four topics of the 2021 plan (seed, "Nội dung đối thoại").
const QString kFirm = QStringLiteral("Đoàn viên, thanh niên nêu ý kiến");
const QString kWishes = QStringLiteral("Đề xuất những mong muốn");
const QString kOther = QStringLiteral("Các kiến nghị khác");
const QString kCommittees = QStringLiteral("Ban Chấp hành các Chi đoàn");

QList<Topic> sorted(Session &s)
{
    QList<Topic> topics = s.questions().topics(s.eventId());
    std::sort(topics.begin(), topics.end(),
              [](const Topic &a, const Topic &b) { return a.position < b.position; });
    return topics;
}

QStringList order(Session &s)
{
    const QList<Topic> topics = sorted(s);
    QStringList out;
    for (int i = 0; i < topics.size(); ++i) {
        CHECK(topics.at(i).position == i + 1);
        out << topics.at(i).title;
        for (const QString &start : { kFirm, kWishes, kOther, kCommittees })
            if (topics.at(i).title.startsWith(start))
                out.last() = start;
    }
    return out;
}

} // namespace

TEST_CASE("Moving a topic renumbers the topics as one undo step", "[stores][edit]")
{
    auto s = sampleSession();
    REQUIRE(order(*s) == QStringList { kFirm, kWishes, kOther, kCommittees });
    const QList<Topic> topics = sorted(*s);

    // The third topic moved up: the second and third change places.
    QList<Topic> moved = topics;
    moved.swapItemsAt(1, 2);
    const int before = s->undoStack()->count();
    REQUIRE(s->push(commands::reorderTopics(s.get(), moved)));
    CHECK(s->undoStack()->count() == before + 1);
    CHECK(order(*s) == QStringList { kFirm, kOther, kWishes, kCommittees });

    s->undoStack()->undo();
    CHECK(order(*s) == QStringList { kFirm, kWishes, kOther, kCommittees });
    s->undoStack()->redo();
    CHECK(order(*s) == QStringList { kFirm, kOther, kWishes, kCommittees });

    // The order already stored changes nothing.
    CHECK(commands::reorderTopics(s.get(), sorted(*s)) == nullptr);
}
