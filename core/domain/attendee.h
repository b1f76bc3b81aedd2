#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dd {

enum class AttendeeRole { Chair, CoChair, Guest, Delegate, Press, Staff };
QString attendeeRoleKey(AttendeeRole role);
AttendeeRole attendeeRoleFromKey(const QString &key);
QString attendeeRoleLabel(AttendeeRole role);
QString attendeeRoleVietnamese(AttendeeRole role);
// What follows the role of a reserve delegate (đại biểu dự khuyết) where people are listed:
// " (reserve)".
QString reserveMark();

enum class Gender { Unknown, Male, Female };
QString genderKey(Gender g);
Gender genderFromKey(const QString &key);
QString genderLabel(Gender g);

// not yet invited → invited → confirmed / declined → replaced; check-in is separate.
enum class InvitationStatus { NotInvited, Invited, Confirmed, Declined, Replaced };
QString invitationStatusKey(InvitationStatus s);
InvitationStatus invitationStatusFromKey(const QString &key);
QString invitationStatusLabel(InvitationStatus s);

struct Attendee
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString familyName; // Họ
    QString middleName; // tên đệm
    QString givenName; // Tên
    Gender gender = Gender::Unknown;
    int birthYear = 0;
    QString position; // chức vụ
    qint64 unitId = 0; // the union that sends them: its quota counts them
    QString workplace; // their company, branch or chi hội, as the list writes it
    QString phone;
    QString email;
    AttendeeRole role = AttendeeRole::Delegate;
    InvitationStatus status = InvitationStatus::NotInvited;
    QDate invitedOn;
    QDate respondedOn;
    qint64 substituteForId = 0;
    QDateTime checkedInAt;
    QString checkedInDesk; // the desk that checked them in, as its clerk named it
    bool walkIn = false;
    // A reserve delegate (đại biểu dự khuyết): named by the union to come only if one of its
    // delegates cannot; counted against no quota and not invited with the delegates.
    bool reserve = false;
    QString note;
    QByteArray nameSortKey; // read from the database; the repository maintains it

    QString fullName() const;
    // How messages name the person: the full name, or, for a seat known by its office only
    // (the sample's chairs: "Đại diện lãnh đạo Tỉnh đoàn"), the position.
    QString shownName() const;

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

} // namespace dd
