#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace dd {

class MailSettingsPage;

// The user's preferences: the language of the window (Vietnamese by default), the name this
// desk shows the others on a shared server, and the event's mail account (its own page).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;
    // The language was changed and installed: the window rebuilds itself in it.
    bool languageChanged() const { return m_languageChanged; }
    // Opens on the e-mail page.
    void showMailPage();

private:
    QComboBox *m_language;
    QLineEdit *m_deskName;
    QTabWidget *m_tabs;
    MailSettingsPage *m_mail;
    QLabel *m_error;
    bool m_languageChanged = false;
};

} // namespace dd
