#include "services/questionexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace dd {

QuestionExport buildQuestionExport(Session &session, qint64 agencyId, bool includeAssigned)
{
    QuestionExport e;
    QHash<qint64, QString> unitNames;
    for (const Unit &u : session.units().list())
        unitNames.insert(u.id, u.name);
    QHash<qint64, Topic> topics;
    for (const Topic &t : session.questions().topics(session.eventId()))
        topics.insert(t.id, t);

    const QString agencyName = unitNames.value(agencyId);
    e.table.sheetName = agencyId ? agencyName : QStringLiteral("Ý kiến");
    e.table.title = agencyId ? QStringLiteral("Ý kiến, kiến nghị chuyển đến %1").arg(agencyName)
                             : QStringLiteral("Tổng hợp ý kiến, kiến nghị");
    e.table.columns = { { QStringLiteral("STT"), 6 },          { QStringLiteral("Đơn vị"), 26 },
                        { QStringLiteral("Người hỏi"), 20 },   { QStringLiteral("Loại"), 12 },
                        { QStringLiteral("Chủ đề"), 8 },       { QStringLiteral("Nội dung"), 70 },
                        { QStringLiteral("Ngày nhận"), 12 },   { QStringLiteral("Chuyển đến"), 26 },
                        { QStringLiteral("Ngày chuyển"), 12 }, { QStringLiteral("Trả lời"), 50 },
                        { QStringLiteral("Ghi chú"), 30 } };
    e.table.numericColumns = { 0, 4 };

    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    };
    const QList<Question> all = session.questions().list(session.eventId());
    for (const Question &q : all) {
        if (q.status == QuestionStatus::Merged || q.status == QuestionStatus::Withdrawn)
            continue;
        bool record = false;
        if (agencyId) {
            if (q.forwardedToUnitId != agencyId)
                continue;
            const bool assigned
                = q.status == QuestionStatus::Received || q.status == QuestionStatus::Classified;
            if (assigned && !includeAssigned)
                continue;
            record
                = assigned || (q.status == QuestionStatus::Forwarded && !q.forwardedOn.isValid());
        }
        // The units of questions merged into this one come with it.
        QStringList units { unitNames.value(q.unitId) };
        for (const Question &m : all)
            if (m.duplicateOfId == q.id && m.unitId && !units.contains(unitNames.value(m.unitId)))
                units << unitNames.value(m.unitId);
        units.removeAll(QString());
        e.table.rows << QStringList { QString::number(e.questions.size() + 1),
                                      units.join(QStringLiteral("; ")),
                                      q.submitter,
                                      questionKindVietnamese(q.kind),
                                      q.topicId ? QString::number(topics.value(q.topicId).position)
                                                : QString(),
                                      q.text,
                                      date(q.receivedOn),
                                      unitNames.value(q.forwardedToUnitId),
                                      date(q.forwardedOn),
                                      q.answer,
                                      q.note };
        e.questions << q;
        if (record)
            e.toRecord << q;
    }
    return e;
}

Status writeQuestionExport(const QString &path, const QuestionExport &e)
{
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(QCoreApplication::translate("Questions", "Cannot write “%1”: %2")
                             .arg(path, f.errorString()));
        return io::writeCsv(f, e.table);
    }
    return io::writeXlsx(path, { e.table });
}

} // namespace dd
