#include "dialogs/preferencesdialog.h"

#include "util/language.h"

#include "serverdesk.h"

#include "dialogs/dialogbuttons.h"
#include "dialogs/mailsettingspage.h"
#include "widgets/screenfit.h"
#include <QComboBox>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    // Made first so that Tab starts on its tab bar, above the fields, as the eye reads.
    m_tabs = named(new QTabWidget(this), "preferencesTabs");
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current
        = QSettings().value(QStringLiteral("language"), defaultLanguage()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    m_deskName = named(new QLineEdit(ServerDesk::deskName(), this), "deskNameEdit");
    m_deskName->setToolTip(tr("Shown to the other desks on a shared server, and recorded with "
                              "each check-in made here (e.g. “Bàn 1”, “Cửa chính”)."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language of the window:"), m_language);
    form->addRow(tr("&Desk name:"), m_deskName);
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(new QLabel(tr("Printed papers are always in Vietnamese."), general));
    generalLayout->addStretch(1);
    m_mail = new MailSettingsPage(this);
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(m_mail, tr("E-mail"));
    m_error = named(new QLabel(this), "preferencesError");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = makeDialogButtons(this, tr("Save"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(860, 460));
}

void PreferencesDialog::showMailPage()
{
    m_tabs->setCurrentWidget(m_mail);
}

void PreferencesDialog::accept()
{
    if (Status saved = m_mail->save(); !saved) {
        // The settings are written; the password is not: say so and stay open.
        m_tabs->setCurrentWidget(m_mail);
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    ServerDesk::setDeskName(m_deskName->text());
    const QString language = m_language->currentData().toString();
    QSettings settings;
    if (settings.value(QStringLiteral("language"), defaultLanguage()).toString() != language) {
        settings.setValue(QStringLiteral("language"), language);
        installLanguage(language); // the window is rebuilt in it at once
        m_languageChanged = true;
    }
    QDialog::accept();
}

} // namespace dd
