// The input rules the dialogs, the import and the repositories share, as a table written by
// hand.
#include "domain/inputrules.h"

#include <catch2/catch.hpp>

#include <QString>

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
