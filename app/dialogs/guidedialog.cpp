#include "dialogs/guidedialog.h"

#include "dialogs/dialogbuttons.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dd {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("User guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    // The language of the window: the translation names its guide.
    const QString language = tr("en",
                                "the folder of the user guide: vi in the Vietnamese "
                                "translation");
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/%1/index.html").arg(language)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(820, 560));
}

void GuideDialog::show(QWidget *parent)
{
    static QPointer<GuideDialog> open;
    if (!open) {
        open = new GuideDialog(parent);
        open->setAttribute(Qt::WA_DeleteOnClose);
    }
    open->QDialog::show();
    open->raise();
    open->activateWindow();
}

} // namespace dd
