package org.triagem.domain.model.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The lists as V38 seeds them (a part of each), for tests outside the container; entries can be retired. */
public final class SeededCatalogues implements Catalogues {

    private final Map<CatalogueKind, List<Catalogue.Item>> items = new EnumMap<>(CatalogueKind.class);

    public SeededCatalogues() {
        items.put(CatalogueKind.DEPARTMENT, new ArrayList<>(List.of(item("Atendimento"), item("Cancelamento"),
                item("Comercial"), item("Financeiro"), item("Jurídico"), item("Logística"), item("Ouvidoria"),
                item("Suporte Técnico"))));
        items.put(CatalogueKind.RESOLUTION_CODE, new ArrayList<>(List.of(item("ESTORNO"), item("ORIENTACAO"),
                item("DUPLICADO"), item("first-contact"))));
        items.put(CatalogueKind.ROOT_CAUSE, new ArrayList<>(List.of(item("cobranca-duplicada"), item("duvida"),
                item("outros"), item("solved on the call"))));
    }

    private static Catalogue.Item item(String code) {
        return new Catalogue.Item(code, code, null, false);
    }

    /** The entry stays in the list, retired. */
    public SeededCatalogues retiring(CatalogueKind kind, String code) {
        List<Catalogue.Item> list = items.get(kind);
        list.replaceAll(i -> i.code().equals(code) ? new Catalogue.Item(code, i.label(), i.labelEn(), true) : i);
        return this;
    }

    @Override
    public Catalogue current(CatalogueKind kind) {
        return new Catalogue(kind, 1, items.get(kind));
    }
}
