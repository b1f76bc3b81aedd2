#pragma once

#include "documents/pagewriter.h"
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

// The two-column header: issuing body, "***" and number on the left; "ĐOÀN TNCS HỒ CHÍ
// MINH" (underlined) and the place and date on the right.
void letterhead(PageWriter &w, const PaperData &data, PaperKind kind);
// The name of the paper, bold capitals, with an optional bold subtitle and a short rule.
void title(PageWriter &w, const QString &name, const QString &subtitle = {}, bool rule = false);
// The signature block on the right; "Nơi nhận" on the left when recipients is not empty.
void signature(PageWriter &w, const PaperData &data, const QStringList &recipients = {});
// "Nơi nhận" of a letter to the addressees named in it: "- Như trên;" and the settings'
// archive line ("- Lưu VP.").
QStringList letterRecipients(const PaperData &data);

// "Hội nghị gặp gỡ, đối thoại ..." from the event title.
QString meetingName(const Event &event);

} // namespace dd::documents::parts
