#include "dialogs/documentsettingsdialog.h"

#include "edit/commands.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

namespace {
bool sameSettings(const DocumentSettings &a, const DocumentSettings &b)
{
    if (a.issuingBodyLine1 != b.issuingBodyLine1 || a.issuingBodyLine2 != b.issuingBodyLine2
        || a.partyLine != b.partyLine || a.placeName != b.placeName
        || a.signerCapacity != b.signerCapacity || a.signerTitle != b.signerTitle
        || a.signerName != b.signerName || a.preparerName != b.preparerName
        || a.recipients != b.recipients || a.contactLine != b.contactLine
        || a.whatToBring != b.whatToBring)
        return false;
    for (PaperKind k : kAllPaperKinds) {
        const PaperNumbering x = a.numbering.value(k);
        const PaperNumbering y = b.numbering.value(k);
        if (x.symbol != y.symbol || x.nextNumber != y.nextNumber)
            return false;
    }
    return true;
}
} // namespace

DocumentSettingsDialog::DocumentSettingsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_before(session->events().documentSettings(session->eventId()))
{
    setObjectName(QStringLiteral("documentSettingsDialog"));
    setWindowTitle(tr("Paper settings"));

    m_body1 = lineEdit(m_before.issuingBodyLine1, "issuingBody1Edit");
    m_body2 = lineEdit(m_before.issuingBodyLine2, "issuingBody2Edit");
    m_party = lineEdit(m_before.partyLine, "partyLineEdit");
    m_place = lineEdit(m_before.placeName, "placeEdit");
    m_capacity = lineEdit(m_before.signerCapacity, "signerCapacityEdit");
    m_title = lineEdit(m_before.signerTitle, "signerTitleEdit");
    m_name = lineEdit(m_before.signerName, "signerNameEdit");
    m_preparer = lineEdit(m_before.preparerName, "preparerNameEdit");
    m_preparer->setPlaceholderText(tr("empty: left blank, signed by hand"));
    m_preparer->setToolTip(tr("Printed under \"Người lập\" on the budget estimate"));
    m_contact = lineEdit(m_before.contactLine, "contactLineEdit");
    m_bring = lineEdit(m_before.whatToBring, "whatToBringEdit");
    m_recipients = new QPlainTextEdit(m_before.recipients.join(QLatin1Char('\n')), this);
    m_recipients->setObjectName(QStringLiteral("recipientsEdit"));
    m_recipients->setTabChangesFocus(true);

    auto *header = new QGroupBox(tr("Letterhead"), this);
    auto *headerForm = new QFormLayout(header);
    headerForm->addRow(tr("Issuing &body:"), m_body1);
    headerForm->addRow(tr("&Committee:"), m_body2);
    headerForm->addRow(tr("&Union line (right):"), m_party);
    headerForm->addRow(tr("&Place (before the date):"), m_place);

    auto *signature = new QGroupBox(tr("Signature"), this);
    auto *signatureForm = new QFormLayout(signature);
    signatureForm->addRow(tr("&On behalf of:"), m_capacity);
    signatureForm->addRow(tr("&Title:"), m_title);
    signatureForm->addRow(tr("Signer's &name:"), m_name);

    // The budget estimate's first signature, under the numbers (where the dialog has room).
    auto *budget = new QGroupBox(tr("Budget estimate"), this);
    auto *budgetForm = new QFormLayout(budget);
    budgetForm->addRow(tr("Prepar&ed by:"), m_preparer);

    auto *letters = new QGroupBox(tr("Invitation letters"), this);
    auto *lettersForm = new QFormLayout(letters);
    lettersForm->addRow(tr("Cont&act:"), m_contact);
    lettersForm->addRow(tr("What to b&ring:"), m_bring);

    auto *recipients = new QGroupBox(tr("Recipients (\"Nơi nhận\"), one per line"), this);
    auto *recipientsLayout = new QVBoxLayout(recipients);
    recipientsLayout->addWidget(m_recipients);

    auto *numbers = new QGroupBox(tr("Numbers"), this);
    auto *grid = new QGridLayout(numbers);
    grid->addWidget(new QLabel(tr("Paper"), numbers), 0, 0);
    grid->addWidget(new QLabel(tr("Symbol"), numbers), 0, 1);
    grid->addWidget(new QLabel(tr("Next number"), numbers), 0, 2);
    int row = 1;
    QWidget *lastNumber = nullptr;
    for (PaperKind k : kAllPaperKinds) {
        if (!paperCarriesNumber(k))
            continue;
        const PaperNumbering n = m_before.numbering.value(k);
        Numbering f;
        f.symbol = lineEdit(n.symbol, "");
        f.symbol->setObjectName(QStringLiteral("symbolEdit_") + paperKindKey(k));
        f.symbol->setPlaceholderText(QStringLiteral("GM/TĐTN-VP"));
        f.next = new QSpinBox(numbers);
        f.next->setObjectName(QStringLiteral("nextNumberSpin_") + paperKindKey(k));
        f.next->setRange(1, 99999);
        f.next->setValue(qMax(1, n.nextNumber));
        auto *label = new QLabel(paperKindLabel(k), numbers);
        label->setBuddy(f.symbol);
        grid->addWidget(label, row, 0);
        grid->addWidget(f.symbol, row, 1);
        grid->addWidget(f.next, row, 2);
        m_numbering.insert(k, f);
        lastNumber = f.next;
        ++row;
    }
    // "Prepared by" sits under the numbering, at the bottom right: Tab reaches it last, not
    // between the signer and the invitation's contact (it is made with the other fields).
    if (lastNumber)
        setTabOrder(lastNumber, m_preparer);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);

    // The three forms line up as one: their labels share the widest label's width.
    int labelWidth = 0;
    for (QFormLayout *form : { headerForm, signatureForm, lettersForm })
        for (int r = 0; r < form->rowCount(); ++r)
            if (QWidget *l = form->itemAt(r, QFormLayout::LabelRole)->widget())
                labelWidth = qMax(labelWidth, l->sizeHint().width());
    for (QFormLayout *form : { headerForm, signatureForm, lettersForm })
        for (int r = 0; r < form->rowCount(); ++r)
            if (QWidget *l = form->itemAt(r, QFormLayout::LabelRole)->widget())
                l->setMinimumWidth(labelWidth);

    auto *left = new QVBoxLayout;
    left->addWidget(header);
    left->addWidget(signature);
    left->addWidget(letters);
    left->addWidget(recipients, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(numbers);
    right->addWidget(budget);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_session->isReadOnly()) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setToolTip(tr("The data file is open read-only."));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1040, sizeHint().height()));
}

