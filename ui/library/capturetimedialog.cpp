// CaptureTimeDialog: a date-time editor in Pakistan time and a way back to the detected time.
#include "ui/library/capturetimedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace md::ui {

CaptureTimeDialog::CaptureTimeDialog(const LibraryEntry &entry, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Capture Time"));
    const QDateTime shown = entry.capturedAt.toUtc().addSecs(Timestamp::kPakistanOffsetSeconds);
    m_edit = new QDateTimeEdit(QDateTime(shown.date(), shown.time()));
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setCalendarPopup(true);

    auto *detected = new QLabel(entry.detectedCaptureTime.isValid()
                                    ? tr("%1, from the %2").arg(entry.detectedCaptureTime.toIsoString(),
                                                                describeCaptureSource(entry.captureSource))
                                    : tr("none: the page gives no time"));
    detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Captured (Pakistan time):"), m_edit);
    form->addRow(tr("Detected:"), detected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *reset = buttons->addButton(tr("Use Detected Time"), QDialogButtonBox::ResetRole);
    reset->setEnabled(entry.corrected);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_useDetected = true;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Timestamp CaptureTimeDialog::chosenTime() const
{
    if (m_useDetected)
        return {};
    const QDateTime t = m_edit->dateTime();
    return Timestamp::fromWallClock(t.date(), QTime(t.time().hour(), t.time().minute()),
                                    Timestamp::kPakistanOffsetSeconds);
}

} // namespace md::ui
