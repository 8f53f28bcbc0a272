package io.wirefeed.enrich.kb;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Dates in the knowledge base: {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} when the day is not known. */
public final class PartialDate {
    private PartialDate() {}

    /** The first day the text can mean (a start date: {@code 2017} starts 2017-01-01). */
    public static LocalDate start(String text) {
        return parse(text, false);
    }

    /** The last day the text can mean (an end date: {@code 2017} ends 2017-12-31). */
    public static LocalDate end(String text) {
        return parse(text, true);
    }

    private static LocalDate parse(String text, boolean last) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return switch (t.length()) {
                case 4 -> last ? LocalDate.of(Integer.parseInt(t), 12, 31) : LocalDate.of(Integer.parseInt(t), 1, 1);
                case 7 -> last ? YearMonth.parse(t).atEndOfMonth() : YearMonth.parse(t).atDay(1);
                default -> LocalDate.parse(t);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text, e);
        }
    }
}
