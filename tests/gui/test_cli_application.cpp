// Which commands run without a GUI application (app/application.cpp): an import reads files and
// writes the data file, so it starts no platform (whose font database reads fontconfig's whole
// configuration when it closes); a command that may paint a paper or an attachment keeps it.
#include "cli/commandline.h"

#include <catch2/catch.hpp>

namespace {

QStringList args(const char *line)
{
    return QStringList { QStringLiteral("dialoguedesk") }
    + QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("cli: an import paints nothing and runs without a GUI application, other commands may "
          "paint")
{
    CHECK(dd::cli::paintsNothing(args("--db f.sqlite import attendees list.csv --create-units")));
    CHECK(dd::cli::paintsNothing(args("import questions a.xlsx b.csv --db f.sqlite")));
    CHECK(dd::cli::paintsNothing(args("--lang en --db f.sqlite import attendees l.csv --dry-run")));
    CHECK_FALSE(dd::cli::paintsNothing(args("--db f.sqlite print letters --out x.pdf")));
    CHECK_FALSE(dd::cli::paintsNothing(args("--db f.sqlite mail send --dry-run")));
    CHECK_FALSE(dd::cli::paintsNothing(args("--db f.sqlite export attendees x.xlsx")));
    CHECK_FALSE(dd::cli::paintsNothing(args("--db f.sqlite list attendees")));
    // A file named like the command is the window's, and help is printed by the usual path.
    CHECK_FALSE(dd::cli::paintsNothing(args("--db import")));
    CHECK_FALSE(dd::cli::paintsNothing(args("import --help")));
    CHECK_FALSE(dd::cli::paintsNothing(args("--version")));
}
