package org.triagem.domain.model.ruleset.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The shortest way from one list to another as kept, removed and added items: a longest common
 * subsequence, after the common start and end are set aside. Rule files are small (hundreds of lines, a
 * few thousand rows at most), so the quadratic table is cheap; past {@link #MAX_CELLS} the middle is
 * reported as all removed and all added rather than risk the heap.
 */
final class Sequences {

    static final long MAX_CELLS = 4_000_000L;

    enum Op { KEEP, REMOVE, ADD }

    /** One step: an item of the old list ({@code from}) or the new ({@code to}), or both when kept; -1 for none. */
    record Step(Op op, int from, int to) {
    }

    private Sequences() {
    }

    static <T> List<Step> diff(List<T> a, List<T> b, BiPredicate<T, T> same) {
        int start = 0;
        while (start < a.size() && start < b.size() && same.test(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same.test(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            steps.add(new Step(Op.KEEP, i, i));
        }
        middle(a, b, start, endA, start, endB, same, steps);
        for (int i = 0; endA + i < a.size(); i++) {
            steps.add(new Step(Op.KEEP, endA + i, endB + i));
        }
        return steps;
    }

    private static <T> void middle(List<T> a, List<T> b, int fromA, int toA, int fromB, int toB,
            BiPredicate<T, T> same, List<Step> steps) {
        int n = toA - fromA;
        int m = toB - fromB;
        if ((long) n * m > MAX_CELLS) {
            for (int i = fromA; i < toA; i++) {
                steps.add(new Step(Op.REMOVE, i, -1));
            }
            for (int j = fromB; j < toB; j++) {
                steps.add(new Step(Op.ADD, -1, j));
            }
            return;
        }
        // common[i][j]: the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same.test(a.get(fromA + i), b.get(fromB + j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same.test(a.get(fromA + i), b.get(fromB + j))) {
                steps.add(new Step(Op.KEEP, fromA + i++, fromB + j++));
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                steps.add(new Step(Op.REMOVE, fromA + i++, -1));
            } else {
                steps.add(new Step(Op.ADD, -1, fromB + j++));
            }
        }
    }
}
