#pragma once

#include <QDialog>

class QComboBox;

namespace dd {

// The user's preferences: the language of the window (Vietnamese by default).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace dd
