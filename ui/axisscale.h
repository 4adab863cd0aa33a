// Round-number value axes that always fit their labels: at most a given number of ticks, enough decimals.
#pragma once

class QValueAxis;

namespace md::ui {

struct AxisScale
{
    double min = 0.0;
    double max = 1.0;
    int tickCount = 2;
    double step = 1.0;
    int decimals = 0;  // what a label needs to tell the ticks apart (1 for a step of 2.5, 0 for 50)
};

// A range covering [low, high] on multiples of a round step (1, 2, 2.5 or 5 × 10^n) with at most maxTicks
// ticks. QValueAxis::applyNiceNumbers() may pick more ticks than a small chart has room for, and Qt Charts
// then draws every label as "..."; this never does.
AxisScale niceScale(double low, double high, int maxTicks = 5);

// Sets the axis to niceScale(low, high, maxTicks) with a label format of that many decimals.
void applyNiceScale(QValueAxis *axis, double low, double high, int maxTicks = 5);

} // namespace md::ui
