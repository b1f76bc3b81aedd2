#pragma once

#include "documents/paper.h"
#include "documents/paperdata.h"

#include <QString>
#include <QStringList>

// The parts every paper shares, in the format of Decree 30/2020 and guide 29-HD/TWĐTN-VP.
namespace dd::documents::parts {

// Body text: 14 pt, justified, first line indented 10 mm, 6 pt after.
TextStyle body();
// A body paragraph without first-line indent ("- ..." items carry their own dash).
TextStyle item();
// A bold heading in the body ("I. MỤC ĐÍCH, YÊU CẦU"), kept with what follows.
TextStyle heading();
// A centred line of the body ("Kính gửi: …", a name on a letter).
TextStyle centred();

// The header: the settings' issuing body (a second line only when set), "***", the paper's
// number; the union's name and the place and signing date (data.issueDate; blank with the
// event's year when there is none). `subject` is the "V/v …" of a letter to an agency.
Letterhead letterhead(const PaperData &data, PaperKind kind, const QString &subject = {});
// The signer of the settings, with "Nơi nhận" when recipients are given.
Signature signature(const PaperData &data, const QStringList &recipients = {});
// "Nơi nhận" of a letter to the addressees named in it: "- Như trên;" and the settings'
// archive line ("- Lưu VP.").
QStringList letterRecipients(const PaperData &data);
// "Nơi nhận" of a report: the agencies concerned and the archive line.
QStringList reportRecipients(const PaperData &data);
// The event's year: of its date, else the planned year, else this year.
int eventYear(const Event &event);

// "Hội nghị gặp gỡ, đối thoại ..." from the event title.
QString meetingName(const Event &event);
// The same with a lower-case first letter, for the middle of a sentence.
QString meetingInSentence(const Event &event);

} // namespace dd::documents::parts
