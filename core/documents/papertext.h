#pragma once

#include "documents/paperdata.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

// The fixed Vietnamese wording and number formats of the printed papers.
namespace dd::documents::papertext {

// "ngày 20 tháng 9 năm 2021"; Decree 30: days 1–9 and months 1–2 take a leading zero
// ("ngày 05 tháng 02 năm 2021"). A null date leaves blanks to fill by hand.
QString dateWords(const QDate &date, int fallbackYear = 0);
// "Tây Ninh, ngày 20 tháng 9 năm 2021"
QString placeAndDate(const QString &place, const QDate &date, int fallbackYear = 0);
// "15/10/2021" (dd/MM/yyyy)
QString shortDate(const QDate &date);
// "Thứ Sáu", "Chủ nhật"
QString weekday(const QDate &date);
// The numbering symbol of a kind of paper: the settings' symbol, or the usual default.
QString numberingSymbol(const DocumentSettings &settings, PaperKind kind);
// "Số: 12-GM/TĐTN-VP", "Số: 01-GM/TĐTN-VP" (Decree 30: below 10 with a leading zero), or
// "Số:       -GM/TĐTN-VP" when number is 0.
QString numberLine(int number, const QString &symbol);
// I, II, III, IV, ...
QString roman(int n);
// "Thời gian" text: "08 giờ 00, ngày 15/10/2021 (Thứ Sáu)", "ngày 15/10/2021",
// or "Dự kiến trong tháng 10 năm 2021".
QString eventTime(const Event &event, const Plan *plan);
// "Sảnh ...", or for an online plan "Phòng họp Tỉnh đoàn; đồng thời phát trực tiếp
// (livestream) trên Fanpage Tỉnh đoàn Tây Ninh, địa chỉ: …"
QString venue(const PaperData &data, const Plan *plan);
// "trực tiếp" / "trực tuyến": how a plan of the kind is held.
QString planForm(PlanKind kind);
// "Phương án 2: trực tuyến", with the number the event gives its plan of that kind (the
// plan's own number, not the sample's).
QString planWords(const PaperData &data, PlanKind kind);
// "Ban Thường vụ Tỉnh đoàn" from "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" (the organiser otherwise; with
// "KT. BÍ THƯ" and no organiser, "Ban Thường vụ Tỉnh đoàn" too).
QString issuingBodyName(const PaperData &data);
// "- X;" lines of Nơi nhận, the last one "- Lưu ...".
QStringList recipientLines(const QStringList &recipients);
// The settings' recipients without a line naming the signer: a paper is not sent to the one
// who signs it (a list copied from a year when she was a recipient).
QStringList recipientsButSigner(const DocumentSettings &settings);
// A line of dots to write on by hand where the event has nothing yet.
QString blankLine();
// Strips a leading "- "/"+ " and trailing ";"/"." so lists can be re-punctuated.
QString bareItem(const QString &line);
// Splits free text into its non-empty lines.
QStringList lines(const QString &text);
// The person's line on an invitation: "Nguyễn Văn An – Bí thư Huyện đoàn, Huyện đoàn X"
QString positionAndUnit(const Attendee &a, const PaperData &data);
// The same with the workplace between them, for a letter to one person: "Bí thư Chi đoàn,
// Công ty TNHH Hưng Thịnh, Thành đoàn thành phố Tây Ninh" (which branch she leads matters).
QString positionWorkplaceAndUnit(const Attendee &a, const PaperData &data);
// "30/8/2021", the way the plan writes a deadline in a sentence; "…/…/2021" to fill in by
// hand when the date is null.
QString dayInSentence(const QDate &date, int fallbackYear);
// The contact line of the settings after "Liên hệ: " (its own "Liên hệ" prefix dropped).
QString contact(const QString &contactLine);
// The page the livestream is on: "Fanpage Tỉnh đoàn Tây Ninh", after the organiser.
QString fanpageName(const PaperData &data);
// How the questions reach the organisers: "qua email: … hoặc trực tiếp đồng chí …, điện
// thoại: …"; empty when the event says nothing.
QString intakeChannels(const Event &event);
// "Abc" → "abc" for the middle of a sentence (an acronym such as "BCH" stays).
QString lowerFirst(const QString &s);

} // namespace dd::documents::papertext
