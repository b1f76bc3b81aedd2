#include "dialogs/cardfilter.h"

#include "documents/cardlayout.h"
#include "documents/paperrenderer.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace dd {

CardFilter::CardFilter(QWidget *parent)
    : QWidget(parent)
{
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("cardRoleCombo"));
    m_role->addItem(tr("Everyone"), -1);
    m_role->addItem(tr("Chair and co-chairs (CHỦ TRÌ)"), int(AttendeeRole::Chair));
    m_role->addItem(tr("Guests (KHÁCH MỜI)"), int(AttendeeRole::Guest));
    m_role->addItem(tr("Delegates (ĐẠI BIỂU)"), int(AttendeeRole::Delegate));
    m_role->addItem(tr("Press (PHÓNG VIÊN)"), int(AttendeeRole::Press));
    m_role->addItem(tr("Organisers (BAN TỔ CHỨC)"), int(AttendeeRole::Staff));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_role, 1);
    connect(m_role, &QComboBox::currentIndexChanged, this, &CardFilter::changed);
}

std::optional<AttendeeRole> CardFilter::role() const
{
    const int r = m_role->currentData().toInt();
    return r < 0 ? std::nullopt : std::optional(AttendeeRole(r));
}

void CardFilter::setRole(std::optional<AttendeeRole> role)
{
    // A co-chair asked for is the CHỦ TRÌ band.
    const int r = !role                  ? -1
        : *role == AttendeeRole::CoChair ? int(AttendeeRole::Chair)
                                         : int(*role);
    m_role->setCurrentIndex(qMax(0, m_role->findData(r)));
}

QString CardFilter::summary(PaperKind kind, const documents::PaperData &data,
                            const documents::PaperOptions &options)
{
    const Result<documents::Paper> paper = documents::buildPaper(kind, data, options);
    if (!paper || !paper->cards)
        return {};
    const int n = int(paper->cards->cards.size());
    const int per = documents::CardLayout::perPage(paper->cards->kind);
    const int sheets = (n + per - 1) / per;
    switch (kind) {
    case PaperKind::Badges:
        return tr("%n badge(s)", nullptr, n) + QLatin1Char(' ')
            + tr("on %n A4 sheet(s), eight to a sheet.", nullptr, sheets);
    case PaperKind::PlaceCards:
        return tr("%n place card(s), one A4 sheet each.", nullptr, n);
    case PaperKind::Labels:
        return tr("%n label(s)", nullptr, n) + QLatin1Char(' ')
            + tr("on %n label sheet(s) of 14.", nullptr, sheets);
    default:
        return {};
    }
}

} // namespace dd
