package org.triagem.domain.model.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A managed list as it stands at one revision: every entry, retired ones included (their labels still
 * name what old cases recorded). Values are matched whatever their case, never whatever their accents:
 * "financeiro" is Financeiro, "Logistica" is not Logística.
 */
public record Catalogue(CatalogueKind kind, long revision, List<Item> items) {

    /** One entry as the list shows it. */
    public record Item(String code, String label, String labelEn, boolean retired) {
    }

    public Catalogue {
        items = List.copyOf(items);
    }

    /** The entry a value names, retired or not. */
    public Optional<Item> find(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String key = CatalogueEntry.keyOf(value);
        return items.stream().filter(i -> CatalogueEntry.keyOf(i.code()).equals(key)).findFirst();
    }

    /** The code of the active entry a value names, as the list spells it. */
    public Optional<String> canonical(String value) {
        return find(value).filter(i -> !i.retired()).map(Item::code);
    }

    public boolean accepts(String value) {
        return canonical(value).isPresent();
    }

    /** The codes that may be used now, in the list's order. */
    public List<String> activeCodes() {
        return items.stream().filter(i -> !i.retired()).map(Item::code).toList();
    }

    public List<Item> activeItems() {
        return items.stream().filter(i -> !i.retired()).toList();
    }

    /**
     * The code of the active entry a value names.
     *
     * @throws NotInCatalogueException if none does (unknown, or retired)
     */
    public String require(String value) {
        return canonical(value).orElseThrow(() -> new NotInCatalogueException(List.of(refusal(value))));
    }

    /** Why a value is refused: it, and what would have been accepted. */
    public NotInCatalogueException.Refusal refusal(String value) {
        return new NotInCatalogueException.Refusal(kind, value, activeCodes());
    }
}
