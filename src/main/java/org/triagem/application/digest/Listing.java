package org.triagem.application.digest;

import java.util.List;

/** The first items of a list that may be long, and how many there are in all. */
public record Listing<T>(List<T> shown, long total) {

    public Listing {
        shown = List.copyOf(shown);
        if (total < shown.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + shown.size() + " shown");
        }
    }

    public static <T> Listing<T> none() {
        return new Listing<>(List.of(), 0);
    }

    /** How many were left out. */
    public long more() {
        return total - shown.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
