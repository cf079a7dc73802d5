package org.triagem.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated ownership table: {@code size} distinct keywords, each owned by a department, first match
 * wins, Atendimento for the rest. Both the rules and the plain-Java baseline read this one list, so they
 * decide exactly the same thing.
 */
public final class KeywordTable {

    static final String FALLBACK = "Atendimento";
    private static final String[] DEPARTMENTS = {"Financeiro", "Logística", "Suporte Técnico", "Comercial",
        "Cancelamento", "Ouvidoria", "Jurídico"};

    private final List<Row> rows;

    private KeywordTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Keywords {@code kw00000}, {@code kw00001} ...: zero-padded so no keyword is a prefix of another. */
    public static KeywordTable ofSize(int size) {
        List<Row> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new Row(String.format("kw%05d", i), DEPARTMENTS[i % DEPARTMENTS.length]));
        }
        return new KeywordTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Complaints that each mention one keyword, drawn uniformly (seeded, so every run sees the same mix):
     * a row is on average half-way down the table, which is what the sequential loop pays for.
     */
    public List<Sample> samples(int count) {
        Random random = new Random(42);
        List<Sample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Row row = rows.get(random.nextInt(rows.size()));
            TokenisedComplaint complaint = new TokenisedComplaint("Problema com o pedido",
                    "Comprei o item " + row.keyword() + " mês passado e até agora ninguém resolveu. Quero uma resposta.");
            samples.add(new Sample(complaint, row.department()));
        }
        return samples;
    }

    /** One table row: a complaint that mentions the keyword goes to the department. */
    public record Row(String keyword, String department) {
    }

    /** A complaint and the department the table must give it. */
    public record Sample(TokenisedComplaint complaint, String expectedDepartment) {
    }
}
