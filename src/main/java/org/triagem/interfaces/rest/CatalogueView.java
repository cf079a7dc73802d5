package org.triagem.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.catalogue.CatalogueChange;
import org.triagem.domain.model.catalogue.CatalogueEntry;
import org.triagem.domain.model.catalogue.EntryState;

/** A managed list as the API shows it: its revision and its entries. */
public record CatalogueView(String list, long revision, List<Entry> entries) {

    /** One entry: the stable code, the pt-BR label, the English label (may be null), whether it is retired. */
    public record Entry(String code, String label, String labelEn, boolean retired) {
        static Entry of(Catalogue.Item i) {
            return new Entry(i.code(), i.label(), i.labelEn(), i.retired());
        }

        static Entry of(CatalogueEntry e) {
            return of(e.item());
        }
    }

    /** A new entry. */
    public record NewEntry(String code, String label, String labelEn) {
    }

    /** New labels for an entry. */
    public record Labels(String label, String labelEn) {
    }

    /** One line of the audit trail: {@code before} is absent for an entry added by the change. */
    public record Change(long revision, String code, String action, String actor, OffsetDateTime at,
            EntryState before, EntryState after) {
        static Change of(CatalogueChange c) {
            return new Change(c.revision(), c.code(), c.action().name(), c.actor(), c.changedAt(), c.before(),
                    c.after());
        }
    }

    static CatalogueView of(Catalogue c, boolean withRetired) {
        return new CatalogueView(c.kind().slug(), c.revision(),
                (withRetired ? c.items() : c.activeItems()).stream().map(Entry::of).toList());
    }
}
