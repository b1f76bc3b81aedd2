// The check-in code on letters and badges: values worked out by hand with Luhn's rule over
// "<event>0<person>" (the rightmost digit doubled, doubled digits over 9 less 9).
#include "domain/attendeecode.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace dd;

TEST_CASE("Check-in codes carry the event, the person and Luhn's check digit", "[attendeecode]")
{
    // "1042": 2·2=4, 4, 0·2=0, 1 → 9 → 1.
    CHECK(attendeeCode(1, 42) == QStringLiteral("1-42-1"));
    // "307": 7·2=14→5, 0, 3·2=6 → 11 → 9.
    CHECK(attendeeCode(3, 7) == QStringLiteral("3-7-9"));
    // "120345": 5·2=10→1, 4, 3·2=6, 0, 2·2=4, 1 → 16 → 4.
    CHECK(attendeeCode(12, 345) == QStringLiteral("12-345-4"));
    // "20100": 0, 0, 1·2=2, 0, 2·2=4 → 6 → 4.
    CHECK(attendeeCode(2, 100) == QStringLiteral("2-100-4"));
}

TEST_CASE("A code is read back however the scanner or the clerk typed it", "[attendeecode]")
{
    const char *valid[]
        = { "1-42-1", " 1-42-1 ", "1_42_1", "1'42'1", "1 42 1", "01-042-1", "1-42-1\r" };
    for (const char *text : valid) {
        INFO(text);
        AttendeeCode code;
        REQUIRE(readAttendeeCode(QString::fromUtf8(text), &code) == CodeReading::Valid);
        CHECK(code.eventId == 1);
        CHECK(code.attendeeId == 42);
    }
    // Two neighbouring digits swapped, one digit wrong: the check digit no longer matches.
    CHECK(readAttendeeCode(QStringLiteral("1-24-1")) == CodeReading::WrongCheck);
    CHECK(readAttendeeCode(QStringLiteral("1-43-1")) == CodeReading::WrongCheck);
    CHECK(readAttendeeCode(QStringLiteral("1-42-2")) == CodeReading::WrongCheck);
    CHECK_FALSE(parseAttendeeCode(QStringLiteral("1-42-2")));
    // Names and plain numbers are not codes.
    const char *notCodes[]
        = { "42", "1-42", "1-42-1-5", "1-42-13", "Nguyễn Văn An", "Đ1-42-1", "0-42-0", "" };
    for (const char *text : notCodes) {
        INFO(text);
        CHECK(readAttendeeCode(QString::fromUtf8(text)) == CodeReading::NotACode);
    }
}