QLineEdit *DocumentSettingsDialog::lineEdit(const QString &text, const char *name)
{
    auto *e = new QLineEdit(text, this);
    e->setObjectName(QLatin1String(name));
    e->setMinimumWidth(160);
    e->setCursorPosition(0); // long lines show their beginning
    return e;
}

DocumentSettings DocumentSettingsDialog::settings() const
{
    DocumentSettings s = m_before;
    s.eventId = m_session->eventId();
    s.issuingBodyLine1 = m_body1->text().trimmed();
    s.issuingBodyLine2 = m_body2->text().trimmed();
    s.partyLine = m_party->text().trimmed();
    s.placeName = m_place->text().trimmed();
    s.signerCapacity = m_capacity->text().trimmed();
    s.signerTitle = m_title->text().trimmed();
    s.signerName = m_name->text().trimmed();
    s.preparerName = m_preparer->text().trimmed();
    s.contactLine = m_contact->text().trimmed();
    s.whatToBring = m_bring->text().trimmed();
    s.recipients.clear();
    for (const QString &line : m_recipients->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            s.recipients << t;
    }
    // The signing dates are the print dialog's; they stay as they are.
    for (auto it = m_numbering.cbegin(); it != m_numbering.cend(); ++it) {
        PaperNumbering &n = s.numbering[it.key()];
        n.symbol = it->symbol->text().trimmed();
        n.nextNumber = it->next->value();
    }
    return s;
}

void DocumentSettingsDialog::accept()
{
    const DocumentSettings after = settings();
    if (after.issuingBodyLine1.isEmpty() || after.partyLine.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The issuing body and the union line head every paper: fill "
                                "them in."));
        (after.issuingBodyLine1.isEmpty() ? m_body1 : m_party)->setFocus();
        return;
    }
    if (!sameSettings(after, m_before)
        && !m_session->push(commands::editDocumentSettings(m_session, m_before, after))) {
        QMessageBox::warning(this, windowTitle(), m_session->lastError());
        return;
    }
    QDialog::accept();
}

} // namespace dd
