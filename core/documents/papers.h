#pragma once

#include "documents/pagewriter.h"
#include "documents/paperdata.h"
#include "util/result.h"

#include <QList>

// One function per kind of paper; paperrenderer.cpp picks one. Each checks that it has
// something to print before drawing, so a failed paper leaves the device untouched.
namespace dd::documents::papers {

// Who is printed on a list: not declined/replaced (unless asked), of the unit if asked.
QList<Attendee> listedAttendees(const PaperData &data, const PaperOptions &opt);
// The persons who get a letter: opt.attendeeIds in that order, or everyone listed.
QList<Attendee> invitees(const PaperData &data, const PaperOptions &opt);
// The units that get a unit invitation: opt.unitId, or every unit with a quota.
QList<EventUnit> invitedUnits(const PaperData &data, const PaperOptions &opt);

Status checkPersonInvitations(const PaperData &data, const PaperOptions &opt);
Status checkUnitInvitations(const PaperData &data, const PaperOptions &opt);
Status checkOnlineNotice(const PaperData &data);

void personInvitations(PageWriter &w, const PaperData &data, const PaperOptions &opt);
void unitInvitations(PageWriter &w, const PaperData &data, const PaperOptions &opt);
void onlineNotice(PageWriter &w, const PaperData &data, const PaperOptions &opt);
void delegateList(PageWriter &w, const PaperData &data, const PaperOptions &opt);
void signInSheet(PageWriter &w, const PaperData &data, const PaperOptions &opt);
void programme(PageWriter &w, const PaperData &data, const PaperOptions &opt);
void questionSummary(PageWriter &w, const PaperData &data, const PaperOptions &opt);
void plan(PageWriter &w, const PaperData &data, const PaperOptions &opt);

} // namespace dd::documents::papers
