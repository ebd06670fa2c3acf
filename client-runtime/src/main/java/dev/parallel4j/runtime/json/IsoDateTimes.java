package dev.parallel4j.runtime.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the one date-time form servers nearly always write, {@code 2026-03-04T09:15:02.418265Z} or with an offset
 * such as {@code +02:00}, without {@link java.time.format.DateTimeFormatter}, which takes several times longer. Any
 * other form, and any value out of range, is left to the formatter, so what is accepted and what is rejected does
 * not change.
 */
final class IsoDateTimes {
    private static final int DATE_TIME_LENGTH = "yyyy-MM-ddTHH:mm:ss".length();
    private static final int MAX_FRACTION_DIGITS = 9;

    private IsoDateTimes() {}

    /**
     * The date-time, or {@code null} when the text is not in the common form (or not a valid date-time), for the
     * formatter to read or reject.
     */
    static OffsetDateTime parseCommonForm(String text) {
        int length = text.length();
        if (length < DATE_TIME_LENGTH + 1 || !separators(text)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int position = DATE_TIME_LENGTH;
        int nanos = 0;
        if (text.charAt(position) == '.') {
            int start = ++position;
            while (position < length && isDigit(text.charAt(position))) {
                position++;
            }
            int count = position - start;
            if (count == 0 || count > MAX_FRACTION_DIGITS) {
                return null;
            }
            nanos = digits(text, start, count);
            for (int i = count; i < MAX_FRACTION_DIGITS; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, position);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(
                    LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nanos)), offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static boolean separators(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** {@code Z}, or {@code +HH:MM} / {@code -HH:MM}, ending the text; {@code null} otherwise. */
    private static ZoneOffset offset(String text, int position) {
        int rest = text.length() - position;
        char sign = text.charAt(position);
        if (rest == 1 && sign == 'Z') {
            return ZoneOffset.UTC;
        }
        if (rest != "+HH:MM".length() || sign != '+' && sign != '-' || text.charAt(position + 3) != ':') {
            return null;
        }
        int hours = digits(text, position + 1, 2);
        int minutes = digits(text, position + 4, 2);
        if ((hours | minutes) < 0) {
            return null;
        }
        try {
            return sign == '+'
                    ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number the {@code count} characters from {@code start} spell, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
