#pragma once

#include <QDate>
#include <QString>

namespace dd {

struct Task
{
    qint64 id = 0;
    qint64 eventId = 0;
    int position = 0;
    qint64 ownerUnitId = 0;
    QString ownerLabel; // when the owner is a group ("Các huyện, thị, thành đoàn ...")
    QString description;
    QDate dueDate;
    bool done = false;

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

} // namespace dd
