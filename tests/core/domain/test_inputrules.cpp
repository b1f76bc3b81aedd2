// The input rules the dialogs, the import and the repositories share, as a table written by
// hand.
#include "domain/inputrules.h"

#include <catch2/catch.hpp>

#include <QString>

#include <tuple>

using namespace dd;

TEST_CASE("E-mail addresses: something, one @, a domain with a dot, no spaces", "[inputrules]")
{
    const std::pair<const char *, bool> cases[] = {
        { "bantochuctinhdoantayninh@gmail.com", true },
        { "hong.doan@tinhdoan.tayninh.gov.vn", true },
        { "a@b.c", true },
        { "bantochuc@gmail", false }, // no dot in the domain
        { "bantochuc.gmail.com", false },
        { "@gmail.com", false },
        { "hong@", false },
        { "hong doan@gmail.com", false },
        { "hong@@gmail.com", false },
        { "hong@gmail.com ", false }, // callers trim first
        { "", false },
        // The edges of the rule: a dot right after the @ or at the end is not the domain's.
        { "hong@.gmail", false },
        { "hong@gmail.", false },
        { "hong@g.m", true },
        { "hong@gmail..com", true },
        { "h@o@ng.vn", false },
        { "hong\t@gmail.com", false },
        { "hong@gmail.com\r", false },
        { "hong@gmail.com\n", true }, // $ matches before a last line break, as it always did
        { "hồng@gmail.com", true },
        { "hồng @gmail.com", false },
        { "hồng@@gmail.com", false },
        { "hong@gmail\u00a0.com", true }, // a no-break space is no \s of the pattern
    };
    for (const auto &[text, ok] : cases) {
        INFO(text);
        CHECK(inputrules::isEmailAddress(QString::fromUtf8(text)) == ok);
    }
}

TEST_CASE("Phone numbers: ten digits from 0 are whole, fewer than nine are too short",
          "[inputrules]")
{
    CHECK(inputrules::isFullPhoneNumber(QStringLiteral("0938428213")));
    CHECK_FALSE(inputrules::isFullPhoneNumber(QStringLiteral("938428213")));
    CHECK_FALSE(inputrules::isFullPhoneNumber(QStringLiteral("09384282131")));
    CHECK_FALSE(inputrules::isFullPhoneNumber(QStringLiteral("1938428213")));
    // Landlines since 2017: 0 + area code 2x/2xx + the number, eleven digits (Long An's
    // "0272 3874 123", Hồ Chí Minh City's "028 3874 5566"); eleven other digits are not one.
    CHECK(inputrules::isFullPhoneNumber(QStringLiteral("02723874123")));
    CHECK(inputrules::isFullPhoneNumber(QStringLiteral("02838745566")));
    CHECK_FALSE(inputrules::isFullPhoneNumber(QStringLiteral("2723874123")));
    CHECK_FALSE(inputrules::isFullPhoneNumber(QStringLiteral("027238741234")));
    CHECK_FALSE(inputrules::isFullPhoneNumber(QString()));

    CHECK_FALSE(inputrules::isTooShortForPhone(QStringLiteral("0938 428 213")));
    CHECK_FALSE(inputrules::isTooShortForPhone(QStringLiteral("(0276) 382 2513")));
    CHECK_FALSE(inputrules::isTooShortForPhone(QStringLiteral("938.428.213"))); // nine digits
    CHECK(inputrules::isTooShortForPhone(QStringLiteral("0938 4282"))); // eight
    CHECK(inputrules::isTooShortForPhone(QStringLiteral("abc")));
}

TEST_CASE("Birth years: stored from 1900 to 2100, possible from 1940 to fourteen years ago",
          "[inputrules]")
{
    CHECK(inputrules::isStorableBirthYear(0));
    CHECK(inputrules::isStorableBirthYear(1900));
    CHECK(inputrules::isStorableBirthYear(2100));
    CHECK_FALSE(inputrules::isStorableBirthYear(1899));
    CHECK_FALSE(inputrules::isStorableBirthYear(2101));
    CHECK_FALSE(inputrules::isStorableBirthYear(95));

    CHECK(inputrules::isPossibleBirthYear(1940, 2021));
    CHECK(inputrules::isPossibleBirthYear(2007, 2021));
    CHECK_FALSE(inputrules::isPossibleBirthYear(1939, 2021));
    CHECK_FALSE(inputrules::isPossibleBirthYear(2008, 2021));
    CHECK_FALSE(inputrules::isPossibleBirthYear(0, 2021));
}

TEST_CASE("Clock times as clerks type them, empty is not set, the rest is refused", "[inputrules]")
{
    // Written by hand: what is typed, and the time it means.
    const std::pair<const char *, QTime> read[] = {
        { "8", QTime(8, 0) },       { "8:0", QTime(8, 0) },    { "08:00", QTime(8, 0) },
        { "8h", QTime(8, 0) },      { "8g30", QTime(8, 30) },  { "8h30", QTime(8, 30) },
        { "8 g 30", QTime(8, 30) }, { "14g", QTime(14, 0) },   { "0800", QTime(8, 0) },
        { "830", QTime(8, 30) },    { "8.30", QTime(8, 30) },  { "23:59", QTime(23, 59) },
        { "8g30p", QTime(8, 30) },  { " 7:05 ", QTime(7, 5) }, { "0", QTime(0, 0) },
    };
    for (const auto &[typed, time] : read) {
        INFO(typed);
        const auto t = dd::inputrules::readClockTime(QString::fromUtf8(typed));
        REQUIRE(t.has_value());
        CHECK(*t == time);
    }
    const auto empty = dd::inputrules::readClockTime(QStringLiteral("  "));
    REQUIRE(empty.has_value());
    CHECK_FALSE(empty->isValid());
    for (const char *refused : { "24", "8:60", "(chưa đặt)0800", "tám giờ", "8:30:15", "12345" }) {
        INFO(refused);
        CHECK_FALSE(dd::inputrules::readClockTime(QString::fromUtf8(refused)).has_value());
    }
}

