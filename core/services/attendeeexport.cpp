#include "services/attendeeexport.h"

#include "services/session.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace dd::exporting {

namespace {

io::ExportColumn column(const QString &header, double width, bool asText = false)
{
    return io::ExportColumn { header, width, asText };
}

QString eventTitle(Session &session)
{
    const auto e = session.event();
    return e ? e->title : QString();
}

} // namespace

Format formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
        ? Format::Xlsx
        : Format::Csv;
}

QString statusVietnamese(int status)
{
    switch (InvitationStatus(status)) {
    case InvitationStatus::NotInvited:
        return QStringLiteral("Chưa mời");
    case InvitationStatus::Invited:
        return QStringLiteral("Đã mời");
    case InvitationStatus::Confirmed:
        return QStringLiteral("Đã xác nhận");
    case InvitationStatus::Declined:
        return QStringLiteral("Từ chối");
    case InvitationStatus::Replaced:
        return QStringLiteral("Đã thay thế");
    }
    return {};
}

QString genderVietnamese(int gender)
{
    switch (Gender(gender)) {
    case Gender::Male:
        return QStringLiteral("Nam");
    case Gender::Female:
        return QStringLiteral("Nữ");
    case Gender::Unknown:
        break;
    }
    return {};
}

io::ExportTable attendeeTable(Session &session, const Selection &which)
{
    io::ExportTable t;
    t.sheetName = QStringLiteral("Danh sách đại biểu");
    const QString title = eventTitle(session);
    t.title = title.isEmpty() ? QStringLiteral("DANH SÁCH ĐẠI BIỂU")
                              : QStringLiteral("DANH SÁCH ĐẠI BIỂU – %1").arg(title);
    t.columns = { column(QStringLiteral("STT"), 6),
                  column(QStringLiteral("Họ và tên"), 26),
                  column(QStringLiteral("Họ"), 10),
                  column(QStringLiteral("Tên đệm"), 12),
                  column(QStringLiteral("Tên"), 10),
                  column(QStringLiteral("Giới tính"), 9),
                  column(QStringLiteral("Năm sinh"), 9),
                  column(QStringLiteral("Chức vụ"), 28),
                  column(QStringLiteral("Đơn vị"), 30),
                  column(QStringLiteral("Điện thoại"), 13, true),
                  column(QStringLiteral("Email"), 26),
                  column(QStringLiteral("Vai trò"), 12),
                  column(QStringLiteral("Tình trạng mời"), 14),
                  column(QStringLiteral("Điểm danh"), 16),
                  column(QStringLiteral("Ghi chú"), 30) };
    t.numericColumns = { 0, 6 };

    QHash<qint64, QString> unitNames;
    for (const Unit &u : session.units().list())
        unitNames.insert(u.id, u.name);

    // list() is in Vietnamese name order already; a selection keeps that order.
    QList<Attendee> people = session.attendees().list(session.eventId());
    if (which.ids) {
        const QSet<qint64> wanted(which.ids->cbegin(), which.ids->cend());
        people.removeIf([&](const Attendee &a) { return !wanted.contains(a.id); });
    }
    if (which.unitId)
        people.removeIf([&](const Attendee &a) { return a.unitId != which.unitId; });

    t.rows.reserve(people.size());
    int n = 0;
    for (const Attendee &a : people) {
        QString present;
        if (a.checkedInAt.isValid())
            present = QStringLiteral("Có mặt %1")
                          .arg(a.checkedInAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
        t.rows << QStringList { QString::number(++n),
                                a.fullName(),
                                a.familyName,
                                a.middleName,
                                a.givenName,
                                genderVietnamese(int(a.gender)),
                                a.birthYear ? QString::number(a.birthYear) : QString(),
                                a.position,
                                unitNames.value(a.unitId),
                                a.phone,
                                a.email,
                                attendeeRoleVietnamese(a.role),
                                statusVietnamese(int(a.status)),
                                present,
                                a.note };
    }
    return t;
}

Status exportAttendees(Session &session, QIODevice &out, Format format, const Selection &which)
{
    const io::ExportTable t = attendeeTable(session, which);
    return format == Format::Xlsx ? io::writeXlsx(out, { t }) : io::writeCsv(out, t);
}

Status exportAttendees(Session &session, const QString &path, const Selection &which)
{
    const io::ExportTable t = attendeeTable(session, which);
    if (formatForPath(path) == Format::Xlsx)
        return io::writeXlsx(path, { t });
    // Written beside the target and renamed, like the XLSX writer: a failure keeps the old file.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("Export", "Cannot write %1: %2")
                         .arg(path, f.errorString()));
    if (Status s = io::writeCsv(f, t); !s)
        return s;
    if (!f.commit())
        return Error(QCoreApplication::translate("Export", "Cannot write %1: %2")
                         .arg(path, f.errorString()));
    return {};
}

io::ExportTable templateTable(Session &session, qint64 unitId)
{
    io::ExportTable t;
    const auto unit = session.units().get(unitId);
    const QString unitName = unit ? unit->name : QString();
    t.sheetName = QStringLiteral("Danh sách");
    t.title = QStringLiteral("DANH SÁCH ĐẠI BIỂU – %1 – %2").arg(unitName, eventTitle(session));
    t.columns = { column(QStringLiteral("STT"), 6),
                  column(QStringLiteral("Họ và tên"), 28),
                  column(QStringLiteral("Giới tính"), 9),
                  column(QStringLiteral("Năm sinh"), 9),
                  column(QStringLiteral("Chức vụ"), 30),
                  column(QStringLiteral("Đơn vị"), 30),
                  column(QStringLiteral("Điện thoại"), 14, true),
                  column(QStringLiteral("Email"), 26),
                  column(QStringLiteral("Ghi chú"), 24) };
    t.numericColumns = { 0, 3 };
    int rows = 10;
    if (const auto part = session.units().eventUnit(session.eventId(), unitId);
        part && part->quota > 0)
        rows = part->quota;
    for (int i = 1; i <= rows; ++i) {
        QStringList cells(t.columns.size());
        cells[0] = QString::number(i);
        t.rows << cells;
    }
    return t;
}

Status exportTemplate(Session &session, const QString &path, qint64 unitId)
{
    return io::writeXlsx(path, { templateTable(session, unitId) });
}

} // namespace dd::exporting
