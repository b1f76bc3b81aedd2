#pragma once

// The hand-made data of the layout tests: an event shaped like the 2021 sample (the shipped
// sample itself is tested in tests/core/papers), and the helpers that read a PDF back.
#include "documents/paperrenderer.h"

#include "support/testsupport.h"

#include <QTemporaryDir>

namespace paperfixture {

using dd::Attendee;
using dd::EventUnit;
using dd::PaperKind;
using dd::Unit;
using dd::UnitKind;
using dd::UnitRole;
using dd::documents::PaperData;
using dd::documents::PaperOptions;

inline constexpr qint64 kTinhDoan = 1, kBtckt = 2, kTuyenGiao = 3, kVanPhong = 4;
inline constexpr qint64 kDuongMinhChau = 10, kHoaThanh = 11, kThanhPho = 12;
inline constexpr qint64 kTanBien = 13, kTanChau = 14, kChauThanh = 15, kBenCau = 16, kGoDau = 17,
                        kTrangBang = 18, kDoanKhoi = 19;
inline constexpr qint64 kDanVan = 30, kTuyenGiaoTU = 31, kMatTran = 32, kNoiVu = 33,
                        kCuuChienBinh = 34, kNongDan = 35, kPhuNu = 36;
inline constexpr qint64 kOrderUnit = 50;

Unit unit(qint64 id, const QString &name, UnitKind kind);
EventUnit eventUnit(qint64 unitId, UnitRole role, int quota = -1, const QString &note = {});
// The event of the layout tests: plans, units, topics, programme, tasks, nine questions
// (one answered, one merged, one withdrawn), dated 20/9/2021 with the number 12.
PaperData sampleData();
Attendee person(qint64 id, qint64 unitId, const QString &family, const QString &middle,
                const QString &given);
// n generated delegates spread over the host and participating units; the i-th has id i+1.
QList<Attendee> generatedPeople(int n);

QString runTool(const QString &tool, const QStringList &args);

// A word of a PDF where pdftotext -bbox puts it (points from the page's top left corner).
struct PdfWord
{
    QString text;
    int page; // 1-based
    qreal left, top, right, bottom;
    qreal centreX() const { return (left + right) / 2; }
    qreal centreY() const { return (top + bottom) / 2; }
};
// Every word of the PDF, page after page, in pdftotext's reading order.
QList<PdfWord> pdfWords(const QString &pdf);
// The text of page `page` (1-based), laid out.
QString pageText(const QString &pdf, int page);
// Whitespace runs (justification, layout columns) collapsed to one space.
QString flat(const QString &s);
int occurrences(const QString &text, const QString &word);

struct Written
{
    QString path;
    QString text; // flattened
    int pages = 0;
};

// The text of each page, whitespace collapsed.
QStringList pagesOf(const Written &w);

Written writePdf(const QTemporaryDir &dir, const QString &name, PaperKind kind,
                 const PaperData &data, const PaperOptions &opt = {});
void checkFormat(const Written &w);
// The header of guide 29 with the number and the date of sampleData().
void checkHeader(const QString &text, const QString &number);
void checkSigner(const QString &text);

} // namespace paperfixture
