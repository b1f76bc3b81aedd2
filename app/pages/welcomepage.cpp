#include "pages/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dd {

WelcomePage::WelcomePage(bool readOnly, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title
        = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to DialogueDesk")), this);
    auto *text = new QLabel(tr("This data file holds no event yet. Look around in the sample "
                               "(the 2021 dialogue of the Tây Ninh Youth Union, which you may "
                               "change or delete), create your own event, or open another "
                               "data file."),
                            this);
    text->setWordWrap(true);
    const auto button = [this](const QString &label, const QString &detail, const char *name) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(detail);
        b->setMinimumHeight(44);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        b->setFont(f);
        return b;
    };
    QPushButton *sample
        = button(tr("Open the 2021 sample event"),
                 tr("A finished example: people, questions, programme and plans."), "sampleButton");
    QPushButton *create = button(tr("Create a new event…"),
                                 tr("An empty event, or one with the settings of "
                                    "another event."),
                                 "newEventButton");
    QPushButton *open
        = button(tr("Open a data file…"), tr("A .sqlite file kept elsewhere."), "openFileButton");
    sample->setEnabled(!readOnly);
    create->setEnabled(!readOnly);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newEventRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);

    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(title);
    inner->addWidget(text);
    inner->addSpacing(12);
    inner->addWidget(sample);
    inner->addWidget(create);
    inner->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace dd
