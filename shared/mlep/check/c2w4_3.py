"""Checks for c2w4_3's exercises: an alias frequency and an honest trailing-window feature (a 7-day mean).

The weather check regenerates the notebook's hourly series (``mlep.data.weather_hourly``, seed 0) and
recomputes the feature with pandas.
"""

from __future__ import annotations

import pandas as pd

from mlep.check import close, exercise
from mlep.data import weather_hourly

TARGET_DAY = pd.Timestamp("2024-03-01")


def _daily_mean() -> pd.Series:
    return weather_hourly().resample("D").mean()


def _window_mean(first: pd.Timestamp, last: pd.Timestamp) -> float:
    return float(_daily_mean().loc[first:last].mean())


def _wrong_week_means() -> list[float]:
    day = pd.Timedelta(days=1)
    return [
        _window_mean(TARGET_DAY - 6 * day, TARGET_DAY),  # includes the day being predicted
        _window_mean(TARGET_DAY - 3 * day, TARGET_DAY + 3 * day),  # centred on the target day
        _window_mean(TARGET_DAY - 7 * day, TARGET_DAY),  # .loc[D - 7 days : D] holds 8 days, D among them
        _window_mean(TARGET_DAY - 8 * day, TARGET_DAY - 2 * day),  # 22-28 February: forgot the leap day
        float(weather_hourly().loc[TARGET_DAY - 7 * day : TARGET_DAY - pd.Timedelta(hours=1)].mean()),  # hourly
    ]


@exercise(wrong=[380.0, 80.0, 0.0, 40.0])  # 40 Hz: the gear mesh's alias, copied from the text
def alias_of_380_hz_at_100_hz(answer: float) -> tuple[bool, str]:
    """A 380 Hz tone kept every tenth sample of 1 kHz folds to its distance from the nearest multiple of 100 Hz."""
    fs, tone = 100.0, 380.0
    expected = abs(tone - round(tone / fs) * fs)
    if close(answer, expected, rel=0, abs_=0.5):
        return True, "frequencies fold around multiples of the new sampling rate: 380 Hz sits 20 Hz from 400 Hz"
    if float(answer) > fs / 2:
        return False, "a 100 Hz series can only show frequencies up to 50 Hz (its Nyquist frequency): fold the tone"
    return False, "find the multiple of 100 Hz nearest to 380 Hz, and take the distance to it"


@exercise(wrong=[*_wrong_week_means(), 0.0])
def trailing_week_mean_for_march_first(answer: float) -> tuple[bool, str]:
    """Mean of the daily means of 23-29 February 2024, the seven days before the target day."""
    day = pd.Timedelta(days=1)
    expected = _window_mean(TARGET_DAY - 7 * day, TARGET_DAY - day)
    if close(answer, expected, rel=1e-6, abs_=1e-6):
        return True, "the window holds the seven days before 1 March and none after: 23 to 29 February (a leap year)"
    wrong = _wrong_week_means()
    if close(answer, wrong[0], rel=1e-6, abs_=1e-6):
        return False, "that window includes 1 March itself, the day being predicted: stop the day before"
    if close(answer, wrong[1], rel=1e-6, abs_=1e-6):
        return False, "that is a centred window: it reads days after 1 March, which are not known yet"
    if close(answer, wrong[2], rel=1e-6, abs_=1e-6):
        return False, "that slice holds eight days, 1 March among them: a .loc slice includes both ends"
    if close(answer, wrong[3], rel=1e-6, abs_=1e-6):
        return False, "2024 is a leap year: the day before 1 March is 29 February"
    if close(answer, wrong[4], rel=1e-6, abs_=1e-6):
        return (
            False,
            "that is the mean of the hourly readings, which weights days by how many readings arrived: "
            "average the daily means",
        )
    return False, "take the daily means of the seven days before 1 March 2024 (leap year) and average them"
