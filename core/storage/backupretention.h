#pragma once

#include <QDateTime>
#include <QList>

namespace dd {

// Which automatic backups are kept: the newest kKeepLast, and the newest of each day of the
// last kKeepDays days. Others are deleted, so that personal data removed from the file does
// not live on in old copies.
class BackupRetention
{
public:
    static constexpr int kKeepLast = 10;
    static constexpr int kKeepDays = 30;

    // For backups taken at `newestFirst` (newest first), whether each one is kept at `now`.
    static QList<bool> kept(const QList<QDateTime> &newestFirst, const QDateTime &now);
};

} // namespace dd