TEST_CASE("Dates as typed, day first, and empty is not set", "[inputrules]")
{
    const std::pair<const char *, QDate> read[] = {
        { "15/08/2021", QDate(2021, 8, 15) }, { "5/8/2021", QDate(2021, 8, 5) },
        { "05-08-2021", QDate(2021, 8, 5) },  { "5.8.21", QDate(2021, 8, 5) },
        { "05082021", QDate(2021, 8, 5) },    { "5/8", QDate(2026, 8, 5) },
        { "29/2/2024", QDate(2024, 2, 29) },
    };
    for (const auto &[typed, date] : read) {
        INFO(typed);
        const auto d = dd::inputrules::readDate(QString::fromUtf8(typed), 2026);
        REQUIRE(d.has_value());
        CHECK(*d == date);
    }
    CHECK(dd::inputrules::readDate(QString(), 2026) == std::optional<QDate>(QDate()));
    for (const char *refused : { "31/4/2021", "29/2/2023", "2021-08-15", "15 tháng 8", "1/13" }) {
        INFO(refused);
        CHECK_FALSE(dd::inputrules::readDate(QString::fromUtf8(refused), 2026).has_value());
    }
}

TEST_CASE("Birth years as typed: four digits up to this year, two read where unambiguous",
          "[inputrules]")
{
    using dd::inputrules::readBirthYear;
    struct Row
    {
        const char *typed;
        bool ok;
        int year;
        bool reread; // two digits, and the reading is shown
    };
    // For 2026, by hand: a delegate is born 1940..2012.
    const Row rows[] = {
        { "1995", true, 1995, false }, { "95", true, 1995, true },    { "05", true, 2005, true },
        { "", true, 0, false },        { "1900", true, 1900, false }, { "2026", true, 2026, false },
        { "3000", false, 0, false },   { "300", false, 0, false },    { "1899", false, 0, false },
        { "2027", false, 0, false },   { "20", false, 0, false },     { "30", false, 0, false },
        { "19a5", false, 0, false },
    };
    for (const Row &r : rows) {
        INFO(r.typed);
        const auto b = readBirthYear(QString::fromUtf8(r.typed), 2026);
        CHECK(b.ok == r.ok);
        CHECK(b.year == r.year);
        CHECK(b.reading.isEmpty() == !r.reread);
        if (r.reread)
            CHECK(b.reading.contains(QString::number(r.year)));
        CHECK(b.why.isEmpty() == r.ok);
    }
}

TEST_CASE("Phones are stored as digits and shown grouped", "[inputrules]")
{
    const std::pair<const char *, const char *> stored[] = {
        { "0912 345 678", "0912345678" },
        { "0912.345.678", "0912345678" },
        { "+84 912 345 678", "0912345678" },
        { " 0912-345-678 ", "0912345678" },
        { "912345678", "0912345678" },
        { "(0276) 3822 123", "02763822123" },
        { "0912345678 / 0276 3822 123", "0912345678 / 0276 3822 123" },
        { "0912345678 máy lẻ 12", "0912345678 máy lẻ 12" },
        { "1234", "1234" },
        { "", "" },
    };
    for (const auto &[typed, digits] : stored) {
        INFO(typed);
        CHECK(dd::inputrules::storablePhone(QString::fromUtf8(typed)) == QString::fromUtf8(digits));
    }
    CHECK(dd::inputrules::displayPhone(QStringLiteral("0912345678"))
          == QStringLiteral("0912.345.678"));
    CHECK(dd::inputrules::displayPhone(QStringLiteral("02763822123"))
          == QStringLiteral("0276.3822.123"));
    CHECK(dd::inputrules::displayPhone(QStringLiteral("1234")) == QStringLiteral("1234"));
    CHECK(dd::inputrules::displayPhone(QStringLiteral("0912345678 / 0276"))
          == QStringLiteral("0912345678 / 0276"));
}

TEST_CASE("Two e-mail addresses are the same whatever the case of their letters and the spaces "
          "around them",
          "[inputrules][email]")
{
    // Written by hand: a, b, the same address?
    const std::tuple<const char *, const char *, bool> pairs[] = {
        { "NguyenVanA@Gmail.com", "nguyenvana@gmail.com", true },
        { " HuyenDoan.DMC@GMAIL.COM ", "huyendoan.dmc@gmail.com", true },
        { "BAOLQ@YAHOO.COM", "baolq@yahoo.com", true },
        { "Đoàn.Trẻ@Tayninh.vn", "đoàn.trẻ@tayninh.vn", true }, // beyond ASCII too
        { "nguyenvana@gmail.com", "nguyenvanb@gmail.com", false },
        { "nguyenvana@gmail.com", "nguyenvana@gmail.com.vn", false },
        { "", "nguyenvana@gmail.com", false },
    };
    for (const auto &[a, b, same] : pairs) {
        INFO(a << " / " << b);
        CHECK(inputrules::sameEmail(QString::fromUtf8(a), QString::fromUtf8(b)) == same);
        CHECK(inputrules::sameEmail(QString::fromUtf8(b), QString::fromUtf8(a)) == same);
        CHECK((inputrules::emailKey(QString::fromUtf8(a))
               == inputrules::emailKey(QString::fromUtf8(b)))
              == same);
    }
    CHECK(inputrules::emailKey(QStringLiteral(" NguyenVanA@Gmail.com "))
          == QStringLiteral("nguyenvana@gmail.com"));
}
