#include "pages/welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{ }

WelcomePage::WelcomePage(bool readOnly, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    QPushButton *sample = addButton(
        tr("Open the 2021 sample event"),
        tr("A finished example: people, questions, programme and plans."), "sampleButton");
    QPushButton *create = addButton(tr("Create a new event…"),
                                    tr("An empty event, or one with the settings of "
                                       "another event."),
                                    "newEventButton");
    QPushButton *open = addButton(tr("Open a data file…"), tr("A .sqlite file kept elsewhere."),
                                  "openFileButton");
    sample->setEnabled(!readOnly);
    create->setEnabled(!readOnly);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newEventRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    // Open read-only, the file cannot take an event: say so, rather than leave two buttons
    // greyed out without a reason.
    build(tr("Welcome to DialogueDesk"),
          readOnly ? tr("This data file holds no event yet, and it is open read-only, so none "
                        "can be created in it. Open another data file, or create a new one "
                        "with File ▸ New data file.")
                   : tr("This data file holds no event yet. Look around in the sample "
                        "(the 2021 dialogue of the Tây Ninh Youth Union, which you may "
                        "change or delete), create your own event, or open another "
                        "data file."),
          { sample, create, open });
}

WelcomePage *WelcomePage::noFile(const QString &why, QWidget *parent)
{
    auto *page = new WelcomePage(parent);
    page->setObjectName(QStringLiteral("noFilePage"));
    QPushButton *open = page->addButton(tr("Open a data file…"),
                                        tr("A .sqlite file kept elsewhere."), "openFileButton");
    QPushButton *create = page->addButton(
        tr("New data file…"), tr("An empty data file; the sample event is offered in it."),
        "newFileButton");
    connect(open, &QPushButton::clicked, page, &WelcomePage::openFileRequested);
    connect(create, &QPushButton::clicked, page, &WelcomePage::newFileRequested);
    page->build(tr("No data file is open"),
                why.isEmpty() ? tr("Open a data file kept elsewhere, or create a new one.") : why,
                { open, create });
    return page;
}

QPushButton *WelcomePage::addButton(const QString &label, const QString &detail, const char *name)
{
    auto *b = new QPushButton(label, this);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(detail);
    b->setMinimumHeight(44);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    b->setFont(f);
    return b;
}

void WelcomePage::build(const QString &title, const QString &text,
                        const QList<QPushButton *> &buttons)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("welcomeTitle"));
    auto *words = new QLabel(text, this);
    words->setObjectName(QStringLiteral("welcomeText"));
    words->setTextFormat(Qt::PlainText);
    words->setWordWrap(true);
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(heading);
    inner->addWidget(words);
    inner->addSpacing(12);
    for (QPushButton *b : buttons)
        inner->addWidget(b);
    // Centred at most 560 px wide, and as tall as its wrapped words need at that width (an
    // aligned item would be given the height of a guess at its width, cutting a long reason).
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace dd
