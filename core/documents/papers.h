#pragma once

#include "documents/paper.h"
#include "documents/paperdata.h"
#include "util/result.h"

#include <QList>

// One function per kind of paper: the data of the event in, the paper's content out
// (papers.h → Paper → PdfLayout or OdtWriter). paperrenderer.h picks one by kind.
namespace dd::documents::papers {

// Who is printed on a list: people with a name, not declined/replaced (unless asked), of
// the unit if asked, not reserves. Nameless entries ("Đại diện lãnh đạo …") are covered by unit
// letters. Reserve delegates come only in a delegate's place: no letter, badge or line to sign
// unless chosen; the delegate list prints them after each union's people.
QList<Attendee> listedAttendees(const PaperData &data, const PaperOptions &opt);
// The reserve delegates (dự khuyết) a list would print, by the same rule.
QList<Attendee> listedReserves(const PaperData &data, const PaperOptions &opt);
// Whether the person gets a personal letter: a name; a co-chair, guest, delegate or press;
// not of one of the organiser's own units; not declined or replaced; not the signer.
bool getsPersonalLetter(const Attendee &a, const PaperData &data);
// Whether the person is in the meeting room: everyone under plan 1; under plan 2 (online) the
// chairs, co-chairs, guests and the organiser's staff. The others watch the livestream.
bool inMeetingRoom(const Attendee &a, const PaperData &data);
// The persons who get a letter: opt.attendeeIds in that order, or everyone listed (of
// opt.unitId), each only if getsPersonalLetter.
QList<Attendee> invitees(const PaperData &data, const PaperOptions &opt);
// The units that get a unit letter: opt.unitId, or every unit with a part in the event but
// the organiser's own (hosts, the other district unions, guests, press).
QList<EventUnit> invitedUnits(const PaperData &data, const PaperOptions &opt);
// The questions forwarded (or assigned) to an agency, as the covering letter lists them.
QList<Question> forwardedTo(const PaperData &data, qint64 agencyId);

// Fails with what to do when the paper would be empty.
Status check(PaperKind kind, const PaperData &data, const PaperOptions &opt);

Paper personInvitations(const PaperData &data, const PaperOptions &opt);
Paper unitInvitations(const PaperData &data, const PaperOptions &opt);
// opt.unitId: addressed to that unit instead of to all district and affiliated unions.
Paper onlineNotice(const PaperData &data, const PaperOptions &opt);
// opt.unitId is the agency.
Paper forwardLetter(const PaperData &data, const PaperOptions &opt);
Paper delegateList(const PaperData &data, const PaperOptions &opt);
Paper signInSheet(const PaperData &data, const PaperOptions &opt);
Paper programme(const PaperData &data, const PaperOptions &opt);
Paper questionSummary(const PaperData &data, const PaperOptions &opt);
Paper plan(const PaperData &data, const PaperOptions &opt);
// The band across the top of a badge: CHỦ TRÌ (chair and co-chairs), KHÁCH MỜI, ĐẠI BIỂU,
// PHÓNG VIÊN, BAN TỔ CHỨC.
QString roleBand(AttendeeRole role);
// opt.role of badges, place cards and labels asks for a band: "chair" takes the co-chairs too.
bool inRoleFilter(const Attendee &a, const PaperOptions &opt);
// Badges for every named person who has not declined (opt.unitId, opt.role), eight to a sheet.
Paper badges(const PaperData &data, const PaperOptions &opt);
// Place cards for the chairs' and guests' table (opt.role: another role instead).
Paper placeCards(const PaperData &data, const PaperOptions &opt);
// Envelope labels: one per personal letter, and one per unit letter (opt.unitId: that unit's).
Paper labels(const PaperData &data, const PaperOptions &opt);
// The results report after the day, from the check-ins, the questions and the budget.
Paper resultsReport(const PaperData &data, const PaperOptions &opt);
// The budget estimate of both plans (one table when every line is for both).
Paper budgetEstimate(const PaperData &data, const PaperOptions &opt);

} // namespace dd::documents::papers
