#pragma once

#include "documents/paper.h"
#include "util/result.h"

class QPagedPaintDevice;
class QPainter;

namespace dd::documents {

// Places the cards of a CardSheet on A4 sheets: badges 2×4 (90×65 mm) with cut marks in the
// margins; place cards one to an A4 landscape sheet folded along its middle, the upper face
// upside down so that it reads right once folded; labels on a 2×7 label sheet (99.1×38.1 mm,
// the common L7163 layout).
class CardLayout
{
public:
    // Returns the number of pages.
    static Result<int> render(const CardSheet &sheet, QPagedPaintDevice &device);

    // The cards on one sheet of the kind.
    static int perPage(CardSheet::Kind kind);

private:
    CardLayout(QPainter &painter, qreal dpi);
    qreal mm(qreal v) const { return v * m_dpi / 25.4; }
    QFont font(qreal pointSize, bool bold, bool italic = false) const;
    // The largest size up to `preferred` (down to `smallest`) at which `text` fits `width`.
    qreal fitting(const QString &text, qreal preferred, qreal smallest, bool bold,
                  qreal width) const;
    // Draws `text` wrapped in the rectangle, centred; returns the height used.
    qreal text(const QRectF &box, const QString &text, qreal pointSize, bool bold,
               bool italic = false, Qt::Alignment align = Qt::AlignHCenter);

    void badge(const Card &card, const QRectF &box);
    void cutMarks();
    void placeCard(const Card &card);
    void label(const Card &card, const QRectF &box);
    void qr(const QString &code, const QRectF &box);

    QPainter &m_p;
    qreal m_dpi;
    QString m_family;
};

} // namespace dd::documents
