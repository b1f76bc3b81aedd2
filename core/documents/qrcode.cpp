#include "documents/qrcode.h"

#include <QPainter>

#include <qrencode.h>

namespace dd::documents {

std::optional<QrCode> QrCode::encode(const QByteArray &data)
{
    if (data.isEmpty())
        return std::nullopt;
    // 8-bit mode: the bytes as they are (the codes are ASCII; a scanner types them back).
    QRcode *qr = QRcode_encodeData(int(data.size()),
                                   reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                   QR_ECLEVEL_M);
    if (!qr)
        return std::nullopt;
    QrCode code;
    code.m_size = qr->width;
    code.m_modules.resize(qsizetype(qr->width) * qr->width);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0; // bit 0: dark module
    QRcode_free(qr);
    return code;
}

QImage QrCode::image(int scale) const
{
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage img(side, side, QImage::Format_Mono);
    img.setColor(0, qRgb(255, 255, 255));
    img.setColor(1, qRgb(0, 0, 0));
    img.fill(0);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        img.setPixel((x + kQuietZone) * scale + dx, (y + kQuietZone) * scale + dy,
                                     1);
    return img;
}

void QrCode::draw(QPainter &p, const QRectF &square) const
{
    const qreal module = square.width() / (m_size + 2 * kQuietZone);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int r = 0; r < m_size; ++r) {
        for (int c = 0; c < m_size;) {
            if (!dark(c, r)) {
                ++c;
                continue;
            }
            int end = c;
            while (end < m_size && dark(end, r))
                ++end;
            p.drawRect(QRectF(square.x() + (c + kQuietZone) * module,
                              square.y() + (r + kQuietZone) * module, (end - c) * module, module));
            c = end;
        }
    }
    p.restore();
}

} // namespace dd::documents
