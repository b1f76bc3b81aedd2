#include "services/attendeeexport.h"

#include "session/session.h"
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

// The title row: the list, the event and its date (or, before it is fixed, the day of the
// export), as the printed page needs them.
QString listTitle(Session &session, const QString &list)
{
    const auto e = session.event();
    const QDate day = e && e->date.isValid() ? e->date : QDate::currentDate();
    const QString when = e && e->date.isValid()
        ? QStringLiteral("ngày %1").arg(day.toString(QStringLiteral("dd/MM/yyyy")))
        : QStringLiteral("lập ngày %1").arg(day.toString(QStringLiteral("dd/MM/yyyy")));
    if (!e || e->title.trimmed().isEmpty())
        return QStringLiteral("%1 (%2)").arg(list, when);
    return QStringLiteral("%1 – %2 (%3)").arg(list, e->title.trimmed(), when);
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

namespace {

io::ExportLayout attendeeLayout(Session &session)
{
    io::ExportLayout t;
    t.sheetName = QStringLiteral("Danh sách đại biểu");
    t.title = listTitle(session, QStringLiteral("DANH SÁCH ĐẠI BIỂU"));
    t.columns = { column(QStringLiteral("STT"), 6),
                  column(QStringLiteral("Họ và tên"), 26),
                  column(QStringLiteral("Họ"), 10),
                  column(QStringLiteral("Tên đệm"), 12),
                  column(QStringLiteral("Tên"), 10),
                  column(QStringLiteral("Giới tính"), 9),
                  column(QStringLiteral("Năm sinh"), 9),
                  column(QStringLiteral("Chức vụ"), 28),
                  column(QStringLiteral("Đơn vị"), 30),
                  column(QStringLiteral("Nơi công tác"), 30),
                  column(QStringLiteral("Điện thoại"), 13, true),
                  column(QStringLiteral("Email"), 26),
                  column(QStringLiteral("Vai trò"), 12),
                  column(QStringLiteral("Tình trạng mời"), 14),
                  column(QStringLiteral("Điểm danh"), 16),
                  column(QStringLiteral("Ghi chú"), 30) };
    t.numericColumns = { 0, 6 };
    return t;
}

// The people read one by one from the database in Vietnamese name order, each made into its
// row as the writer asks for it: 100,000 people are never held at once.
class AttendeeRows final : public io::RowSource
{
public:
    AttendeeRows(Session &session, const Selection &which)
        : m_reader(session.attendees().read(session.eventId(), which.unitId))
    {
        for (const Unit &u : session.units().list())
            m_unitNames.insert(u.id, u.name);
        m_size = which.unitId ? session.attendees().count(session.eventId(), which.unitId)
                              : session.attendees().count(session.eventId());
        if (which.ids) {
            m_wanted.emplace(which.ids->cbegin(), which.ids->cend());
            m_size = std::min<qsizetype>(m_size, m_wanted->size());
        }
    }

    bool next(QStringList &cells) override
    {
        while (m_reader.next(m_person)) {
            if (m_wanted && !m_wanted->contains(m_person.id))
                continue;
            const Attendee &a = m_person;
            cells.resize(16);
            cells[0] = QString::number(++m_number);
            cells[1] = a.fullName();
            cells[2] = a.familyName;
            cells[3] = a.middleName;
            cells[4] = a.givenName;
            cells[5] = genderVietnamese(int(a.gender));
            cells[6] = a.birthYear ? QString::number(a.birthYear) : QString();
            cells[7] = a.position;
            cells[8] = m_unitNames.value(a.unitId);
            cells[9] = a.workplace;
            cells[10] = a.phone;
            cells[11] = a.email;
            // As the lists write it; the import reads it back as a reserve.
            cells[12]
                = a.reserve ? QStringLiteral("Đại biểu dự khuyết") : attendeeRoleVietnamese(a.role);
            cells[13] = statusVietnamese(int(a.status));
            cells[14] = a.checkedInAt.isValid()
                ? QStringLiteral("Có mặt %1")
                      .arg(a.checkedInAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")))
                : QString();
            cells[15] = a.note;
            return true;
        }
        return false;
    }

    QString error() const override
    {
        if (m_reader.error().isEmpty())
            return {};
        return QCoreApplication::translate("Export", "Cannot read the list of attendees: %1")
            .arg(m_reader.error());
    }

    qsizetype sizeHint() const override { return m_size; }
    int written() const { return m_number; }

private:
    AttendeeRepository::Reader m_reader;
    QHash<qint64, QString> m_unitNames;
    std::optional<QSet<qint64>> m_wanted;
    qsizetype m_size = 0;
    Attendee m_person; // reused: its strings are replaced row by row
    int m_number = 0;
};

} // namespace

io::ExportTable attendeeTable(Session &session, const Selection &which)
{
    io::ExportTable t;
    static_cast<io::ExportLayout &>(t) = attendeeLayout(session);
    AttendeeRows rows(session, which);
    t.rows.reserve(rows.sizeHint());
    QStringList cells;
    while (rows.next(cells))
        t.rows.append(cells); // shared until the next row detaches it
    return t;
}

Status exportAttendees(Session &session, QIODevice &out, Format format, const Selection &which)
{
    const io::ExportLayout layout = attendeeLayout(session);
    AttendeeRows rows(session, which);
    return format == Format::Xlsx ? io::writeXlsx(out, { io::SheetSource(layout, rows) })
                                  : io::writeCsv(out, layout, rows);
}

Status exportAttendees(Session &session, const QString &path, const Selection &which, int *written)
{
    const io::ExportLayout layout = attendeeLayout(session);
    AttendeeRows rows(session, which);
    const auto done = [&rows, written](Status s) {
        if (written)
            *written = s ? rows.written() : 0;
        return s;
    };
    if (formatForPath(path) == Format::Xlsx)
        return done(io::writeXlsx(path, { io::SheetSource(layout, rows) }));
    // Written beside the target and renamed, like the XLSX writer: a failure keeps the old file.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return done(Error(QCoreApplication::translate("Export", "Cannot write %1: %2")
                              .arg(path, f.errorString())));
    if (Status s = io::writeCsv(f, layout, rows); !s)
        return done(s);
    if (!f.commit())
        return done(Error(QCoreApplication::translate("Export", "Cannot write %1: %2")
                              .arg(path, f.errorString())));
    return done({});
}

io::ExportTable templateTable(Session &session, qint64 unitId)
{
    io::ExportTable t;
    const auto unit = session.units().get(unitId);
    const QString unitName = unit ? unit->name : QString();
    t.sheetName = QStringLiteral("Danh sách");
    const auto event = session.event();
    t.title = QStringLiteral("DANH SÁCH ĐẠI BIỂU – %1 – %2")
                  .arg(unitName, event ? event->title : QString());
    t.columns = { column(QStringLiteral("STT"), 6),
                  column(QStringLiteral("Họ và tên"), 28),
                  column(QStringLiteral("Giới tính"), 9),
                  column(QStringLiteral("Năm sinh"), 9),
                  column(QStringLiteral("Chức vụ"), 30),
                  column(QStringLiteral("Nơi công tác"), 30),
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
