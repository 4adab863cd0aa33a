// Nice axis scales: the smallest round step that keeps the ticks within the limit.
#include "ui/axisscale.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace md::ui {

AxisScale niceScale(double low, double high, int maxTicks)
{
    maxTicks = std::max(maxTicks, 2);
    if (!std::isfinite(low) || !std::isfinite(high))
        return {};
    if (low > high)
        std::swap(low, high);
    if (high - low <= 0.0) {
        const double pad = std::max(std::abs(high) * 0.01, 1.0);
        low -= pad;
        high += pad;
    }
    const double rough = (high - low) / (maxTicks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    static const double multiples[] = {1.0, 2.0, 2.5, 5.0};
    for (int round = 0; round < 4; ++round, magnitude *= 10.0) {
        for (double m : multiples) {
            const double step = m * magnitude;
            const double min = std::floor(low / step + 1e-9) * step;
            const double max = std::ceil(high / step - 1e-9) * step;
            const int ticks = int(std::lround((max - min) / step)) + 1;
            if (ticks > maxTicks)
                continue;
            AxisScale scale;
            scale.min = min;
            scale.max = max;
            scale.step = step;
            scale.tickCount = std::max(ticks, 2);
            if (ticks < 2)
                scale.max = min + step;
            // Decimals until the step is a whole number of the last digit shown.
            while (scale.decimals < 6) {
                const double scaled = step * std::pow(10.0, scale.decimals);
                if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
                    break;
                ++scale.decimals;
            }
            return scale;
        }
    }
    return AxisScale{low, high, 2, high - low, 2};
}

void applyNiceScale(QValueAxis *axis, double low, double high, int maxTicks)
{
    const AxisScale scale = niceScale(low, high, maxTicks);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(scale.min, scale.max);
    axis->setTickCount(scale.tickCount);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
}

} // namespace md::ui
