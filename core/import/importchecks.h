#pragma once

#include <QString>

// Checks of one cell of an imported row, shared by the attendee and the question import:
// each gives the problem in the user's words, or an empty string when there is none.
namespace dd::import {

// A cell longer than its field may be (io/readlimits.h: a name 150 characters, a note or a
// question 10,000, anything else 2,000). `field` is the field's label as the user sees it.
QString lengthProblem(const QString &cell, int maxLength, const QString &field);

// A person's name as typed: it must hold a letter, and no digit, no control character and
// nothing that could not be read (U+FFFD); it must not begin with = + - @, as a formula
// does (a spreadsheet that opens an export would run it).
QString nameProblem(const QString &name);

} // namespace dd::import
