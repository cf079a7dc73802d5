package org.triagem.it;

import java.util.concurrent.ThreadLocalRandom;

/** Random CPFs with correct check digits, so each test has a customer of its own. */
final class TestCpfs {

    private TestCpfs() {
    }

    /** Eleven bare digits. */
    static String random() {
        int[] d = new int[11];
        for (int i = 0; i < 9; i++) {
            d[i] = ThreadLocalRandom.current().nextInt(10);
        }
        d[0] = 1 + ThreadLocalRandom.current().nextInt(9); // never all the same digit
        d[9] = check(d, 9);
        d[10] = check(d, 10);
        StringBuilder sb = new StringBuilder();
        for (int x : d) {
            sb.append(x);
        }
        return sb.toString();
    }

    private static int check(int[] d, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += d[i] * (length + 1 - i);
        }
        int rest = (sum * 10) % 11;
        return rest == 10 ? 0 : rest;
    }
}
