#include "sectionstatusicon.h"

#include "articlestructure.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace SectionStatusIcon {

QColor color(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Draft:
        return QColor(0x75, 0x75, 0x75);
    case SectionStatus::Review:
        return QColor(0x1e, 0x88, 0xe5);
    case SectionStatus::ChangesRequested:
        return QColor(0xef, 0x6c, 0x00);
    case SectionStatus::Approved:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return Qt::gray;
}

QPixmap icon(SectionStatus status)
{
    static QHash<int, QPixmap> cache;
    if (const auto found = cache.constFind(int(status)); found != cache.cend())
        return *found;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = color(status);
    const QRectF circle(1.5, 1.5, 13, 13);
    if (status == SectionStatus::Draft) {
        painter.setPen(QPen(colour, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(circle);
        QPen mark(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(mark);
        painter.setBrush(Qt::NoBrush);
        if (status == SectionStatus::Approved) {
            QPainterPath check;
            check.moveTo(4.6, 8.2);
            check.lineTo(7.0, 10.5);
            check.lineTo(11.4, 5.6);
            painter.drawPath(check);
        } else if (status == SectionStatus::ChangesRequested) {
            painter.drawLine(QPointF(8, 4.5), QPointF(8, 8.8));
            painter.drawPoint(QPointF(8, 11.4));
        } else {
            // In review: an eye-like ring.
            painter.setBrush(Qt::white);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPointF(8, 8), 3, 3);
            painter.setBrush(colour);
            painter.drawEllipse(QPointF(8, 8), 1.4, 1.4);
        }
    }
    painter.end();
    cache.insert(int(status), pixmap);
    return pixmap;
}

QString description(const Section &section)
{
    QStringList parts = {SectionStatuses::displayName(SectionStatuses::of(section))};
    const QString by = section.attributes.value(QStringLiteral("by"));
    const QString date = section.attributes.value(QStringLiteral("date"));
    if (!by.isEmpty())
        parts.append(by);
    if (!date.isEmpty())
        parts.append(date);
    return parts.join(QStringLiteral(" · "));
}

} // namespace SectionStatusIcon
