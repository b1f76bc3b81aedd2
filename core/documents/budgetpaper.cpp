// The budget estimate (dự trù kinh phí): a table per plan with STT, Nội dung, ĐVT, Số lượng,
// Đơn giá, Thành tiền (and Ghi chú when a line has a note), the total in words, and the
// signatures of the one who drew it up and the signer.
#include "documents/paperparts.h"
#include "documents/papers.h"
#include "documents/papertext.h"
#include "text/numberwords.h"

namespace dd::documents::papers {

namespace {

QString money(qint64 amount)
{
    return text::groupedNumber(amount);
}

// The lines of the plan in their sections, in the order the sections first appear.
Table budgetTable(const QList<BudgetItem> &items, PlanKind kind)
{
    bool noted = false;
    for (const BudgetItem &b : items)
        noted = noted || (b.appliesTo(kind) && !b.note.trimmed().isEmpty());

    Table table;
    table.bodyPt = 12;
    const auto column = [&](qreal width, Qt::Alignment align, const QString &name) {
        table.header << TableHeaderCell { name, 0, int(table.columns.size()) };
        table.columns << TableColumn { width, align };
    };
    constexpr qreal kNumberMm = 11, kMeasureMm = 15, kQuantityMm = 16, kPriceMm = 24,
                    kAmountMm = 27, kNoteMm = 22;
    const qreal contentMm = PageWriter::kPageWidth - PageWriter::kMarginLeft
        - PageWriter::kMarginRight - kNumberMm - kMeasureMm - kQuantityMm - kPriceMm - kAmountMm
        - (noted ? kNoteMm : 0);
    column(kNumberMm, Qt::AlignHCenter, QStringLiteral("STT"));
    column(contentMm, Qt::AlignLeft, QStringLiteral("Nội dung"));
    column(kMeasureMm, Qt::AlignHCenter, QStringLiteral("ĐVT"));
    column(kQuantityMm, Qt::AlignRight, QStringLiteral("Số lượng"));
    column(kPriceMm, Qt::AlignRight, QStringLiteral("Đơn giá"));
    column(kAmountMm, Qt::AlignRight, QStringLiteral("Thành tiền"));
    if (noted)
        column(kNoteMm, Qt::AlignLeft, QStringLiteral("Ghi chú"));

    QStringList sections;
    for (const BudgetItem &b : items)
        if (b.appliesTo(kind) && !sections.contains(b.section.trimmed()))
            sections << b.section.trimmed();
    // Lines without a section come last, under "Chi khác" when there are sections.
    if (sections.removeAll(QString()) > 0)
        sections << QString();
    const bool headed = sections.size() > 1 || !sections.value(0).isEmpty();

    int sectionNumber = 0;
    for (const QString &section : std::as_const(sections)) {
        qint64 subtotal = 0;
        QList<TableRow> lines;
        int stt = 0;
        for (const BudgetItem &b : items) {
            if (!b.appliesTo(kind) || b.section.trimmed() != section)
                continue;
            subtotal += b.amount();
            TableRow row;
            row.cells << QString::number(++stt) << b.content << b.measure
                      << text::thousandthsText(b.quantityMilli) << money(b.unitPrice)
                      << money(b.amount());
            if (noted)
                row.cells << b.note;
            lines << row;
        }
        if (headed) {
            TableRow head;
            head.bold = true;
            head.keepWithNext = true;
            head.cells << papertext::roman(++sectionNumber)
                       << (section.isEmpty() ? QStringLiteral("Chi khác") : section) << QString()
                       << QString() << QString() << money(subtotal);
            table.rows << head;
        }
        table.rows << lines;
    }
    TableRow total;
    total.bold = true;
    total.cells << QString() << QStringLiteral("TỔNG CỘNG") << QString() << QString() << QString()
                << money(budgetTotal(items, kind));
    table.rows << total;
    return table;
}

} // namespace

Paper budgetEstimate(const PaperData &data, const PaperOptions &)
{
    PaperDocument doc;
    doc.add(parts::letterhead(data, PaperKind::Budget));
    doc.add(Title { QStringLiteral("DỰ TRÙ KINH PHÍ"),
                    QStringLiteral("Tổ chức ") + parts::meetingInSentence(data.event), true });

    // Both estimates when some line is for one plan only, each with its own total; the plan
    // in use first.
    QList<PlanKind> kinds { data.event.activePlan };
    if (budgetDiffersByPlan(data.budget))
        kinds << (data.event.activePlan == PlanKind::InPerson ? PlanKind::Online
                                                              : PlanKind::InPerson);
    TextStyle words = parts::body();
    words.emphasis = Italic;
    words.firstIndentMm = 0;
    words.spaceBeforePt = 4;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const PlanKind kind = kinds.at(i);
        Table table = budgetTable(data.budget, kind);
        if (kinds.size() > 1) {
            const QString heading = papertext::roman(int(i) + 1) + QStringLiteral(". ")
                + papertext::planWords(data, kind).toUpper();
            doc.paragraph(RichText(heading, Bold), parts::heading());
            // A table that goes on to the next page says which plan's it is.
            table.continued = RichText(heading + QStringLiteral(" (tiếp theo)"), Bold);
        }
        doc.add(table);
        RichText line(QStringLiteral("Bằng chữ: "), Bold | Italic);
        line.add(text::dongWords(budgetTotal(data.budget, kind)) + QLatin1Char('.'), Italic);
        doc.paragraph(line, words);
    }

    Signature signature = parts::signature(data);
    signature.preparedTitle = QStringLiteral("Người lập");
    signature.preparedName = data.settings.preparerName; // empty: signed and named by hand
    doc.add(signature);
    Paper paper;
    paper.documents << doc;
    return paper;
}

} // namespace dd::documents::papers
