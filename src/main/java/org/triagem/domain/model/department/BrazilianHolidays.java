package org.triagem.domain.model.department;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national holidays of Brazil: the fixed ones by law (Lei 662/1949, 6.802/1980, 14.759/2023) and the
 * movable ones computed from Easter, which banks and most companies keep: Carnaval Monday and Tuesday,
 * Sexta-feira Santa and Corpus Christi.
 */
public final class BrazilianHolidays {

    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "Confraternização Universal",
            MonthDay.of(4, 21), "Tiradentes",
            MonthDay.of(5, 1), "Dia do Trabalho",
            MonthDay.of(9, 7), "Independência do Brasil",
            MonthDay.of(10, 12), "Nossa Senhora Aparecida",
            MonthDay.of(11, 2), "Finados",
            MonthDay.of(11, 15), "Proclamação da República",
            MonthDay.of(11, 20), "Dia Nacional de Zumbi e da Consciência Negra",
            MonthDay.of(12, 25), "Natal");

    private BrazilianHolidays() {
    }

    /** The national holidays of one year, by date, with their names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        FIXED.forEach((day, name) -> days.put(day.atYear(year), name));
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(48), "Carnaval (segunda-feira)");
        days.put(easter.minusDays(47), "Carnaval (terça-feira)");
        days.put(easter.minusDays(2), "Sexta-feira Santa");
        days.put(easter.plusDays(60), "Corpus Christi");
        return days;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
