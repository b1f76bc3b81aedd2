#pragma once

#include <QCheckBox>

namespace dd {

// "Include the hidden rows": the one check box of the import dialogs (people and questions)
// that brings in all the rows a file hides, which are left out otherwise.
class HiddenRowsCheck : public QCheckBox
{
    Q_OBJECT
public:
    explicit HiddenRowsCheck(QWidget *parent = nullptr);
};

} // namespace dd
