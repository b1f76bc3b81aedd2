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
    // The language was changed and installed: the window rebuilds itself in it.
    bool languageChanged() const { return m_languageChanged; }

private:
    QComboBox *m_language;
    bool m_languageChanged = false;
};

} // namespace dd
