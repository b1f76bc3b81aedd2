#pragma once

// The shipped 2021 sample event with the lists two district unions sent, and the helpers that
// read a paper back: pdftotext for the PDF, unzip for the ODT's content.xml (tools of their
// own, not the program's code).
#include "services/paperservice.h"
#include "session/session.h"

#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <memory>

namespace samplepapers {

// The sample event plus the people of the table in samplepapers.cpp (written by hand: who
// they are, and so who gets a letter and how the lists count them).
std::unique_ptr<dd::Session> sampleWithPeople();
qint64 unitId(dd::Session &s, const QString &name);

// The text pdftotext gives in its reading order (no -layout), whitespace collapsed.
QString pdfFlat(const QString &pdf);
// The same, page by page (1-based index 0 is page 1).
QStringList pdfPagesFlat(const QString &pdf);
// The text as pdftotext -layout places it: the gaps of a line show as runs of spaces.
QString pdfLayout(const QString &pdf);

// The paragraphs of an ODT (text:p and text:h), in order, whitespace collapsed; `inTables`
// gets those inside table cells.
struct OdtText
{
    QStringList paragraphs; // outside tables
    QStringList cells; // inside tables (the header, the lists, the signature)
    QStringList spaced; // every paragraph with its spaces as a word processor shows them
    QString all() const;
};
OdtText odtText(const QString &odt);

// Writes a paper of the session's event and fails the test when it cannot.
QString write(dd::Session &s, const QTemporaryDir &dir, dd::PaperKind kind, const QString &name,
              const dd::documents::PaperOptions &opt = {},
              const dd::paperservice::PaperDates &dates = {});

// The seed (../shared/seed beside the project, or the copy in tests/fixtures/seed): its
// title, the paragraphs of sections I–IV with the closing sentence, the signature and Nơi nhận,
// as the plan prints them ("- + Huyện …" of the seed's nested list is the plan's "+ Huyện …").
struct Seed
{
    QString title;
    QString subtitle;
    QStringList body;
    QStringList signature;
    QStringList recipients; // with "Nơi nhận:" first
};
Seed readSeed();

} // namespace samplepapers
