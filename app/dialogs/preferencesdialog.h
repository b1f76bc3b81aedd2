#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace dd {

// The user's preferences: the language of the window (Vietnamese by default) and the name this
// desk shows the others on a shared server.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;
    // The language was changed and installed: the window rebuilds itself in it.
    bool languageChanged() const { return m_languageChanged; }

private:
    QComboBox *m_language;
    QLineEdit *m_deskName;
    bool m_languageChanged = false;
};

} // namespace dd
