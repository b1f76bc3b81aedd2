#pragma once

#include <QString>

#include <optional>

// The code printed on a person's letter and badge (as text and in the QR code) and typed or
// scanned at the door: "<event>-<person>-<check digit>", e.g. "1-42-3".
//
// Only digits and hyphens, because a USB scanner "types" the code through the keyboard and a
// Vietnamese input method (Unikey, EVKey in Telex or VNI) rewrites letters ("dd" becomes "đ")
// and digits after vowels (VNI's tone marks); digits after digits or hyphens pass untouched.
// The check digit (Luhn) catches a digit mistyped or two neighbours swapped by hand.
namespace dd {

struct AttendeeCode
{
    qint64 eventId = 0;
    qint64 attendeeId = 0;
};

QString attendeeCode(qint64 eventId, qint64 attendeeId);

enum class CodeReading {
    NotACode, // not shaped like a code (a name or a plain number)
    WrongCheck, // shaped like one, but its check digit does not match: mistyped or misread
    Valid,
};

// Reads a code as typed or scanned: surrounding blanks, any run of non-digits between the
// three groups (a scanner on another keyboard layout may type "'" or "_" for "-").
CodeReading readAttendeeCode(const QString &text, AttendeeCode *code = nullptr);
std::optional<AttendeeCode> parseAttendeeCode(const QString &text);

} // namespace dd
