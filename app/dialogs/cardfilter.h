#pragma once

#include "documents/paperdata.h"
#include "domain/documentsettings.h"

#include <QWidget>

#include <optional>

class QComboBox;

namespace dd {

// The print dialog's role filter for badges, place cards and labels (the unit is the dialog's
// own Unit field), as `print badges --role` has: the five bands of the badge (CHỦ TRÌ takes
// the chair and the co-chairs).
class CardFilter : public QWidget
{
    Q_OBJECT
public:
    explicit CardFilter(QWidget *parent = nullptr);

    std::optional<AttendeeRole> role() const;
    void setRole(std::optional<AttendeeRole> role);

    // What will come out with these choices, said before printing: "12 badges on 2 sheets."
    static QString summary(PaperKind kind, const documents::PaperData &data,
                           const documents::PaperOptions &options);

signals:
    void changed();

private:
    QComboBox *m_role;
};

} // namespace dd
